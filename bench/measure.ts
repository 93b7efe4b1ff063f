/**
 * How the bench measures: autocannon (programmatically) for throughput, with latencies collected
 * from every answer at sub-millisecond resolution (autocannon's own histogram counts whole
 * milliseconds, which hides the difference between a bare server and a cache hit); plain
 * sequential requests for single-reader latencies (a miss, a search, publish → visible).
 */
import autocannon from 'autocannon'
import http from 'node:http'

/** Sorted-copy percentile (nearest rank) of a list of numbers; NaN for an empty list. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const n = values.length
  if (!n) return Number.NaN
  const sorted = Float64Array.from(values).sort()
  const rank = Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))
  return sorted[rank]!
}

export const median = (values: ArrayLike<number>) => percentile(values, 50)

export type LoadResult = {
  url: string
  connections: number
  seconds: number
  /** answers per second over the whole run */
  rps: number
  requests: number
  p50: number
  p99: number
  max: number
  non2xx: number
  errors: number
  timeouts: number
  /** mean bytes per answer (headers and body, as sent on the wire) */
  bytesPerAnswer: number
}

export type LoadOptions = {
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** several paths, taken in turn by every connection */
  paths?: string[]
  /** called once a second with the answers so far (progress) */
  onTick?: (answers: number) => void
}

class Samples {
  private data = new Float64Array(1 << 16)
  length = 0
  push(v: number) {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }
  values() {
    return this.data.subarray(0, this.length)
  }
}

/** One autocannon run against `url` (for `paths`, the origin of `url`). */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const latencies = new Samples()
  let answers = 0
  let settle: (result: autocannon.Result) => void = () => undefined
  let fail: (err: unknown) => void = () => undefined
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  const instance = autocannon(
    {
      url,
      connections: options.connections,
      duration: options.seconds,
      headers: options.headers,
      requests: options.paths?.map((path) => ({ method: 'GET', path })),
      // a slow answer is a slow answer, not an error: the servers under test all answer within this
      timeout: 30,
    },
    (err: unknown, result: autocannon.Result) => (err ? fail(err) : settle(result)),
  )
  instance.on('response', (_client, status, _bytes, ms) => {
    answers++
    if (status >= 200 && status < 300) latencies.push(ms)
  })
  const ticker = options.onTick ? setInterval(() => options.onTick!(answers), 1000) : null
  const result = await finished
  if (ticker) clearInterval(ticker)
  const values = latencies.values()
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  return {
    url: options.paths ? `${new URL(url).origin} ${options.paths.join(' ')}` : url,
    connections: options.connections,
    seconds: result.duration,
    rps: total / result.duration,
    requests: total,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: percentile(values, 100),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerAnswer: total ? result.throughput.total / total : 0,
  }
}

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number }

/**
 * One GET with node:http, body kept as sent (still compressed): what the bare server replays, and a
 * timing to the last byte without any client-side decompression.
 */
export function rawGet(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.get(url, { headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from ${url} within 60 s`)))
  })
}

/** Headers of an answer worth replaying from another server (no hop-by-hop, no Date). */
export function replayHeaders(answer: RawAnswer): Record<string, string | string[]> {
  const skip = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length'])
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !skip.has(name)) out[name] = value
  }
  out['content-length'] = String(answer.body.length)
  return out
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
