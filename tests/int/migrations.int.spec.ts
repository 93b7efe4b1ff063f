import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase } from '../helpers/database'

const MIGRATIONS = path.resolve('migrations')
const migrationFiles = () => fs.readdirSync(MIGRATIONS).filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
const env = (databaseUrl: string) => ({ ...process.env, DATABASE_URL: databaseUrl })
/** `npm run migrate` without the database wrapper: the test gives DATABASE_URL itself. */
const migrate = (databaseUrl: string) =>
  spawnSync('node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts'], { env: env(databaseUrl), encoding: 'utf8' })

describe('committed migrations', () => {
  let db: Awaited<ReturnType<typeof createDatabase>>
  let client: pg.Client

  beforeAll(async () => {
    db = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_migrations')
    client = new pg.Client({ connectionString: db.url })
    await client.connect()
  })
  afterAll(async () => {
    await client?.end()
    await db?.drop()
  })

  it('apply to an empty database with `npm run migrate` and create every collection table', async () => {
    const run = migrate(db.url)
    expect(run.status, run.stderr + run.stdout).toBe(0)
    const { rows } = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    )
    const tables = rows.map((r) => r.table_name)
    for (const table of [
      'users',
      'principles',
      'themes',
      'topics',
      'resources',
      'sources',
      'glossary_terms',
      'practices',
      'faqs',
      'events',
      'pages',
      'media',
      'submissions',
      'digest_subscribers',
      'site_settings',
      '_principles_v',
      '_resources_v',
      'principles_locales',
    ]) {
      expect(tables, `table ${table}`).toContain(table)
    }
    const applied = await client.query('select name from payload_migrations where batch > 0')
    expect(applied.rowCount).toBe(migrationFiles().length)
  })

  it('is a no-op the second time', async () => {
    const run = migrate(db.url)
    expect(run.stdout).toContain('up to date')
    expect(run.status, run.stderr + run.stdout).toBe(0)
    const applied = await client.query('select name from payload_migrations where batch > 0')
    expect(applied.rowCount).toBe(migrationFiles().length)
  })

  it('match the Payload config: no schema change is left without a migration', () => {
    const before = fs.readdirSync(MIGRATIONS)
    const run = spawnSync('node', ['src/cli/ts-run.mjs', 'src/cli/migrate-create.ts', '--check'], {
      env: env(db.url),
      encoding: 'utf8',
    })
    expect(fs.readdirSync(MIGRATIONS), 'the check must leave migrations/ as it was').toEqual(before)
    // proof that the comparison really ran, then that it found nothing to add
    expect(run.stdout + run.stderr).toContain('generating UP statements')
    expect(run.status, run.stdout + run.stderr).toBe(0)
  })
})
