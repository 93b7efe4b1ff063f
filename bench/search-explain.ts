/**
 * Search at catalogue scale, before and after the ranking change of src/search/rank.ts:
 *
 *   node src/cli/ts-run.mjs bench/search-explain.ts [--resources 20000] [--database <url>] [--keep]
 *
 * 1. A scratch database (on TEST_SERVER_URL / TEST_DATABASE_URL, else 127.0.0.1:5432, else the
 *    embedded PostgreSQL), migrated with `npm run migrate`'s entry point and filled by the catalogue
 *    generator (bench/catalogue.ts: 20,000 resources, 500 terms, 200 topics by default). With
 *    `--database`, an existing catalogue is used as it is (nothing created, migrated or dropped).
 * 2. EXPLAIN (ANALYZE, BUFFERS) of the ranking query for a common word ("allyship", in about 90% of
 *    the resources) and a selective one ("sociocracy", about 0.1%): before (BEFORE_SQL below, the
 *    query as it was) and after (every statement `fulltextRanked` runs now, with its settings).
 * 3. p50/p95 over 30 queries of each kind (10 queries, 3 rounds, before and after interleaved so
 *    that both see the same load): the ranking alone, and the whole search (ranking, then titles and
 *    snippets for the page) as src/search runs it; plus the fastest run, and the database server's
 *    CPU per query when it runs on this machine (read from /proc): on a shared machine wall time
 *    also measures the others' work.
 *
 * The scratch database is dropped at the end unless --keep (its URL is printed).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import type { Payload } from 'payload'
import { search } from '@/search'
import { localeOf, SEARCH_COLLECTIONS, type SearchCollection } from '@/search/options'
import { fulltextRanked, INDEX_SCAN_SETTINGS, type Hit, type Ranked } from '@/search/rank'
import { describe } from '@/search/results'
import type { Db } from '@/search/sql'
import { createDatabase, resolveTestServer } from '../tests/helpers/database'
import { COMMON_WORDS, generateCatalogue, SELECTIVE_WORDS } from './catalogue'
import { beforeSql } from './search-before'

const COMMON_QUERIES = [
  'allyship',
  'community',
  'inclusion',
  'equity',
  'listening',
  'privilege',
  'allyship community',
  'community support',
  'inclusive communities',
  'equity and inclusion',
]
const SELECTIVE_QUERIES = [
  'sociocracy',
  'microaggression',
  'tokenism',
  'microaggressions at work',
  'sociocracy circles',
  'tokenism in panels',
  'accountability repair',
  'neurodiversity',
  'mutual aid',
  'consent boundary',
]
const ROUNDS = 3
const LIMIT = 20

/** BEFORE (bench/search-before.ts): the first page, as src/search ranked it before. */
async function beforeRanked(db: Db, q: string): Promise<Ranked> {
  const result = await db.execute(beforeSql(q, 'en', SEARCH_COLLECTIONS, LIMIT, 0))
  const rows = result.rows as { total: number; collection: SearchCollection | null; id: number; row_id: number }[]
  return {
    total: rows[0]?.total ?? 0,
    hits: rows
      .filter((r) => r.collection !== null)
      .map((r) => ({ collection: r.collection!, id: r.id, rowId: r.row_id, locale: localeOf('en'), rank: 0 }) as Hit),
  }
}

// ------------------------------------------------------------------ a database handle for src/search

const dialect = new PgDialect()
type Statement = { sql: string; params: unknown[] }

/**
 * What src/search needs of Payload's drizzle handle (`execute`, `transaction`), on one pg client,
 * so that every statement can be recorded and explained, and one server process does all the work.
 */
function handle(client: pg.Client, record?: Statement[]): Db {
  const db = {
    execute: async (query: SQL) => {
      const statement = dialect.sqlToQuery(query)
      record?.push({ sql: statement.sql, params: statement.params })
      return client.query(statement.sql, statement.params as unknown[])
    },
    transaction: async <T>(
      work: (tx: unknown) => Promise<T>,
      config?: { isolationLevel?: string; accessMode?: string },
    ) => {
      await client.query(
        ['begin', config?.isolationLevel && `isolation level ${config.isolationLevel}`, config?.accessMode]
          .filter(Boolean)
          .join(' '),
      )
      try {
        const result = await work(db)
        await client.query('commit')
        return result
      } catch (err) {
        await client.query('rollback')
        throw err
      }
    },
  }
  return db as unknown as Db
}

const payloadOf = (db: Db) => ({ db: { drizzle: db } as unknown as PostgresAdapter }) as unknown as Payload

// ------------------------------------------------------------------ measuring

/** The server process's CPU time so far (ms), when it runs on this machine; null otherwise. */
function cpuOf(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime, fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

type Series = { wall: number[]; cpu: number | null }
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (n: number) => `${n.toFixed(1)} ms`

async function explain(client: pg.Client, statement: Statement, settings: boolean): Promise<string> {
  await client.query('begin')
  try {
    if (settings) {
      for (const [name, value] of Object.entries(INDEX_SCAN_SETTINGS))
        await client.query('select set_config($1, $2, true)', [name, value])
    }
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.params,
    )
    return rows.map((r) => r['QUERY PLAN']).join('\n')
  } finally {
    await client.query('rollback')
  }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const given = argument('--database')
  const resources = Number(argument('--resources') ?? 20_000)
  let url = given
  let drop: (() => Promise<void>) | null = null
  let stopServer: () => Promise<void> = async () => undefined
  if (!url) {
    const server = await resolveTestServer()
    stopServer = server.stop
    const db = await createDatabase(server.maintenanceUrl, 'allyship_bench_search')
    url = db.url
    if (!process.argv.includes('--keep')) drop = () => db.drop({ force: true })
    console.log(`scratch database ${db.name} on ${server.label}`)
    const migrate = spawnSync('node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts'], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    })
    if (migrate.status !== 0) throw new Error(`migrate failed:\n${migrate.stdout}\n${migrate.stderr}`)
    let last = ''
    const shown = new Set<string>()
    const summary = await generateCatalogue(url, {
      resources,
      terms: Math.round((resources / 20_000) * 500),
      topics: Math.round((resources / 20_000) * 200),
      onProgress: ({ step, done, total }) => {
        // on a terminal, one line that counts up; in a log, each step once
        if (!process.stdout.isTTY) {
          if (!shown.has(step)) console.log(`  catalogue: ${step}`)
          shown.add(step)
          return
        }
        const line = `${step} ${Math.floor((done / Math.max(total, 1)) * 10) * 10}%`
        if (line !== last) process.stdout.write(`\r  catalogue: ${(last = line)}     `)
      },
    })
    console.log(
      `\r  catalogue: ${summary.resources} resources, ${summary.terms} terms, ${summary.topics} topics in ${(summary.durationMs / 1000).toFixed(0)} s`,
    )
    console.log(`  resources carrying each word: ${JSON.stringify(summary.documentsWith)}`)
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number; version: string }>(
      'select pg_backend_pid() as pid, version() as version',
    )
    const pid = rows[0]!.pid
    console.log(
      `\n${rows[0]!.version}; load average ${fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?'}`,
    )
    const common = Object.keys(COMMON_WORDS)[0]!
    const selective = Object.keys(SELECTIVE_WORDS)[0]!

    // 2. the plans
    for (const word of [common, selective]) {
      await beforeRanked(handle(client), word) // warm
      console.log(`\n=== EXPLAIN ANALYZE, "${word}", BEFORE ===\n`)
      const before = dialect.sqlToQuery(beforeSql(word, 'en', SEARCH_COLLECTIONS, LIMIT, 0))
      console.log(await explain(client, { sql: before.sql, params: before.params }, false))
      const recorded: Statement[] = []
      await fulltextRanked(handle(client, recorded), word, 'en', SEARCH_COLLECTIONS, LIMIT, 0)
      const statements = recorded.filter((s) => !/set_config/.test(s.sql))
      statements.forEach((s, i) => console.log(`\n--- statement ${i + 1} of ${statements.length}:\n${s.sql.trim()}`))
      for (const [i, statement] of statements.entries()) {
        console.log(`\n=== EXPLAIN ANALYZE, "${word}", AFTER (statement ${i + 1} of ${statements.length}) ===\n`)
        console.log(await explain(client, statement, true))
      }
    }

    // 3. timings
    const db = handle(client)
    const payload = payloadOf(db)
    const runs: Record<string, (q: string) => Promise<unknown>> = {
      'ranking, before': (q) => beforeRanked(db, q),
      'ranking, after': (q) => fulltextRanked(db, q, 'en', SEARCH_COLLECTIONS, LIMIT, 0),
      'whole search, before': async (q) => describe(db, q, (await beforeRanked(db, q)).hits, 'fulltext'),
      'whole search, after': (q) => search(payload, { q, locale: 'en', limit: LIMIT }),
    }
    for (const [kind, queries] of [
      ['common words', COMMON_QUERIES],
      ['selective words', SELECTIVE_QUERIES],
    ] as const) {
      const series: Record<string, Series> = Object.fromEntries(
        Object.keys(runs).map((name) => [name, { wall: [], cpu: 0 } as Series]),
      )
      for (const q of queries) for (const run of Object.values(runs)) await run(q) // warm
      for (let round = 0; round < ROUNDS; round++) {
        for (const q of queries) {
          for (const [name, run] of Object.entries(runs)) {
            const cpu = cpuOf(pid)
            const started = performance.now()
            await run(q)
            series[name]!.wall.push(performance.now() - started)
            const after = cpuOf(pid)
            series[name]!.cpu =
              cpu === null || after === null || series[name]!.cpu === null ? null : series[name]!.cpu! + after - cpu
          }
        }
      }
      console.log(`\n=== ${kind}: ${queries.length} queries × ${ROUNDS} rounds (${queries.join(', ')}) ===`)
      for (const [name, s] of Object.entries(series)) {
        const cpu = s.cpu === null ? '' : `, database CPU ${ms(s.cpu / s.wall.length)} a query`
        console.log(
          `  ${name.padEnd(22)} p50 ${ms(percentile(s.wall, 50)).padStart(9)}  p95 ${ms(percentile(s.wall, 95)).padStart(9)}  fastest ${ms(Math.min(...s.wall)).padStart(9)}${cpu}`,
        )
      }
    }
    // the same documents found, the same total
    for (const q of [...COMMON_QUERIES, ...SELECTIVE_QUERIES]) {
      const [before, after] = [
        await beforeRanked(db, q),
        await fulltextRanked(db, q, 'en', SEARCH_COLLECTIONS, LIMIT, 0),
      ]
      if (before.total !== after.total) throw new Error(`"${q}": ${before.total} matches before, ${after.total} after`)
    }
    console.log('\nTotals before and after agree for every query.')
    if (!drop) console.log(`\nDatabase kept: ${url}`)
  } finally {
    await client.end()
    await drop?.()
    await stopServer()
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
