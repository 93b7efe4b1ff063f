/**
 * Which page is showing, from the address alone, for what the site header works out in the
 * browser's own terms (src/components/CurrentPage.client.tsx): the language switch and the menu's
 * current item. No request headers, so the pages around it can be static.
 *
 * Pure and free of server modules: it ships to the browser.
 */
import { DEFAULT_LOCALE, type Locale } from './languages'

/**
 * Where src/proxy.ts rewrites an address with no page behind it: `/<locale>/page-not-found<the path
 * asked for>`, so the 404 page still knows which page was asked for.
 */
export const NOT_FOUND_PATH = '/page-not-found'

const prefixOf = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`)

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`)

/**
 * The page's path without its locale: `/fr/principles` → `/principles`. `usePathname()` gives the
 * browser's address on the client, but the address Next rendered on the server, after the
 * rewrites: `/en/principles` for `/principles` (next-intl), `/en/page-not-found/a/b` for a missing
 * `/a/b` (the proxy). Both come out the same here, so the server's HTML and the browser's first
 * render agree.
 */
export function sitePath(pathname: string, locale: Locale): string {
  let path = pathname || '/'
  const prefix = `/${locale}`
  if (under(path, prefix)) path = path.slice(prefix.length) || '/'
  if (under(path, NOT_FOUND_PATH)) path = path.slice(NOT_FOUND_PATH.length) || '/'
  return path
}

/** The same path (and query) in another locale: `/principles` in French is `/fr/principles`. */
export function pathIn(locale: Locale, path: string, query = ''): string {
  const search = query && !query.startsWith('?') ? `?${query}` : query
  return (`${prefixOf(locale)}${path === '/' ? '' : path}` || '/') + search
}

/** True when the menu link `href` (a path with its locale) leads to the page at `path` or to a page under it. */
export function isCurrentLink(path: string, href: string, locale: Locale): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false
  const target = sitePath(href.split(/[?#]/)[0]!, locale)
  if (target === '/') return path === '/'
  return under(path, target)
}
