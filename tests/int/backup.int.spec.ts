/**
 * npm run backup / npm run restore, round trip: the real CLIs back up this file's database and
 * media folder, restore them into a new database and folder, and every table holds exactly the
 * same rows (so the hub serves the same pages and API answers) and every file the same bytes.
 * Restoring over a database that has data is refused, and a broken archive leaves the target empty.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_DUMP, MANIFEST, readManifest } from '@/backup'
import { mediaStore } from '@/backup/media'
import { createDatabase } from '../helpers/database'
import { seedUser, withTestPayload } from '../helpers/payload'

let payload: Payload
withTestPayload((p) => {
  payload = p
})

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-backup-'))
const backupDir = path.join(scratch, 'backup')
const restoredMedia = path.join(scratch, 'restored-media')
const databases: { drop: (o?: { force?: boolean }) => Promise<void> }[] = []

afterAll(async () => {
  for (const db of databases) await db.drop({ force: true }).catch(() => undefined)
  fs.rmSync(scratch, { recursive: true, force: true })
})

/** The real CLI, run as a child process (asynchronously: the S3 test's server lives in this process). */
function cli(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['src/cli/ts-run.mjs', `src/cli/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, out })
    })
  })
}

/** Each table's rows, as one checksum per table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
    const out: Record<string, string> = {}
    for (const { name } of rows) {
      const res = await client.query<{ sum: string }>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${name}" t`,
      )
      out[name] = res.rows[0]!.sum
    }
    return out
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  const admin = await seedUser(payload, ['admin'])
  const theme = await payload.create({
    collection: 'themes',
    data: { title: 'Backed-up theme', slug: 'backed-up-theme', _status: 'published' } as never,
    overrideAccess: true,
  })
  const principle = await payload.create({
    collection: 'principles',
    data: { title: 'Kept safe', slug: 'kept-safe', theme: theme.id, _status: 'published' } as never,
    overrideAccess: true,
  })
  // a newer draft on top of the published version, and a French translation
  await payload.update({
    collection: 'principles',
    id: principle.id,
    data: { title: 'Kept safe (draft)' } as never,
    draft: true,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'principles',
    id: principle.id,
    locale: 'fr',
    data: { title: 'Gardé en sûreté', _status: 'published' } as never,
    overrideAccess: true,
  })
  const png = await sharp({ create: { width: 500, height: 300, channels: 3, background: { r: 90, g: 40, b: 130 } } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'A purple rectangle', licence: 'cc0-1.0' },
    file: { data: png, mimetype: 'image/png', name: `backup-${Date.now()}.png`, size: png.length },
    user: admin,
    overrideAccess: false,
  })
})

describe('backup and restore', () => {
  it('round-trips the database and the media into a new database and folder', async () => {
    const source = process.env.DATABASE_URL!
    const backup = await cli('backup', ['--out', backupDir], { DATABASE_URL: source })
    expect(backup.code, backup.out).toBe(0)
    expect(backup.out).toMatch(/\[1\/3\] database/)
    expect(backup.out).toMatch(/Backup complete/)
    const manifest = readManifest(backupDir)
    expect(manifest.tables.principles).toBeGreaterThanOrEqual(1)
    expect(manifest.media.some((m) => m.name.startsWith('backup-'))).toBe(true)
    expect(fs.statSync(path.join(backupDir, DATABASE_DUMP)).size).toBeGreaterThan(1000)

    const target = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_int')
    databases.push(target)
    const restore = await cli('restore', [backupDir], { DATABASE_URL: target.url, MEDIA_DIR: restoredMedia })
    expect(restore.code, restore.out).toBe(0)
    expect(restore.out).toMatch(/Restore complete/)

    const [before, after] = await Promise.all([fingerprint(source), fingerprint(target.url)])
    expect(Object.keys(after).length).toBeGreaterThan(20)
    expect(after).toEqual(before)
    for (const file of manifest.media) {
      const restored = fs.readFileSync(path.join(restoredMedia, file.name))
      expect(restored.equals(fs.readFileSync(path.join(process.env.MEDIA_DIR!, file.name))), file.name).toBe(true)
    }
  })

  it('refuses to restore over a database that has tables, and changes nothing there', async () => {
    const source = process.env.DATABASE_URL!
    const before = await fingerprint(source)
    const again = await cli('restore', [backupDir], { DATABASE_URL: source, MEDIA_DIR: restoredMedia })
    expect(again.code).not.toBe(0)
    expect(again.out).toMatch(/already has tables/)
    expect(await fingerprint(source)).toEqual(before)
  })

  it('a broken archive fails with a message and leaves the new database empty', async () => {
    const broken = path.join(scratch, 'broken')
    fs.mkdirSync(broken)
    fs.copyFileSync(path.join(backupDir, MANIFEST), path.join(broken, MANIFEST))
    const dump = fs.readFileSync(path.join(backupDir, DATABASE_DUMP))
    fs.writeFileSync(path.join(broken, DATABASE_DUMP), dump.subarray(0, Math.floor(dump.length / 2)))
    const target = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_int')
    databases.push(target)
    const res = await cli('restore', [broken], { DATABASE_URL: target.url, MEDIA_DIR: path.join(scratch, 'unused') })
    expect(res.code).not.toBe(0)
    expect(res.out).toMatch(/Restore failed/)
    expect(await fingerprint(target.url)).toEqual({})
  })

  it('a folder that is not a backup is refused before anything is touched', async () => {
    const res = await cli('restore', [scratch], { DATABASE_URL: process.env.DATABASE_URL! })
    expect(res.code).not.toBe(0)
    expect(res.out).toMatch(/is not a backup/)
  })

  it('backs up media from an S3 bucket and restores them into another', async () => {
    const dir = fs.mkdtempSync(path.join(scratch, 's3rver-'))
    const s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [
        { name: 'hub-from', configs: [] },
        { name: 'hub-to', configs: [] },
      ],
    })
    const { port } = (await s3rver.run()) as AddressInfo
    const s3 = (bucket: string) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    })
    try {
      const from = mediaStore(s3('hub-from'))
      const files = { 'a.png': Buffer.from('first file'), 'sizes/a-400x300.png': Buffer.from('second file') }
      for (const [name, data] of Object.entries(files)) await from.write(name, data)
      const out = path.join(scratch, 'backup-s3')
      const backup = await cli('backup', ['--out', out], { DATABASE_URL: process.env.DATABASE_URL!, ...s3('hub-from') })
      expect(backup.code, backup.out).toBe(0)
      expect(readManifest(out)).toMatchObject({ storage: 's3' })
      expect(readManifest(out).media.map((m) => m.name)).toEqual(Object.keys(files).sort())

      const target = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_int')
      databases.push(target)
      const restore = await cli('restore', [out], { DATABASE_URL: target.url, ...s3('hub-to') })
      expect(restore.code, restore.out).toBe(0)
      const to = mediaStore(s3('hub-to'))
      expect(await to.list()).toEqual(Object.keys(files).sort())
      for (const [name, data] of Object.entries(files)) expect((await to.read(name)).equals(data), name).toBe(true)
    } finally {
      await new Promise<void>((resolve) => s3rver.close(() => resolve()))
    }
  })
})
