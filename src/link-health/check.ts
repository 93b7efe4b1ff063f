/**
 * The link checker itself: no Payload, no database; a URL in, a verdict out.
 *
 * - http and https only; loopback and private-network addresses are refused unless allowed
 *   (LINK_CHECK_ALLOW_PRIVATE=1), checked again at every redirect hop;
 * - HEAD first; GET when HEAD is refused or fails: any 4xx/5xx answer to HEAD (many servers
 *   answer 403, 404, 405 or 501 to HEAD alone) or a connection error. The GET's body is never
 *   read: it is cancelled once the headers arrive. A HEAD that times out is not retried: a server
 *   that does not answer in time is "could not check" either way, and waiting twice is impolite;
 * - redirects followed by hand (at most 5), each hop with its own timeout, recording where the
 *   link ends up;
 * - one clear User-Agent, `AllyshipHub-LinkCheck/1.0 (+<SERVER_URL>)`;
 * - `checkUrls` runs several at once (4 by default) but never two on the same host at once, and
 *   starts nothing after its deadline.
 *
 * Verdicts (what `linkHealth.status` records):
 * - `ok`: the link answers 2xx, directly or through temporary redirects (302, 303, 307);
 * - `redirected` (moved): it answers 2xx at a different address reached through a permanent
 *   redirect (301, 308); `httpStatus` is that redirect's code, `finalUrl` the new address;
 * - `broken`: 404 Not Found or 410 Gone (also after redirects): the page is gone;
 * - `error` (could not check): every other answer, 401, 403, 429 and 5xx included (logins, bot
 *   walls, rate limits and outages say nothing certain about the page), too many redirects, a
 *   redirect to a non-web address, network errors and timeouts. Editors look at these, but
 *   nothing is concluded from one night's failure.
 */
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { MAX_REDIRECTS } from './settings'

export type LinkVerdict = 'ok' | 'redirected' | 'broken' | 'error'

export type LinkResult = {
  url: string
  status: LinkVerdict
  /** the final answer's status code (for `redirected`, the permanent redirect's); null without any answer */
  httpStatus: number | null
  /** where the link ended up after redirects; null when nothing answered */
  finalUrl: string | null
  /** the method that gave the verdict */
  method: 'HEAD' | 'GET' | null
  /** for people: why, in a few words */
  reason: string
  checkedAt: Date
}

export type CheckOptions = {
  timeoutMs: number
  userAgent: string
  allowPrivate?: boolean
  maxRedirects?: number
  /** aborts every request in flight (the run is being stopped) */
  signal?: AbortSignal
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const PERMANENT = new Set([301, 308])
const GONE = new Set([404, 410])

class TimeoutError extends Error {
  override name = 'TimeoutError'
}
class RefusedError extends Error {
  override name = 'RefusedError'
}

// Addresses the checker must not reach by default (RFC 6890 special-purpose ranges).
const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6')

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return PRIVATE.check(address, 'ipv4')
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4')
    return PRIVATE.check(address, 'ipv6')
  }
  return false
}

/** Refuses a host that is, or resolves to, a loopback or private address. (The request resolves the name again: a name that changes its answer in between is not caught; this is a guard, not a sandbox.) */
async function refusePrivateHost(hostname: string, signal: AbortSignal): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host)
    ? [host]
    : (await raceAbort(lookup(host, { all: true, verbatim: true }), signal)).map((a) => a.address)
  if (addresses.some(isPrivateAddress)) throw new RefusedError(`${host} is a private or loopback address`)
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** One request (no redirect following), its body discarded; aborted after `timeoutMs`. */
async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<{ status: number; location: string | null }> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs)
  const outer = options.signal
  const onOuterAbort = () => controller.abort(outer?.reason ?? new Error('stopped'))
  outer?.addEventListener('abort', onOuterAbort, { once: true })
  try {
    if (!options.allowPrivate) await refusePrivateHost(new URL(url).hostname, controller.signal)
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      // inside a Next server, fetch is Next's: never serve a check from its data cache
      cache: 'no-store',
      signal: controller.signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    await res.body?.cancel().catch(() => undefined)
    return { status: res.status, location: res.headers.get('location') }
  } catch (err) {
    // fetch reports an abort as an AbortError: give back the reason we aborted with
    if (controller.signal.aborted && controller.signal.reason instanceof Error) throw controller.signal.reason
    throw err
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onOuterAbort)
  }
}

type Chain =
  | { kind: 'answer'; status: number; finalUrl: string; permanent: number | null }
  | { kind: 'failed'; reason: string; lastStatus: number | null; finalUrl: string | null; timeout: boolean; refused: boolean }

const describe = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err)
  const cause = (err as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : err.message
}

const isWebUrl = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:'

/** Follows redirects by hand with one method. Never throws. */
async function follow(start: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Chain> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  let current = start
  let permanent: number | null = null
  let lastStatus: number | null = null
  for (let hop = 0; ; hop++) {
    let answer: { status: number; location: string | null }
    try {
      answer = await request(current, method, options)
    } catch (err) {
      return {
        kind: 'failed',
        reason: describe(err),
        lastStatus,
        finalUrl: lastStatus === null ? null : current,
        timeout: err instanceof TimeoutError,
        refused: err instanceof RefusedError,
      }
    }
    lastStatus = answer.status
    if (!REDIRECTS.has(answer.status) || !answer.location) return { kind: 'answer', status: answer.status, finalUrl: current, permanent }
    if (hop >= maxRedirects) {
      return { kind: 'failed', reason: `more than ${maxRedirects} redirects`, lastStatus, finalUrl: current, timeout: false, refused: false }
    }
    let next: URL
    try {
      next = new URL(answer.location, current)
    } catch {
      return { kind: 'failed', reason: `redirect to an invalid address (${answer.location.slice(0, 200)})`, lastStatus, finalUrl: current, timeout: false, refused: false }
    }
    if (!isWebUrl(next)) {
      return { kind: 'failed', reason: `redirect to a ${next.protocol} address`, lastStatus, finalUrl: next.href, timeout: false, refused: false }
    }
    if (PERMANENT.has(answer.status) && permanent === null) permanent = answer.status
    current = next.href
  }
}

function verdict(url: string, chain: Chain, method: 'HEAD' | 'GET', checkedAt: Date): LinkResult {
  if (chain.kind === 'failed') {
    return { url, status: 'error', httpStatus: chain.lastStatus, finalUrl: chain.finalUrl, method, reason: chain.reason, checkedAt }
  }
  const { status, finalUrl, permanent } = chain
  const base = { url, finalUrl, method, checkedAt }
  if (status >= 200 && status < 300) {
    if (permanent !== null && finalUrl !== new URL(url).href) {
      return { ...base, status: 'redirected', httpStatus: permanent, reason: `moved permanently (${permanent})` }
    }
    return { ...base, status: 'ok', httpStatus: status, reason: finalUrl === new URL(url).href ? `${status}` : `${status} after a temporary redirect` }
  }
  if (GONE.has(status)) return { ...base, status: 'broken', httpStatus: status, reason: status === 410 ? 'gone (410)' : 'not found (404)' }
  return { ...base, status: 'error', httpStatus: status, reason: `answered ${status}` }
}

/** Checks one link: HEAD, then GET when HEAD is refused or fails. Never throws. */
export async function checkUrl(url: string, options: CheckOptions): Promise<LinkResult> {
  const checkedAt = new Date()
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { url, status: 'error', httpStatus: null, finalUrl: null, method: null, reason: 'not a valid URL', checkedAt }
  }
  if (!isWebUrl(parsed)) return { url, status: 'error', httpStatus: null, finalUrl: null, method: null, reason: 'only http and https links are checked', checkedAt }

  const head = await follow(parsed.href, 'HEAD', options)
  const headIsFinal =
    (head.kind === 'answer' && head.status < 400) || (head.kind === 'failed' && (head.timeout || head.refused || head.lastStatus !== null))
  if (headIsFinal || options.signal?.aborted) return verdict(url, head, 'HEAD', checkedAt)
  return verdict(url, await follow(parsed.href, 'GET', options), 'GET', checkedAt)
}

export const hostKey = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return ''
  }
}

export type CheckManyOptions = CheckOptions & {
  /** links checked at once (default 4); never more than one per host */
  concurrency?: number
  /** epoch ms: no check starts after it */
  deadline?: number
  /** called as each result arrives (e.g. to save it), before the next link of that host starts */
  onResult?: (result: LinkResult) => Promise<void> | void
}

/**
 * Checks many links politely: at most `concurrency` at once, one per host at a time, in the
 * order given (the next link whose host is free goes first). Duplicates are checked once.
 * Returns the results of the links it checked; those it did not start before the deadline are
 * left out.
 */
export async function checkUrls(urls: readonly string[], options: CheckManyOptions): Promise<LinkResult[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4))
  const pending = [...new Set(urls)]
  const busy = new Set<string>()
  const results: LinkResult[] = []
  let active = 0
  return new Promise<LinkResult[]>((resolve) => {
    const stopped = () => options.signal?.aborted || (options.deadline !== undefined && Date.now() >= options.deadline)
    const pump = () => {
      if (stopped()) pending.length = 0
      for (let i = 0; i < pending.length && active < concurrency; ) {
        const url = pending[i]!
        const host = hostKey(url)
        if (busy.has(host)) {
          i++
          continue
        }
        pending.splice(i, 1)
        busy.add(host)
        active++
        void (async () => {
          try {
            const result = await checkUrl(url, options)
            results.push(result)
            await options.onResult?.(result)
          } catch (err) {
            console.error(`[link-health] ${url}: ${describe(err)}`)
          } finally {
            busy.delete(host)
            active--
            pump()
          }
        })()
      }
      if (active === 0 && pending.length === 0) resolve(results)
    }
    pump()
  })
}
