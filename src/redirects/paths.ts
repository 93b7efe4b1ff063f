/**
 * The `from` of a redirect: a path on this site without its locale prefix, so one record serves
 * every language. No Payload or database imports: the proxy uses this too.
 */
import { stripLocale } from '@/lib/routes'
import { safeReturnPath } from '@/preview/url'

/** "https://hub.example/fr/resources/old/?x" → "/resources/old". */
export function normaliseRedirectPath(value: string): string {
  let path = value.trim()
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) path = new URL(path).pathname
  } catch {
    return value.trim()
  }
  path = path.replace(/[?#].*$/, '')
  if (!path.startsWith('/')) path = `/${path}`
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return stripLocale(path).path
}

export function validateRedirectPath(value: unknown): true | string {
  if (typeof value !== 'string' || !value) return 'Give the old path, for example /resources/old-slug.'
  if (!/^\/[A-Za-z0-9\-._~%/]*$/.test(value) || value.startsWith('//'))
    return 'A path on this site, starting with / (letters, digits, - . _ ~ and /).'
  if (value === '/') return 'The home page cannot redirect.'
  return true
}

/**
 * A custom target: a path on this site, by the same test as leaving preview (`safeReturnPath`): what
 * the URL parser would read as another host, or would have to re-encode, is refused.
 */
export function validateRedirectTarget(value: unknown, { siblingData }: { siblingData?: unknown } = {}): true | string {
  if ((siblingData as { type?: unknown } | undefined)?.type !== 'custom') return true
  if (typeof value !== 'string' || safeReturnPath(value) !== value)
    return 'A path on this site, starting with a single / (no other sites).'
  return true
}
