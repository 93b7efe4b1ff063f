/**
 * The link checker itself: no Payload, no database; a URL in, a verdict out. This module follows
 * one link's redirects and gives the verdict (`checkUrl`); one request is request.ts, the guard
 * against private addresses guard.ts, checking many links at once schedule.ts.
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
import { describeError, request, TimeoutError, type RequestOptions } from './request'
import { RefusedError } from './guard'
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

export type CheckOptions = RequestOptions & { maxRedirects?: number }

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const PERMANENT = new Set([301, 308])
const GONE = new Set([404, 410])

type Chain =
  | { kind: 'answer'; status: number; finalUrl: string; permanent: number | null }
  | {
      kind: 'failed'
      reason: string
      lastStatus: number | null
      finalUrl: string | null
      timeout: boolean
      refused: boolean
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
        reason: describeError(err),
        lastStatus,
        finalUrl: lastStatus === null ? null : current,
        timeout: err instanceof TimeoutError,
        refused: err instanceof RefusedError,
      }
    }
    lastStatus = answer.status
    if (!REDIRECTS.has(answer.status) || !answer.location)
      return { kind: 'answer', status: answer.status, finalUrl: current, permanent }
    if (hop >= maxRedirects) {
      return {
        kind: 'failed',
        reason: `more than ${maxRedirects} redirects`,
        lastStatus,
        finalUrl: current,
        timeout: false,
        refused: false,
      }
    }
    let next: URL
    try {
      next = new URL(answer.location, current)
    } catch {
      return {
        kind: 'failed',
        reason: `redirect to an invalid address (${answer.location.slice(0, 200)})`,
        lastStatus,
        finalUrl: current,
        timeout: false,
        refused: false,
      }
    }
    if (!isWebUrl(next)) {
      return {
        kind: 'failed',
        reason: `redirect to a ${next.protocol} address`,
        lastStatus,
        finalUrl: next.href,
        timeout: false,
        refused: false,
      }
    }
    if (PERMANENT.has(answer.status) && permanent === null) permanent = answer.status
    current = next.href
  }
}

function verdict(url: string, chain: Chain, method: 'HEAD' | 'GET', checkedAt: Date): LinkResult {
  if (chain.kind === 'failed') {
    return {
      url,
      status: 'error',
      httpStatus: chain.lastStatus,
      finalUrl: chain.finalUrl,
      method,
      reason: chain.reason,
      checkedAt,
    }
  }
  const { status, finalUrl, permanent } = chain
  const base = { url, finalUrl, method, checkedAt }
  if (status >= 200 && status < 300) {
    if (permanent !== null && finalUrl !== new URL(url).href) {
      return { ...base, status: 'redirected', httpStatus: permanent, reason: `moved permanently (${permanent})` }
    }
    return {
      ...base,
      status: 'ok',
      httpStatus: status,
      reason: finalUrl === new URL(url).href ? `${status}` : `${status} after a temporary redirect`,
    }
  }
  if (GONE.has(status))
    return { ...base, status: 'broken', httpStatus: status, reason: status === 410 ? 'gone (410)' : 'not found (404)' }
  return { ...base, status: 'error', httpStatus: status, reason: `answered ${status}` }
}

/** A link not even requested: `error`, without any answer. */
const unchecked = (url: string, reason: string, checkedAt: Date): LinkResult => ({
  url,
  status: 'error',
  httpStatus: null,
  finalUrl: null,
  method: null,
  reason,
  checkedAt,
})

/** Checks one link: HEAD, then GET when HEAD is refused or fails. Never throws. */
export async function checkUrl(url: string, options: CheckOptions): Promise<LinkResult> {
  const checkedAt = new Date()
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return unchecked(url, 'not a valid URL', checkedAt)
  }
  if (!isWebUrl(parsed)) return unchecked(url, 'only http and https links are checked', checkedAt)

  const head = await follow(parsed.href, 'HEAD', options)
  const headIsFinal =
    (head.kind === 'answer' && head.status < 400) ||
    (head.kind === 'failed' && (head.timeout || head.refused || head.lastStatus !== null))
  if (headIsFinal || options.signal?.aborted) return verdict(url, head, 'HEAD', checkedAt)
  return verdict(url, await follow(parsed.href, 'GET', options), 'GET', checkedAt)
}
