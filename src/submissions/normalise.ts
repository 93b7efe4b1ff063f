/**
 * One spelling per link, so the same page suggested twice is recognised:
 * `HTTPS://www.Example.org:443/guide/?utm_source=x#top` and `http://example.org/guide`
 * both become `example.org/guide`.
 *
 * - the scheme is dropped (http and https of one address are the same resource here);
 * - the host is lower-cased, `www.` is removed, default ports (80, 443) are dropped;
 * - the fragment is dropped, and so are tracking parameters (`utm_*`, `fbclid`, `gclid`,
 *   and a few of their cousins); the other parameters are kept, sorted;
 * - a trailing slash is removed (`/guide/` = `/guide`, and the root is just the host).
 * Returns null for anything that is not an http(s) URL.
 */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
])

export const isTrackingParam = (name: string): boolean => {
  const lower = name.toLowerCase()
  return lower.startsWith('utm_') || TRACKING.has(lower)
}

export function normaliseUrl(input: string): string | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // URL already lower-cases the host, punycodes it and drops the scheme's default port
  const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '')
  const port = url.port && !['80', '443'].includes(url.port) ? `:${url.port}` : ''
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1))
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  const path = url.pathname.replace(/\/+$/, '')
  return `${host}${port}${path}${query}`
}

/**
 * The host as stored in `normaliseUrl`'s output, to narrow a search among stored links
 * (resources keep the URL as typed, so candidates are found by host, then compared normalised).
 */
export const hostOf = (normalised: string): string => normalised.split(/[/?]/, 1)[0]!.replace(/:\d+$/, '')
