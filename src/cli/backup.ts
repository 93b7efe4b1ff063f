/**
 * npm run backup [-- --out <folder>]: the database (pg_dump, custom format) and every media file,
 * with a manifest, into a new folder (default backups/<UTC time>). Restore it with
 * `npm run restore -- <folder>`. See src/backup/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DATABASE_DUMP, MANIFEST, MEDIA_FOLDER, run, sha256, tableCounts, type Manifest } from '../backup'
import { mediaStore } from '../backup/media'

async function main() {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set (npm run backup sets it, or starts the embedded database).')
  const outAt = process.argv.indexOf('--out')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const folder = path.resolve(outAt > -1 ? process.argv[outAt + 1]! : path.join('backups', stamp))
  if (fs.existsSync(folder) && fs.readdirSync(folder).length) throw new Error(`${folder} exists and is not empty.`)
  fs.mkdirSync(path.join(folder, MEDIA_FOLDER), { recursive: true })

  console.log(`[1/3] database → ${path.join(folder, DATABASE_DUMP)}`)
  await run(process.env.PG_DUMP ?? 'pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${path.join(folder, DATABASE_DUMP)}`,
    `--dbname=${url}`,
  ])
  const tables = await tableCounts(url)
  const rows = Object.values(tables).reduce((a, b) => a + b, 0)
  console.log(`      ${Object.keys(tables).length} tables, ${rows} rows`)

  const store = mediaStore()
  const names = await store.list()
  console.log(`[2/3] media from ${store.label}: ${names.length} file(s)`)
  const media: Manifest['media'] = []
  for (const [i, name] of names.entries()) {
    const data = await store.read(name)
    const file = path.join(folder, MEDIA_FOLDER, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, data)
    media.push({ name, bytes: data.length, sha256: sha256(data) })
    if ((i + 1) % 25 === 0 || i + 1 === names.length) console.log(`      ${i + 1}/${names.length}`)
  }

  const manifest: Manifest = {
    format: 'allyship-hub-backup/1',
    createdAt: new Date().toISOString(),
    storage: store.kind,
    tables,
    media,
  }
  fs.writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`[3/3] manifest written. Backup complete: ${folder}`)
}

main().catch((err: unknown) => {
  console.error('Backup failed:', err instanceof Error ? err.message : err)
  process.exit(1)
})
