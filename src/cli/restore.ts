/**
 * npm run restore -- <backup folder>: the database into DATABASE_URL, which must be empty (a new
 * database: nothing is overwritten), and the media files into MEDIA_DIR or the S3 bucket; then
 * checks every table's row count and every file's SHA-256 against the backup's manifest.
 * pg_restore runs in one transaction: if it fails, the database is left as it was.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { DATABASE_DUMP, MEDIA_FOLDER, readManifest, run, sha256, tableCounts } from '../backup'
import { mediaStore } from '../backup/media'

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query(`select 1 from pg_tables where schemaname = 'public' limit 1`)
    return rowCount === 0
  } finally {
    await client.end()
  }
}

async function main() {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: restore into a new, empty database.')
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'))
  if (!arg) throw new Error('usage: npm run restore -- <backup folder>')
  const folder = path.resolve(arg)
  const manifest = readManifest(folder)
  if (!(await isEmpty(url))) {
    throw new Error(
      'The target database already has tables. Restore into a new, empty database (createdb), then point DATABASE_URL at it.',
    )
  }

  console.log(`[1/3] database ← ${path.join(folder, DATABASE_DUMP)} (backup of ${manifest.createdAt})`)
  await run(process.env.PG_RESTORE ?? 'pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    path.join(folder, DATABASE_DUMP),
  ])

  const store = mediaStore()
  console.log(`[2/3] media → ${store.label}: ${manifest.media.length} file(s)`)
  for (const [i, file] of manifest.media.entries()) {
    const data = fs.readFileSync(path.join(folder, MEDIA_FOLDER, file.name))
    if (sha256(data) !== file.sha256) throw new Error(`${file.name} in the backup does not match its checksum.`)
    await store.write(file.name, data)
    if ((i + 1) % 25 === 0 || i + 1 === manifest.media.length) console.log(`      ${i + 1}/${manifest.media.length}`)
  }

  console.log('[3/3] checking against the manifest')
  const tables = await tableCounts(url)
  const wrong = Object.entries(manifest.tables).filter(([name, n]) => tables[name] !== n)
  if (wrong.length) {
    throw new Error(
      `Row counts differ: ${wrong.map(([name, n]) => `${name} ${tables[name] ?? 'missing'} ≠ ${n}`).join(', ')}`,
    )
  }
  const stored = new Set(await store.list())
  const lost = manifest.media.filter((m) => !stored.has(m.name))
  if (lost.length) throw new Error(`Media files not in ${store.label}: ${lost.map((m) => m.name).join(', ')}`)
  const rows = Object.values(tables).reduce((a, b) => a + b, 0)
  console.log(
    `Restore complete: ${Object.keys(tables).length} tables, ${rows} rows, ${manifest.media.length} media file(s).`,
  )
}

main().catch((err: unknown) => {
  console.error('Restore failed:', err instanceof Error ? err.message : err)
  process.exit(1)
})
