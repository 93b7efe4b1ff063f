/**
 * Which PostgreSQL server the tests use, and a fresh database per run on it.
 * Order: TEST_DATABASE_URL, else the server at 127.0.0.1:5432 if one answers,
 * else the embedded PostgreSQL under `.data/`.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { redact } from '../../src/db/resolve'

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

export async function createDatabase(maintenanceUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
  return { name, url: databaseUrl(maintenanceUrl, name), drop: () => dropDatabase(maintenanceUrl, name) }
}

export async function dropDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}
