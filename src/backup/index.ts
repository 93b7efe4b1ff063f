/**
 * Backups of the whole hub: the database as a `pg_dump` custom-format archive and every media
 * file (from MEDIA_DIR, or from the S3 bucket when S3_* are set), in one folder with a
 * `manifest.json` of what it holds (row counts per table, media files with sizes and SHA-256).
 * `npm run backup` writes one (src/cli/backup.ts); `npm run restore` reads one into an empty
 * database and storage (src/cli/restore.ts) and checks the result against the manifest.
 *
 * `pg_dump`/`pg_restore` come from PATH (PG_DUMP and PG_RESTORE override); their major version
 * must be at least the server's.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export const MANIFEST = 'manifest.json'
export const DATABASE_DUMP = 'database.dump'
export const MEDIA_FOLDER = 'media'

export type MediaFile = { name: string; bytes: number; sha256: string }
export type Manifest = {
  format: 'allyship-hub-backup/1'
  createdAt: string
  storage: 'disk' | 's3'
  tables: Record<string, number>
  media: MediaFile[]
}

export type Progress = (line: string) => void

/** Run a program, its output passed through; fails with its stderr's last lines. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    child.on('error', (err) =>
      reject(new Error(`${command} could not be started (${err.message}). Is the PostgreSQL client installed?`)),
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    )
  })
}

/** Every table of the public schema with its row count, in name order. */
export async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
    const counts: Record<string, number> = {}
    for (const { name } of rows) {
      const res = await client.query<{ n: string }>(`select count(*)::text as n from "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(res.rows[0]!.n)
    }
    return counts
  } finally {
    await client.end()
  }
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Every file under a folder, as paths relative to it, in name order. */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return []
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

export function readManifest(folder: string): Manifest {
  const file = path.join(folder, MANIFEST)
  if (!fs.existsSync(file)) throw new Error(`${folder} is not a backup: it has no ${MANIFEST}.`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== 'allyship-hub-backup/1')
    throw new Error(`${file}: unknown backup format "${manifest.format}".`)
  if (!fs.existsSync(path.join(folder, DATABASE_DUMP))) throw new Error(`${folder} has no ${DATABASE_DUMP}.`)
  return manifest
}

/** A media file name as it may be written under a folder: no absolute paths, no `..`. */
export function safeMediaName(name: string): string {
  const normal = path.posix.normalize(name)
  if (normal.startsWith('/') || normal.startsWith('..') || normal.includes('\0')) {
    throw new Error(`Refusing the media file name "${name}": it leads outside the media folder.`)
  }
  return normal
}
