/**
 * The scenarios of the bench that are more than one autocannon run: cache misses, search,
 * publish → visible, and submission intake while pages are read.
 */
import { issueFormToken } from '@/submissions/token'
import { load, median, percentile, rawGet, sleep, type LoadResult } from './measure'

export type Log = (line: string) => void

export type Latencies = { n: number; p50: number; p95: number; p99: number; max: number; median: number }

export function summarise(values: number[]): Latencies {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: percentile(values, 100),
    median: median(values),
  }
}

/**
 * Cache misses: the first render of resource pages nobody has asked for since the server started,
 * one after the other, timed to the last byte. Each is a miss of the page cache and of Next's own
 * cache, so it is the full cost of a page at this catalogue size: proxy, data, render, compression.
 */
export async function misses(origin: string, paths: string[], headers: Record<string, string>, log: Log) {
  const times: number[] = []
  const xcache: Record<string, number> = {}
  const statuses: Record<string, number> = {}
  for (const [i, path] of paths.entries()) {
    const answer = await rawGet(`${origin}${path}`, headers)
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
    const x = String(answer.headers['x-cache'] ?? 'none')
    xcache[x] = (xcache[x] ?? 0) + 1
    if (answer.status === 200) times.push(answer.ms)
    if ((i + 1) % 10 === 0) log(`  misses: ${i + 1}/${paths.length}, median so far ${median(times).toFixed(1)} ms`)
  }
  return { ...summarise(times), statuses, xcache }
}

/**
 * Search as a reader meets it: GET /search?q=… (never cached: every query is another page), one
 * reader at a time, each query `rounds` times. Returns the overall figures and each query's median.
 */
export async function searches(
  origin: string,
  queries: string[],
  rounds: number,
  headers: Record<string, string>,
  log: Log,
) {
  // the search page's first render loads its code: not a reader's wait
  await rawGet(`${origin}/search?q=warm`, headers)
  const all: number[] = []
  const perQuery: Record<string, { median: number; max: number; status: number }> = {}
  for (const q of queries) {
    const times: number[] = []
    let status = 0
    for (let r = 0; r < rounds; r++) {
      const answer = await rawGet(`${origin}/search?q=${encodeURIComponent(q)}`, headers)
      status = answer.status
      if (answer.status === 200) times.push(answer.ms)
    }
    all.push(...times)
    perQuery[q] = { median: median(times), max: percentile(times, 100), status }
    log(`  search "${q}": median ${median(times).toFixed(1)} ms (status ${status})`)
  }
  return { ...summarise(all), perQuery }
}

export type Admin = { origin: string; token: string }

/** Signs in through REST (Payload's login), as the admin panel does. */
export async function signIn(origin: string, email: string, password: string): Promise<Admin> {
  const res = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json().catch(() => ({}))) as { token?: string; errors?: unknown }
  if (!res.ok || !body.token) throw new Error(`signing in as ${email} failed: ${res.status} ${JSON.stringify(body)}`)
  return { origin, token: body.token }
}

/**
 * Publish → visible: an admin saves a published resource with a new title through REST (PATCH
 * /api/resources/:id, `_status: published`: what "Publish changes" in the admin sends), and every
 * watched page is polled until the new title shows. Timed from the moment the save is sent.
 */
export async function publishToVisible(
  admin: Admin,
  resource: { id: number; slug: string },
  watch: { label: string; origin: string }[],
  rounds: number,
  log: Log,
  pollMs = 10,
  timeoutMs = 15_000,
) {
  const times: Record<string, number[]> = Object.fromEntries(watch.map((w) => [w.label, []]))
  const saves: number[] = []
  const failures: string[] = []
  const stamp = Date.now().toString(36)
  const path = `/resources/${resource.slug}`
  // warm: each watched instance has the page in its cache before the first change
  for (const w of watch) for (let i = 0; i < 3; i++) await rawGet(`${w.origin}${path}`)
  for (let round = 1; round <= rounds; round++) {
    const title = `Bench publish ${stamp} round ${round}`
    const sent = performance.now()
    const saving = fetch(`${admin.origin}/api/resources/${resource.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin.token}` },
      body: JSON.stringify({ title, slug: resource.slug, _status: 'published' }),
    }).then(async (res) => {
      const text = await res.text()
      saves.push(performance.now() - sent)
      if (!res.ok) throw new Error(`PATCH /api/resources/${resource.id}: ${res.status} ${text.slice(0, 300)}`)
    })
    const seen = watch.map(async (w) => {
      const until = sent + timeoutMs
      while (performance.now() < until) {
        const answer = await rawGet(`${w.origin}${path}`)
        if (answer.status === 200 && answer.body.includes(title)) {
          times[w.label]!.push(performance.now() - sent)
          return
        }
        await sleep(pollMs)
      }
      failures.push(`${w.label}: round ${round} not visible after ${timeoutMs / 1000} s`)
    })
    await Promise.all([saving, ...seen])
    // let the server's second flush (after the write committed) pass before the next round
    await sleep(500)
    if (round % 5 === 0 || round === rounds) {
      log(
        `  publish → visible ${round}/${rounds}: ` +
          watch.map((w) => `${w.label} median ${median(times[w.label]!).toFixed(0)} ms`).join(', '),
      )
    }
  }
  return {
    save: summarise(saves),
    visible: Object.fromEntries(Object.entries(times).map(([label, t]) => [label, summarise(t)])),
    failures,
  }
}

export type IntakeResult = {
  seconds: number
  tokenSource: 'GET /api/submit/token' | 'signed by the bench (this build has no GET /api/submit/token)'
  accepted: number
  perSecond: number
  post: Latencies
  tokenFetches: number
  errors: number
  answers: Record<string, number>
  /** time posters waited for a token at least 3 s old: the token supply, not the server, was behind */
  waitedForTokensMs: number
  reads: LoadResult
}

/**
 * Submission intake while pages are read: for `seconds`, `posters` clients send feedback through
 * POST /api/submit (JSON, as CONTRACT.md describes), each with its own token from
 * GET /api/submit/token, while autocannon reads pages on `readers` connections. Tokens are good
 * only from 3 s after they are issued, so token fetchers start 3 s ahead and keep a pool about 4 s
 * deep; every accepted submission costs one token fetch and one post, both inside the window.
 */
export async function intake(
  origin: string,
  opts: { seconds: number; posters: number; readers: number; readPaths: string[]; headers: Record<string, string> },
  log: Log,
): Promise<IntakeResult> {
  const MIN_AGE_MS = 3_100
  const answers: Record<string, number> = {}
  const count = (key: string) => (answers[key] = (answers[key] ?? 0) + 1)
  let errors = 0

  const probe = await fetch(`${origin}/api/submit/token?form=feedback`)
  const fromEndpoint = probe.ok
  await probe.arrayBuffer()
  const tokenSource: IntakeResult['tokenSource'] = fromEndpoint
    ? 'GET /api/submit/token'
    : 'signed by the bench (this build has no GET /api/submit/token)'

  const pool: { token: string; at: number }[] = []
  let tokenFetches = 0
  const fetchToken = async (): Promise<void> => {
    if (!fromEndpoint) {
      pool.push({ token: issueFormToken('feedback', Date.now()), at: performance.now() })
      return
    }
    try {
      const res = await fetch(`${origin}/api/submit/token?form=feedback`)
      tokenFetches++
      const body = (await res.json().catch(() => ({}))) as { token?: string }
      if (res.ok && body.token) pool.push({ token: body.token, at: performance.now() })
      else {
        errors++
        count(`token ${res.status}`)
      }
    } catch {
      errors++
      count('token network error')
    }
  }

  let running = true
  let accepted = 0
  let lastSecondPosts = 0
  const postTimes: number[] = []
  const windowPosts: number[] = []
  // fetchers keep about 4 s of tokens ahead of the posters (at least 400, for the first seconds)
  const fetcher = async () => {
    while (running) {
      const rate = Math.max(100, lastSecondPosts)
      if (pool.length < rate * 4) await fetchToken()
      else await sleep(20)
    }
  }
  const fetchers = Array.from({ length: 4 }, fetcher)
  log(`  intake: fetching tokens for ${MIN_AGE_MS / 1000} s before the window (they must be 3 s old)`)
  await sleep(MIN_AGE_MS)

  let waited = 0
  let sent = 0
  const windowEnds = performance.now() + opts.seconds * 1000
  const poster = async () => {
    while (performance.now() < windowEnds) {
      const next = pool[0]
      if (!next || performance.now() - next.at < MIN_AGE_MS) {
        const t = performance.now()
        await sleep(5)
        waited += performance.now() - t
        continue
      }
      pool.shift()
      const i = ++sent
      const started = performance.now()
      try {
        const res = await fetch(`${origin}/api/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            kind: 'feedback',
            helpful: i % 2 ? 'yes' : 'no',
            message: `Bench feedback number ${i}: the page was useful.`,
            page: '/glossary',
            locale: 'en',
            website: '',
            token: next.token,
          }),
        })
        await res.arrayBuffer()
        const ms = performance.now() - started
        count(`post ${res.status}`)
        if (res.status === 201) {
          accepted++
          postTimes.push(ms)
          windowPosts.push(performance.now())
        } else errors++
      } catch {
        errors++
        count('post network error')
      }
    }
  }
  const rateTimer = setInterval(() => {
    const now = performance.now()
    lastSecondPosts = windowPosts.filter((t) => t > now - 1000).length
  }, 250)
  const started = performance.now()
  const [reads] = await Promise.all([
    load(origin, {
      connections: opts.readers,
      seconds: opts.seconds,
      headers: opts.headers,
      paths: opts.readPaths,
    }),
    ...Array.from({ length: opts.posters }, poster),
  ])
  const seconds = (performance.now() - started) / 1000
  running = false
  clearInterval(rateTimer)
  await Promise.all(fetchers)
  return {
    seconds,
    tokenSource,
    accepted,
    perSecond: accepted / seconds,
    post: summarise(postTimes),
    tokenFetches,
    errors: errors + reads.errors + reads.non2xx,
    answers,
    waitedForTokensMs: waited,
    reads,
  }
}
