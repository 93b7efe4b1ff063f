/**
 * Locale routing (next-intl): English at the root, French under /fr. The locale comes
 * from the URL only, never from the browser's Accept-Language, so every URL always
 * shows the same language (what the sitemap, hreflang and shared links promise).
 */
import { defineRouting } from 'next-intl/routing'
import { DEFAULT_LOCALE, LOCALES } from '../lib/languages'

export const routing = defineRouting({
  locales: LOCALES.map((l) => l.code),
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  // hreflang alternates are in each page's <head> (Metadata API), not in Link headers
  alternateLinks: false,
  // no NEXT_LOCALE cookie: the locale is never detected, and a Set-Cookie on every page would keep
  // it out of the page cache (src/server/page-cache.ts)
  localeCookie: false,
})

/** Set by src/proxy.ts: the path and query the reader asked for, before the rewrites (a preview's way out). */
export const PATHNAME_HEADER = 'x-pathname'
