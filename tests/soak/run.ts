/**
 * npm run soak [-- --count 10000 --concurrency 50 --no-kill --port 3190 --deadline 900 --json file]:
 * submissions under load against the production build, on loopback only, bounded in time.
 *
 * On a fresh database (migrated and seeded: tests/helpers/app-server.ts) it runs two phases of
 * `count` feedback submissions each, `concurrency` at a time through POST /api/submit, while
 * READERS clients read pages:
 *   1. steady: the server is left alone;
 *   2. kill -9: half-way the server is killed with SIGKILL and started again on the same database.
 * Each client first gets a form token from `GET /api/submit/token?form=feedback` (fetched ahead:
 * a token younger than 3 s is refused) and sends the form once; a client whose request fails (the
 * server is gone, or answered 5xx) sends the same body again, same token, as a browser's retry does.
 * After each phase, every submission answered 2xx must be in the database exactly once, as the
 * row its status link names, and nothing may be stored twice.
 *
 * The server gets SUBMISSION_LIMIT high enough for the run (the limit is per client and
 * configured, src/submissions/config.ts), and TRUST_PROXY=1 with clients spread over many
 * X-Forwarded-For addresses, so the limit's table sees many clients as behind a proxy in production.
 *
 * Prints progress, then per phase: rate, answers, errors, acknowledged, stored, duplicates, lost.
 * Exits 1 on any loss, duplicate or submission never sent. A short run (1,000) is part of `npm test`.
 * Everything stops by itself at the deadline, and the database is dropped in every case.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { TOKEN_MIN_AGE_MS } from '@/submissions/config'
import { startAppServer, type AppServer } from '../helpers/app-server'

const { values: opts } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    port: { type: 'string', default: '3190' },
    'no-kill': { type: 'boolean', default: false },
    deadline: { type: 'string' },
    json: { type: 'string' },
  },
})
const positive = (name: string, value: string | undefined): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not ${value}`)
  return n
}
const COUNT = positive('count', opts.count)
const CONCURRENCY = positive('concurrency', opts.concurrency)
const PORT = positive('port', opts.port)
const KILL = !opts['no-kill']
/**
 * The whole run, server starts included: never unbounded, but generous. Measured here (2 shared
 * cores): 25–60 submissions/s with the page reads; 12/s leaves room for a machine twice as busy.
 */
const DEADLINE_S = opts.deadline ? positive('deadline', opts.deadline) : Math.round(300 + (COUNT * (KILL ? 2 : 1)) / 12)
const DEADLINE = Date.now() + DEADLINE_S * 1000
const READERS = 4
const TOKEN_FETCHERS = 4
/** tokens fetched and waiting at most: enough for several seconds of sending */
const TOKENS_AHEAD = Math.max(CONCURRENCY * 10, 2000)
/** a token is sent once it is this old (the endpoint refuses younger ones) */
const TOKEN_AGE_MS = TOKEN_MIN_AGE_MS + 250
const REQUEST_TIMEOUT_MS = 30_000
const RUN = randomBytes(4).toString('hex')
const SECRET = `soak-${randomBytes(24).toString('hex')}`
const LOG = 'test-results/soak-server.log'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const n = (x: number) => x.toLocaleString('en-US')
/** one of 1,000 client addresses (documentation range 10.x is fine on loopback: it is only a header) */
const clientAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 3}.${i & 255}`

type Phase = {
  name: string
  kill: boolean
}

type PhaseResult = {
  name: string
  ok: boolean
  submissions: number
  sent: number
  acknowledged: number
  stored: number
  duplicates: number
  lost: number
  storedNotAcknowledged: number
  /** answered 409 "already sent, we have it" on a retry, yet not in the database */
  alreadySentNotStored: number
  neverSent: number
  seconds: number
  perSecond: number
  answers: Record<string, number>
  networkErrors: number
  retries: number
  latencyMs: { p50: number; p95: number; p99: number; max: number }
  tokens: { fetched: number; errors: number }
  reads: { ok: number; failed: number; serverErrors: number; duringRestart: number; problems: Record<string, number> }
}

type TokenSource = () => Promise<string | null>

/**
 * Form tokens come from GET /api/submit/token?form=feedback, as the forms' script and JSON clients
 * get them (public pages carry none). A failed fetch (the server is being restarted) is null.
 */
async function tokenSource(app: AppServer, state: { restarting: Promise<void> | null }): Promise<TokenSource> {
  const endpoint = `${app.url}/api/submit/token?form=feedback`
  const fetchToken = async (): Promise<string | null> => {
    if (state.restarting) await state.restarting.catch(() => undefined)
    try {
      const res = await fetch(endpoint, {
        headers: { Accept: 'application/json', 'X-Forwarded-For': clientAddress(Math.floor(Math.random() * 1000)) },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      const body = (await res.json().catch(() => null)) as { token?: unknown } | null
      return res.status === 200 && typeof body?.token === 'string' && body.token ? body.token : null
    } catch {
      return null
    }
  }
  const probe = await fetch(endpoint, { headers: { Accept: 'application/json' } })
  const text = await probe.text()
  if (probe.status !== 200 || !(await fetchToken()))
    throw new Error(
      `GET /api/submit/token?form=feedback answered ${probe.status} (${text.slice(0, 200)}): the soak needs the ` +
        'form-token endpoint; is the build older than it? (npm run build)',
    )
  return fetchToken
}

/** Tokens fetched ahead, handed out once they are old enough to be accepted. */
class TokenPool {
  private queue: { token: string; at: number }[] = []
  private wanted: number
  fetched = 0
  errors = 0
  private stopped = false
  private runners: Promise<void>[] = []

  constructor(
    private fetchToken: TokenSource,
    total: number,
  ) {
    this.wanted = total
    for (let i = 0; i < TOKEN_FETCHERS; i++) this.runners.push(this.fetcher())
  }

  get ahead() {
    return this.queue.length
  }

  private async fetcher() {
    while (!this.stopped && this.fetched < this.wanted && Date.now() < DEADLINE) {
      if (this.queue.length >= TOKENS_AHEAD) {
        await sleep(50)
        continue
      }
      this.fetched++ // claimed before the await, so the fetchers together fetch exactly `wanted`
      const token = await this.fetchToken()
      if (token) this.queue.push({ token, at: Date.now() })
      else {
        this.fetched--
        this.errors++
        await sleep(200)
      }
    }
  }

  /** the oldest token, once it is TOKEN_AGE_MS old; null at the deadline */
  async take(): Promise<string | null> {
    while (Date.now() < DEADLINE) {
      const head = this.queue[0]
      if (head && Date.now() - head.at >= TOKEN_AGE_MS) return this.queue.shift()!.token
      await sleep(head ? Math.max(5, TOKEN_AGE_MS - (Date.now() - head.at)) : 20)
    }
    return null
  }

  async ready() {
    while (this.queue.length < Math.min(this.wanted, CONCURRENCY) && Date.now() < DEADLINE) await sleep(20)
    const head = this.queue[0]
    if (head) await sleep(Math.max(0, TOKEN_AGE_MS - (Date.now() - head.at)))
  }

  async stop() {
    this.stopped = true
    await Promise.all(this.runners)
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0

async function runPhase(app: AppServer, pool: pg.Pool, phase: Phase): Promise<PhaseResult> {
  const tag = `soak ${RUN} ${phase.name} #`
  const state: { restarting: Promise<void> | null } = { restarting: null }
  const source = await tokenSource(app, state)
  const tokens = new TokenPool(source, COUNT)
  await tokens.ready()

  console.log(
    `\n[soak] phase "${phase.name}": ${n(COUNT)} submissions, ${CONCURRENCY} at a time, ${READERS} page readers` +
      (phase.kill ? ', kill -9 half-way and restart' : ''),
  )
  const acked = new Map<number, string>() // submission → its status token (from the statusUrl answered)
  const alreadySent = new Set<number>() // answered 409 on a retry: the server says it has them
  const answers = new Map<string, number>()
  const latencies: number[] = []
  let networkErrors = 0
  let retries = 0
  let next = 0
  let done = 0
  let killed = false
  const started = Date.now()

  const answer = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1)

  const send = async (i: number, token: string) => {
    const body = JSON.stringify({
      kind: 'feedback',
      helpful: i % 2 ? 'yes' : 'no',
      message: `${tag}${i}`,
      page: '/principles',
      locale: 'en',
      website: '',
      token,
    })
    for (let attempt = 0; Date.now() < DEADLINE; attempt++) {
      if (state.restarting) await state.restarting
      const t = performance.now()
      try {
        const res = await fetch(`${app.url}/api/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': clientAddress(i % 1000) },
          body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        const text = await res.text()
        latencies.push(performance.now() - t)
        // a 409 on a retry: the first attempt was stored, its answer lost with the server
        answer(res.status === 409 && attempt > 0 ? '409 after a retry' : String(res.status))
        if (res.status === 409 && attempt > 0) alreadySent.add(i)
        if (res.status >= 200 && res.status < 300) {
          const statusUrl = (JSON.parse(text) as { statusUrl?: string }).statusUrl ?? ''
          acked.set(i, statusUrl.split('/').pop() ?? '')
          return
        }
        if (res.status < 500) return
      } catch {
        networkErrors++
      }
      retries++
      await sleep(200)
    }
  }

  const worker = async () => {
    while (next < COUNT && Date.now() < DEADLINE) {
      const i = next++
      const token = await tokens.take()
      if (token === null) return
      await send(i, token)
      done++
      if (phase.kill && !killed && done >= COUNT / 2) {
        killed = true
        state.restarting = (async () => {
          const t = Date.now()
          console.log(`[soak] kill -9 the server (pid ${app.process.pid}) with ${n(next - done)} submissions in flight`)
          await app.kill('SIGKILL')
          app.start()
          await app.ready()
          console.log(`[soak] server restarted in ${((Date.now() - t) / 1000).toFixed(1)} s`)
        })()
        await state.restarting
        state.restarting = null
      }
    }
  }

  const reads = { ok: 0, failed: 0, serverErrors: 0, duringRestart: 0 }
  const readProblems = new Map<string, number>()
  const problem = (key: string) => readProblems.set(key, (readProblems.get(key) ?? 0) + 1)
  let reading = true
  const reader = async (r: number) => {
    const paths = ['/', '/resources', '/glossary', '/principles', '/contribute', '/fr']
    for (let k = r; reading && Date.now() < DEADLINE; k++) {
      if (state.restarting) await state.restarting.catch(() => undefined)
      const path = paths[k % paths.length]!
      try {
        // redirects are followed, as a browser does
        const res = await fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
        await res.arrayBuffer()
        if (res.status >= 500) {
          reads.serverErrors++
          problem(`GET ${path}: ${res.status}`)
        } else reads.ok++
      } catch (err) {
        // a read cut off by the kill is expected; any other is a failure
        if (state.restarting) reads.duringRestart++
        else {
          reads.failed++
          const cause = (err as { cause?: { message?: string } }).cause?.message
          problem(`GET ${path}: ${(err as Error).message}${cause ? ` (${cause})` : ''}`)
        }
        await sleep(200)
      }
    }
  }

  const progress = setInterval(
    () => {
      const s = (Date.now() - started) / 1000
      console.log(
        `[soak] ${phase.name}: ${n(done)}/${n(COUNT)} sent, ${n(acked.size)} acknowledged, ` +
          `${Math.round(done / s)}/s, ${n(reads.ok)} page reads, ${n(tokens.ahead)} tokens ahead, ${s.toFixed(0)} s` +
          (state.restarting ? ' (restarting)' : ''),
      )
    },
    COUNT >= 5000 ? 5000 : 2000,
  )
  const readers = Array.from({ length: READERS }, (_, r) => reader(r))
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  } finally {
    clearInterval(progress)
    reading = false
    await Promise.all(readers)
    await tokens.stop()
  }
  const seconds = (Date.now() - started) / 1000

  const { rows } = await pool.query<{ message: string; token_hash: string }>(
    `select message, token_hash from submissions where message like $1`,
    [`${tag}%`],
  )
  const stored = new Map<number, string[]>()
  for (const row of rows) {
    const i = Number(row.message.slice(tag.length))
    stored.set(i, [...(stored.get(i) ?? []), row.token_hash])
  }
  const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
  // acknowledged and not stored as the very row its status link names
  const lost = [...acked].filter(([i, statusToken]) => !(stored.get(i) ?? []).includes(sha256(statusToken)))
  const duplicates = [...stored].filter(([, hashes]) => hashes.length > 1)
  const sorted = latencies.sort((a, b) => a - b)
  const result: PhaseResult = {
    name: phase.name,
    ok: false,
    submissions: COUNT,
    sent: done,
    acknowledged: acked.size,
    stored: stored.size,
    duplicates: duplicates.length,
    lost: lost.length,
    storedNotAcknowledged: [...stored.keys()].filter((i) => !acked.has(i)).length,
    alreadySentNotStored: [...alreadySent].filter((i) => !stored.has(i)).length,
    neverSent: COUNT - done,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(done / seconds),
    answers: Object.fromEntries([...answers].sort()),
    networkErrors,
    retries,
    latencyMs: {
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      p99: Math.round(percentile(sorted, 99)),
      max: Math.round(sorted.at(-1) ?? 0),
    },
    tokens: { fetched: tokens.fetched, errors: tokens.errors },
    reads: { ...reads, problems: Object.fromEntries([...readProblems].sort((a, b) => b[1] - a[1])) },
  }
  // pages must keep answering while submissions pour in (reads cut off by the kill excepted)
  result.ok =
    result.lost === 0 &&
    result.duplicates === 0 &&
    result.neverSent === 0 &&
    reads.ok > 0 &&
    reads.serverErrors === 0 &&
    reads.failed === 0
  if (lost.length)
    console.error(
      `[soak] lost (acknowledged, not stored): #${lost
        .slice(0, 20)
        .map(([i]) => i)
        .join(', #')}`,
    )
  if (duplicates.length)
    console.error(
      `[soak] stored twice: #${duplicates
        .slice(0, 20)
        .map(([i]) => i)
        .join(', #')}`,
    )
  return result
}

function print(r: PhaseResult) {
  const errors = Object.entries(r.answers)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0)
  const rows: [string, string][] = [
    ['rate', `${n(r.perSecond)} submissions/s (${n(r.sent)} in ${r.seconds} s)`],
    [
      'latency',
      `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${n(r.latencyMs.max)} ms`,
    ],
    [
      'answers',
      Object.entries(r.answers)
        .map(([s, c]) => `${s}: ${n(c)}`)
        .join(', ') || 'none',
    ],
    ['errors', `${n(errors)} non-2xx answers, ${n(r.networkErrors)} failed requests, ${n(r.retries)} retries`],
    ['acknowledged', n(r.acknowledged)],
    ['stored', n(r.stored)],
    ['duplicates', n(r.duplicates)],
    ['lost', n(r.lost)],
    ['stored, answer lost', n(r.storedNotAcknowledged)],
    // the form token was claimed, then the server died before the submission was stored
    ['"already sent", lost', n(r.alreadySentNotStored)],
    ['never sent', n(r.neverSent)],
    ['form tokens', `${n(r.tokens.fetched)} from GET /api/submit/token, ${n(r.tokens.errors)} failed fetches`],
    [
      'page reads',
      `${n(r.reads.ok)} answered, ${n(r.reads.serverErrors)} 5xx, ${n(r.reads.failed)} failed` +
        (r.reads.duringRestart ? `, ${n(r.reads.duringRestart)} cut off by the kill` : ''),
    ],
    ...Object.entries(r.reads.problems)
      .slice(0, 5)
      .map(([what, count]): [string, string] => ['', `${what} ×${n(count)}`]),
  ]
  console.log(`[soak] phase "${r.name}": ${r.ok ? 'ok' : 'FAILED'}`)
  for (const [k, v] of rows) console.log(`  ${k.padEnd(20)} ${v}`)
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
  fs.rmSync(LOG, { force: true })
  console.log(
    `[soak] ${n(COUNT)} submissions per phase, ${CONCURRENCY} at a time; deadline ${DEADLINE_S} s; server output in ${LOG}`,
  )
  const app = await startAppServer({
    label: '[soak]',
    prefix: 'allyship_soak',
    port: PORT,
    hostname: '127.0.0.1',
    logFile: LOG,
    echo: false,
    env: {
      PAYLOAD_SECRET: SECRET,
      SUBMISSION_LIMIT: String(COUNT * 4),
      TRUST_PROXY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await app.stop()
  }
  // the hard stop: whatever hangs, the server goes and the database is dropped
  const watchdog = setTimeout(
    () => {
      console.error(`[soak] deadline of ${DEADLINE_S} s passed: stopping`)
      void stop().finally(() => process.exit(1))
    },
    DEADLINE - Date.now() + 30_000,
  )
  watchdog.unref()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)))
  }
  const pool = new pg.Pool({ connectionString: app.database.url, max: 2 })
  const results: PhaseResult[] = []
  try {
    await app.ready()
    const phases: Phase[] = [{ name: 'steady', kill: false }, ...(KILL ? [{ name: 'kill -9', kill: true }] : [])]
    for (const phase of phases) {
      const result = await runPhase(app, pool, phase)
      results.push(result)
      print(result)
    }
  } finally {
    await pool.end()
    await stop()
    clearTimeout(watchdog)
  }
  if (opts.json)
    fs.writeFileSync(opts.json, JSON.stringify({ count: COUNT, concurrency: CONCURRENCY, phases: results }, null, 2))
  const failed = results.filter((r) => !r.ok)
  if (failed.length) {
    const why = (r: PhaseResult) =>
      `${r.name}: ${r.lost} lost, ${r.duplicates} stored twice, ${r.neverSent} never sent, ` +
      `${r.reads.serverErrors + r.reads.failed} of ${r.reads.ok + r.reads.serverErrors + r.reads.failed} page reads failed`
    console.error(`[soak] FAILED: ${failed.map(why).join('; ')}`)
    const tail = fs.existsSync(LOG) ? fs.readFileSync(LOG, 'utf8').trimEnd().split('\n').slice(-30).join('\n') : ''
    if (tail) console.error(`[soak] last lines of ${LOG}:\n${tail}`)
    process.exitCode = 1
  } else {
    console.log(
      '[soak] every acknowledged submission is stored exactly once, nothing acknowledged was lost, pages kept answering',
    )
  }
}

main().catch((err: unknown) => {
  console.error('[soak] failed:', err instanceof Error ? err.message : err)
  process.exit(1)
})
