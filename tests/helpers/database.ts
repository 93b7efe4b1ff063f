/**
 * Which PostgreSQL server the tests use, and a fresh database per run on it.
 * Order: TEST_DATABASE_URL, else the server at 127.0.0.1:5432 if one answers,
 * else the embedded PostgreSQL under `.data/`.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/db/embedded'
import { redact } from '@/db/resolve'

export type TestServer = { maintenanceUrl: string; label: string; stop: () => Promise<void> }

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function resolveTestServer(): Promise<TestServer> {
  const noop = async () => undefined
  // set by tests/run.ts so that vitest and Playwright share the server it chose
  if (process.env.TEST_SERVER_URL) {
    return { maintenanceUrl: process.env.TEST_SERVER_URL, label: process.env.TEST_SERVER_LABEL ?? 'shared', stop: noop }
  }
  if (process.env.TEST_DATABASE_URL) {
    const url = process.env.TEST_DATABASE_URL
    return { maintenanceUrl: url, label: `TEST_DATABASE_URL (${redact(url)})`, stop: noop }
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres'
  if (await answers(local)) return { maintenanceUrl: local, label: 'PostgreSQL at 127.0.0.1:5432', stop: noop }
  const embedded = await startEmbeddedPostgres(() => undefined)
  return { maintenanceUrl: embedded.url(), label: 'embedded PostgreSQL (.data/)', stop: embedded.stop }
}

export function databaseUrl(maintenanceUrl: string, name: string): string {
  const u = new URL(maintenanceUrl)
  u.pathname = `/${name}`
  return u.toString()
}

/** A uniquely named new database, empty or copied from `template`. */
export async function createDatabase(maintenanceUrl: string, prefix: string, template?: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`)
  } finally {
    await client.end()
  }
  return {
    name,
    url: databaseUrl(maintenanceUrl, name),
    drop: (options?: { force?: boolean }) => dropDatabase(maintenanceUrl, name, options),
  }
}

/**
 * Drop a test database. Plain DROP first (PostgreSQL waits briefly for the last pool
 * connections to close), FORCE only as a last resort: forcing while a pool is still ending makes
 * its clients raise "terminating connection" errors.
 */
export async function dropDatabase(maintenanceUrl: string, name: string, { force = false } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    if (force) {
      await client.query(`drop database if exists "${name}" with (force)`)
      return
    }
    try {
      // PostgreSQL itself waits up to 5 s for the database's last sessions to end
      await client.query(`drop database if exists "${name}"`)
    } catch (err) {
      if ((err as { code?: string }).code !== '55006') throw err // 55006: still in use
      await client.query(`drop database if exists "${name}" with (force)`)
    }
  } finally {
    await client.end()
  }
}

const TEST_DB = /^allyship_(int|int_file|e2e|migrations|soak)_([0-9a-z]+)_[0-9a-f]{6}$/

/** Drop test databases left behind by interrupted runs (their names carry their creation time). */
export async function dropStaleTestDatabases(
  maintenanceUrl: string,
  olderThanMs = 2 * 60 * 60 * 1000,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  let names: string[] = []
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'allyship\\_%'",
    )
    names = rows
      .map((r) => r.datname)
      .filter((n) => {
        const m = TEST_DB.exec(n)
        return m && Date.now() - parseInt(m[2]!, 36) > olderThanMs
      })
  } finally {
    await client.end()
  }
  for (const n of names) await dropDatabase(maintenanceUrl, n)
  return names
}
