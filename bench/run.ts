/**
 * npm run bench [-- --quick] [--size 20000] [--connections 32] [--seconds 8] [--encoding br|gzip|identity] [--build]
 *
 * One bounded run (under 10 minutes on a 2-core machine), loopback only, with progress:
 *
 *  1. its own scratch database (127.0.0.1:5432 when it answers, else the embedded PostgreSQL),
 *     migrated, seeded, and grown by the catalogue generator (bench/catalogue.ts) to `--size`
 *     resources (terms and topics in proportion: 500 and 200 at 20,000);
 *  2. the production build (`.next`; built here, and timed, when missing or with --build);
 *  3. the production server (src/server/start.ts, what `npm start` runs), timed from start to its
 *     first page; then, with the same connections and duration for each autocannon run:
 *     - page-cache hits of a resource page, /resources, /glossary and the home page, against a file
 *       from public/ served by the same server and against a bare node:http server answering the
 *       same bytes from memory (bench/bare-server.mjs): req/s, p50/p99, and their ratios;
 *     - cache misses: 50 resource pages nobody has asked for yet, one after the other (each a miss
 *       of the page cache and of Next's cache: the full price of a page at this size);
 *     - search p50/p95 over real queries, common words of the catalogue among them;
 *     - submission intake (token fetch + post) while pages are read;
 *     - publish → visible (median of 20) on the same instance and, when Redis answers at
 *       127.0.0.1:6379, on a second instance (both with REDIS_URL, one database);
 *     - the server's resident memory (its whole process tree) under all of that;
 *  4. a table with PASS/MISS per target, bench/results.json and bench/results.svg.
 *
 * Every child process is stopped and the scratch database dropped at the end, on an error and on
 * Ctrl-C.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createClient } from 'redis'
import { createDatabase, dropDatabase, resolveTestServer, type TestServer } from '../tests/helpers/database'
import { COMMON_WORDS, SELECTIVE_WORDS, type CatalogueSummary } from './catalogue'
import { load, rawGet, replayHeaders, sleep, type LoadResult } from './measure'
import { intake, misses, publishToVisible, searches, signIn, type Log } from './phases'
import { printTables, targetsOf, writeResults, type Results } from './report'
import {
  runStep,
  runStepWithProgress,
  SERVER_HOST,
  serverCommand,
  startChild,
  stopAll,
  stopChild,
  waitFor,
  watchRss,
} from './servers'

// ---------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(`--${name}`)
function option(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`)
  if (i === -1) return undefined
  const value = argv[i + 1]
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`)
  return value
}
function numberOption(name: string, fallback: number, min: number, max: number): number {
  const raw = option(name)
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}`)
  return n
}

const QUICK = flag('quick')
const OPTIONS = {
  quick: QUICK,
  /** resources in the catalogue; terms and topics in proportion (500 and 200 at 20,000) */
  size: Math.round(numberOption('size', QUICK ? 2_000 : 20_000, 0, 200_000)),
  connections: Math.round(numberOption('connections', 32, 1, 1024)),
  seconds: numberOption('seconds', QUICK ? 3 : 8, 1, 60),
  encoding: (option('encoding') ?? 'br') as 'br' | 'gzip' | 'identity',
  build: flag('build'),
  misses: QUICK ? 20 : 50,
  publishRounds: QUICK ? 5 : 20,
  searchRounds: QUICK ? 1 : 3,
}
if (!['br', 'gzip', 'identity'].includes(OPTIONS.encoding)) throw new Error('--encoding must be br, gzip or identity')

/** What a browser sends: the page cache answers in the encoding it asks for. */
const ACCEPT_ENCODING = { br: 'gzip, deflate, br', gzip: 'gzip, deflate', identity: 'identity' }[OPTIONS.encoding]
const READER_HEADERS = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': ACCEPT_ENCODING }

const REDIS = { host: '127.0.0.1', port: 6379 }
/**
 * The bench's instances keep Next's cache under a fixed key prefix (src/server/cache-handler.mjs),
 * the same for every run, test and developer on this Redis: a database index of their own keeps
 * another run's pages out of what is measured, and may be emptied of that prefix first. Pub/sub
 * channels are server-wide whatever the index: a flush from another run only empties a cache.
 */
const BENCH_REDIS_DB = 9
const BENCH_REDIS_URL = `redis://${REDIS.host}:${REDIS.port}/${BENCH_REDIS_DB}`
const ADMIN = { email: 'bench-admin@example.test', password: `bench-${randomBytes(12).toString('hex')}` }
const SECRET = randomBytes(32).toString('hex')
process.env.PAYLOAD_SECRET = SECRET // the intake's fallback signs tokens with the server's secret

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`
const log: Log = (line) => console.log(`[bench ${elapsed()}] ${line}`)

// ------------------------------------------------------------------------------------- helpers
/** the last line bench/generate.ts prints: the catalogue's summary */
const SUMMARY_PREFIX = 'SUMMARY '

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const BENCH_DB_PREFIX = 'allyship_bench'

/** Scratch databases of runs that were killed before they could drop theirs (older than 2 h). */
async function dropStaleBenchDatabases(maintenanceUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  let names: string[]
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like '${BENCH_DB_PREFIX}\\_%'`,
    )
    // createDatabase names them <prefix>_<creation time, base 36>_<random>
    names = rows
      .map((r) => r.datname)
      .filter((name) => {
        const m = new RegExp(`^${BENCH_DB_PREFIX}_([0-9a-z]+)_[0-9a-f]{6}$`).exec(name)
        return m && Date.now() - parseInt(m[1]!, 36) > 2 * 60 * 60 * 1000
      })
  } finally {
    await client.end()
  }
  for (const name of names) await dropDatabase(maintenanceUrl, name, { force: true })
  return names.length
}

/** Empty the bench's Redis database of the app's keys (left by an earlier run). */
async function clearBenchRedis(): Promise<number> {
  const client = createClient({ url: BENCH_REDIS_URL })
  await client.connect()
  let removed = 0
  try {
    for await (const keys of client.scanIterator({ MATCH: 'allyship:*', COUNT: 500 })) {
      if (keys.length) removed += await client.del(keys)
    }
  } finally {
    await client.quit()
  }
  return removed
}

function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('error', () => done(false))
    // a real PING, not just an open port
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'))
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')))
  })
}

/** The smallest file under public/: the "static file" of the comparison, served by the same server. */
function smallestPublicFile(): { urlPath: string; bytes: number } {
  const files: { urlPath: string; bytes: number }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else
        files.push({
          urlPath: `/${path.relative('public', full).split(path.sep).join('/')}`,
          bytes: fs.statSync(full).size,
        })
    }
  }
  walk('public')
  files.sort((a, b) => a.bytes - b.bytes)
  if (!files[0]) throw new Error('public/ has no file to compare the pages with')
  return files[0]
}

/** `next build` time: measured here when the bench builds, else from Next's own trace of the build. */
function buildTimeFromTrace(): number | null {
  try {
    const lines = fs.readFileSync('.next/trace', 'utf8').split('\n')
    for (const line of lines) {
      if (!line.includes('"next-build"')) continue
      for (const span of JSON.parse(line) as { name: string; duration: number }[]) {
        if (span.name === 'next-build') return span.duration / 1e6 // microseconds
      }
    }
  } catch {
    // no trace, or not in the shape we know
  }
  return null
}

async function ensureBuild(): Promise<{ seconds: number | null; source: string }> {
  const built = fs.existsSync('.next/BUILD_ID')
  if (built && !OPTIONS.build) {
    const seconds = buildTimeFromTrace()
    return { seconds, source: seconds === null ? 'existing build, time unknown' : 'existing build (.next/trace)' }
  }
  log(built ? 'rebuilding (--build): next build' : 'no production build (.next/BUILD_ID): running next build')
  const t = performance.now()
  await runStepWithProgress(
    path.resolve('node_modules/.bin/next'),
    ['build'],
    { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    path.join(WORK, 'build.log'),
    (line) => log(`  build: ${line.trim()}`),
  )
  const seconds = (performance.now() - t) / 1000
  log(`next build took ${seconds.toFixed(0)} s`)
  return { seconds, source: 'built by this run' }
}

// ----------------------------------------------------------------------------------- the run
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-bench-'))
let pgServer: TestServer | null = null
let database: Awaited<ReturnType<typeof createDatabase>> | null = null
let pool: pg.Pool | null = null
let cleaning: Promise<void> | null = null
/** set on Ctrl-C: what fails after it (a request to a stopped server) is no failure of the run */
let interrupted = false

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopAll()
    await pool?.end().catch(() => undefined)
    if (database) {
      await database.drop({ force: true }).catch((err: unknown) => console.error('[bench] could not drop', err))
      log(`dropped the scratch database ${database.name}`)
    }
    await pgServer?.stop().catch(() => undefined)
    fs.rmSync(WORK, { recursive: true, force: true })
  })()
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = true
    console.log(`\n[bench] ${signal}: stopping the servers and dropping the scratch database`)
    void cleanup().finally(() => process.exit(130))
  })
}

type Instance = { origin: string; port: number; pid: number; log: string; stop: () => Promise<void> }

async function startServer(name: string, env: NodeJS.ProcessEnv): Promise<Instance & { coldStartMs: number }> {
  const port = await freePort()
  const { command, args } = serverCommand(port)
  const logFile = path.join(WORK, `${name}.log`)
  const t = performance.now()
  const origin = `http://${SERVER_HOST}:${port}`
  const child = startChild(
    command,
    args,
    { ...env, PORT: String(port), HOSTNAME: SERVER_HOST, SERVER_URL: origin },
    logFile,
  )
  // cold start: from spawning the server to the home page's first full answer
  await waitFor(`${origin}/`, child, logFile)
  return {
    origin,
    port,
    pid: child.pid!,
    log: logFile,
    coldStartMs: performance.now() - t,
    stop: () => stopChild(child),
  }
}

async function main() {
  const cpus = os.cpus()
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    /** 1-minute load average when the run started and when it ended: others' work skews every figure */
    loadAverage: { start: os.loadavg()[0]!, end: 0 },
  }
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`)
  if (machine.loadAverage.start > machine.cores / 2) {
    log(
      `warning: the machine is busy (load average ${machine.loadAverage.start.toFixed(1)} on ${machine.cores} cores): ` +
        'every figure will be lower than on an idle machine',
    )
  }
  log(
    `options: ${OPTIONS.quick ? 'quick, ' : ''}${OPTIONS.size} resources, -c ${OPTIONS.connections}, ` +
      `${OPTIONS.seconds} s per run, Accept-Encoding: ${ACCEPT_ENCODING}`,
  )

  const build = await ensureBuild()
  const server = serverCommand(0)
  log(`server: ${server.kind}`)

  // --- database
  pgServer = await resolveTestServer()
  const stale = await dropStaleBenchDatabases(pgServer.maintenanceUrl)
  if (stale) log(`dropped ${stale} scratch database(s) left by interrupted runs`)
  database = await createDatabase(pgServer.maintenanceUrl, BENCH_DB_PREFIX)
  log(`scratch database ${database.name} on ${pgServer.label}`)
  const media = path.join(WORK, 'media')
  fs.mkdirSync(media)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: SECRET,
    MEDIA_DIR: media,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_NAME: 'Bench Admin',
    // every intake post comes from 127.0.0.1: the per-address limit (5 per 10 min) would stop the
    // measurement after five; the limit itself is still consulted (one SQL upsert per post)
    SUBMISSION_LIMIT: '1000000000',
    LOG_LEVEL: 'warn',
  }
  delete env.REDIS_URL // one instance on its own first; Redis only for the two-instance part
  delete env.DATABASE_REPLICA_URLS

  let t = performance.now()
  await runStep(process.execPath, ['src/cli/ts-run.mjs', 'src/cli/migrate.ts'], env, path.join(WORK, 'setup.log'))
  log(`migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  t = performance.now()
  await runStep(process.execPath, ['src/cli/ts-run.mjs', 'src/cli/seed.ts'], env, path.join(WORK, 'setup.log'))
  log(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`)

  const catalogue = {
    resources: OPTIONS.size,
    terms: Math.max(1, Math.round((OPTIONS.size * 500) / 20_000)),
    topics: Math.max(1, Math.round((OPTIONS.size * 200) / 20_000)),
    seconds: 0,
    documentsWith: {} as Record<string, number>,
  }
  let catalogueSample: string | null = null
  if (OPTIONS.size > 0) {
    log(`catalogue: ${catalogue.resources} resources, ${catalogue.terms} terms, ${catalogue.topics} topics`)
    t = performance.now()
    let summary: CatalogueSummary | null = null
    await runStepWithProgress(
      process.execPath,
      ['src/cli/ts-run.mjs', 'bench/generate.ts', JSON.stringify(catalogue)],
      env,
      path.join(WORK, 'setup.log'),
      (line) => {
        if (line.startsWith(SUMMARY_PREFIX)) summary = JSON.parse(line.slice(SUMMARY_PREFIX.length))
        else log(`  ${line.trim()}`)
      },
    )
    catalogue.seconds = (performance.now() - t) / 1000
    catalogue.documentsWith = (summary as CatalogueSummary | null)?.documentsWith ?? {}
    catalogueSample = (summary as CatalogueSummary | null)?.sample.resource ?? null
    log(`catalogue generated in ${catalogue.seconds.toFixed(1)} s`)
  }

  pool = new pg.Pool({ connectionString: database.url, max: 2 })
  const count = async (table: string) =>
    Number((await pool!.query(`select count(*)::int as n from "${table}" where _status = 'published'`)).rows[0].n)
  const content = {
    resources: await count('resources'),
    glossaryTerms: await count('glossary_terms'),
    topics: await count('topics'),
  }
  log(`published: ${content.resources} resources, ${content.glossaryTerms} glossary terms, ${content.topics} topics`)

  // resources: one for the hit runs (the catalogue's sample when there is one), one to publish, and
  // the ones the miss runs visit; in an order that is the same from run to run (md5 of the slug)
  const { rows: resources } = await pool.query<{ id: number; slug: string }>(
    `select id, slug from resources where _status = 'published' and slug is not null order by md5(slug)`,
  )
  if (resources.length < OPTIONS.misses + 2) throw new Error(`only ${resources.length} published resources`)
  const sampleIndex = Math.max(
    0,
    resources.findIndex((r) => r.slug === catalogueSample),
  )
  const [hitResource] = resources.splice(sampleIndex, 1) as [(typeof resources)[0]]
  const [publishResource] = resources.splice(0, 1) as [(typeof resources)[0]]
  const missPaths = resources.slice(0, OPTIONS.misses).map((r) => `/resources/${r.slug}`)
  // real queries of the seeded content, and the catalogue's words at both ends: in most documents
  // (COMMON_WORDS, "allyship" in about 90%) and in very few (SELECTIVE_WORDS)
  const queries = [
    ...Object.keys(COMMON_WORDS),
    ...Object.keys(SELECTIVE_WORDS),
    'performative allyship',
    'glossary of terms',
    'white organizer',
    'anti-racism',
    'word of the year',
    'alyship', // a typo: the "similar titles" path
  ]

  // --- server A, alone, no Redis
  log('starting the production server')
  const a = await startServer('server-a', env)
  const rss = watchRss(a.pid)
  const idleRss = rss.state.last
  log(`first page after ${(a.coldStartMs / 1000).toFixed(1)} s (cold start); ${mb(idleRss)} MB resident`)

  const staticFile = smallestPublicFile()
  const pages = [
    { label: 'resource page', path: `/resources/${hitResource.slug}` },
    { label: '/resources', path: '/resources' },
    { label: '/glossary', path: '/glossary' },
    { label: 'home', path: '/' },
  ]
  const run = async (origin: string, what: string, urlPath: string) => {
    log(`load: ${what} (${OPTIONS.connections} connections, ${OPTIONS.seconds} s)`)
    const result = await load(`${origin}${urlPath}`, {
      connections: OPTIONS.connections,
      seconds: OPTIONS.seconds,
      headers: READER_HEADERS,
    })
    const failed = result.non2xx + result.errors
    log(
      `  ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms` +
        `${failed ? `, ${failed} failed (non-2xx ${result.non2xx}, errors ${result.errors})` : ''}`,
    )
    return result
  }

  // warm each page until the cache has it (the first answers are misses), keep its bytes for the bare server
  const captured: Record<string, { status: number; headers: Record<string, string | string[]>; body: string }> = {}
  const xcache: Record<string, string> = {}
  const sizes: Record<string, { wire: number; html: number }> = {}
  for (const page of pages) {
    let answer = await rawGet(`${a.origin}${page.path}`, READER_HEADERS)
    for (let i = 0; i < 20 && answer.headers['x-cache'] !== 'HIT'; i++) {
      await sleep(50)
      answer = await rawGet(`${a.origin}${page.path}`, READER_HEADERS)
    }
    if (answer.status !== 200) throw new Error(`${page.path} answered ${answer.status}`)
    xcache[page.path] = String(answer.headers['x-cache'] ?? 'none')
    captured[page.path] = {
      status: answer.status,
      headers: replayHeaders(answer),
      body: answer.body.toString('base64'),
    }
    const plain = await fetch(`${a.origin}${page.path}`).then((r) => r.arrayBuffer())
    sizes[page.path] = { wire: answer.body.length, html: plain.byteLength }
    log(
      `  ${page.path}: X-Cache ${xcache[page.path]}, ${kb(answer.body.length)} KB ` +
        `${answer.headers['content-encoding'] ?? 'identity'} (${kb(plain.byteLength)} KB HTML)`,
    )
  }

  rss.resetPeak()
  const staticRun = await run(
    a.origin,
    `static file ${staticFile.urlPath} (${kb(staticFile.bytes)} KB)`,
    staticFile.urlPath,
  )
  const hitRuns: Record<string, LoadResult> = {}
  for (const page of pages) hitRuns[page.path] = await run(a.origin, `page-cache hits of ${page.label}`, page.path)
  const afterHits = rss.state.peak

  // the bare server: same bytes, from memory, no framework
  const barePort = await freePort()
  const pagesFile = path.join(WORK, 'bare-pages.json')
  fs.writeFileSync(pagesFile, JSON.stringify(captured))
  const bareLog = path.join(WORK, 'bare.log')
  const bare = startChild(
    process.execPath,
    ['bench/bare-server.mjs', String(barePort), pagesFile],
    process.env,
    bareLog,
  )
  const bareOrigin = `http://127.0.0.1:${barePort}`
  await waitFor(`${bareOrigin}/`, bare, bareLog)
  const bareRuns: Record<string, LoadResult> = {}
  for (const page of pages)
    bareRuns[page.path] = await run(bareOrigin, `bare node:http, ${page.label} bytes`, page.path)
  await stopChild(bare)

  // --- misses, search, intake, publish on A
  log(`cache misses: ${missPaths.length} resource pages never asked for, one at a time`)
  const missResult = await misses(a.origin, missPaths, READER_HEADERS, log)
  log(`search: ${queries.length} queries × ${OPTIONS.searchRounds}`)
  const searchResult = await searches(a.origin, queries, OPTIONS.searchRounds, READER_HEADERS, log)

  const half = Math.max(1, Math.floor(OPTIONS.connections / 2))
  log(`intake: ${half} posting clients while ${half} connections read pages, ${OPTIONS.seconds} s`)
  const intakeResult = await intake(
    a.origin,
    {
      seconds: OPTIONS.seconds,
      posters: half,
      readers: half,
      readPaths: pages.map((p) => p.path),
      headers: READER_HEADERS,
    },
    log,
  )
  log(
    `  ${intakeResult.accepted} accepted (${intakeResult.perSecond.toFixed(0)}/s), ${intakeResult.errors} errors; ` +
      `reads ${intakeResult.reads.rps.toFixed(0)}/s`,
  )
  const peakRss = rss.state.peak

  log(`publish → visible on the same instance, ${OPTIONS.publishRounds} rounds`)
  const admin = await signIn(a.origin, ADMIN.email, ADMIN.password)
  const single = await publishToVisible(
    admin,
    publishResource,
    [{ label: 'same instance', origin: a.origin }],
    OPTIONS.publishRounds,
    log,
  )
  rss.stop()
  await a.stop()

  // --- two instances sharing Redis
  let two: Awaited<ReturnType<typeof publishToVisible>> | null = null
  let twoNote: string
  if (server.kind.startsWith('next start')) {
    twoNote = 'not measured: the build has no src/server/start.ts (no Redis bridge)'
  } else if (!(await answers(REDIS.host, REDIS.port))) {
    twoNote = `not measured: no Redis answers at ${REDIS.host}:${REDIS.port}`
  } else {
    const removed = await clearBenchRedis()
    log(`two instances, one database, REDIS_URL=${BENCH_REDIS_URL} on both (${removed} old keys removed)`)
    const shared = { ...env, REDIS_URL: BENCH_REDIS_URL }
    const first = await startServer('instance-1', shared)
    // the second instance leaves scheduled jobs to the first, as a deployment would (JOBS_AUTORUN)
    const second = await startServer('instance-2', { ...shared, JOBS_AUTORUN: '0' })
    const admin1 = await signIn(first.origin, ADMIN.email, ADMIN.password)
    two = await publishToVisible(
      admin1,
      publishResource,
      [
        { label: 'same instance', origin: first.origin },
        { label: 'second instance', origin: second.origin },
      ],
      OPTIONS.publishRounds,
      log,
    )
    twoNote = 'published through instance 1, polled on both'
    await Promise.all([first.stop(), second.stop()])
    await clearBenchRedis()
  }

  // --- report
  machine.loadAverage.end = os.loadavg()[0]!
  const results: Results = {
    machine,
    options: { ...OPTIONS, acceptEncoding: ACCEPT_ENCODING },
    setup: {
      server: server.kind,
      database: pgServer.label,
      catalogue,
      published: content,
      build,
      coldStartMs: a.coldStartMs,
      seconds: (Date.now() - started) / 1000,
    },
    hits: {
      static: { path: staticFile.urlPath, bytes: staticFile.bytes, load: staticRun },
      pages: pages.map((p) => ({
        label: p.label,
        path: p.path,
        xcache: xcache[p.path]!,
        wireBytes: sizes[p.path]!.wire,
        htmlBytes: sizes[p.path]!.html,
        hit: hitRuns[p.path]!,
        bare: bareRuns[p.path]!,
        vsStatic: hitRuns[p.path]!.rps / staticRun.rps,
        vsBare: hitRuns[p.path]!.rps / bareRuns[p.path]!.rps,
      })),
    },
    misses: missResult,
    search: { queries, ...searchResult },
    publish: { single, two, twoNote },
    intake: intakeResult,
    memory: { idleBytes: idleRss, peakAfterHitsBytes: afterHits, peakBytes: peakRss },
    targets: [],
  }
  results.targets = targetsOf(results)
  printTables(results)
  const files = writeResults(results, 'bench')
  log(`wrote ${files.join(' and ')}`)
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

main()
  .then(async () => {
    await cleanup()
    log('done')
    process.exit(0)
  })
  .catch(async (err: unknown) => {
    if (!interrupted) console.error(`[bench] failed: ${err instanceof Error ? err.message : String(err)}`)
    await cleanup()
    process.exit(interrupted ? 130 : 1)
  })
