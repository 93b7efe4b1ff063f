/**
 * Public URLs, defined once. English lives at the root (`/principles`), every other
 * locale under its prefix (`/fr/principles`). Pages, links, the sitemap, the feed,
 * search results and revalidation all build paths here.
 */
import { FIXED_PAGES, listPathOf, pathOf, type ListedCollection, type PublicCollection } from './collections'
import { serverUrl } from './env'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages'

export type { PublicCollection } from './collections'

export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`)

const at = (locale: Locale, path: string): string =>
  path === '/' ? localePrefix(locale) || '/' : `${localePrefix(locale)}${path}`

const list = (collection: ListedCollection) => (locale: Locale) => listPath(collection, locale)
const doc = (collection: PublicCollection) => (locale: Locale, slug: string) => documentPath(collection, slug, locale)

/** Paths by name; collections' paths come from their registry entry (src/lib/collections.ts). */
export const routes = {
  home: (locale: Locale) => at(locale, FIXED_PAGES.home),
  principles: list('principles'),
  principle: doc('principles'),
  resources: list('resources'),
  resource: doc('resources'),
  topics: list('topics'),
  topic: doc('topics'),
  glossary: list('glossary-terms'),
  glossaryTerm: doc('glossary-terms'),
  faq: list('faqs'),
  /** FAQs have no page of their own: each has a stable anchor on /faq. */
  faqEntry: doc('faqs'),
  events: list('events'),
  /** Events have no page of their own: each has a stable anchor on /events. */
  event: doc('events'),
  /** Practices are shown on their topics and principles; /search links them through here. */
  practice: doc('practices'),
  credits: (locale: Locale) => at(locale, FIXED_PAGES.credits),
  search: (locale: Locale, q?: string) => at(locale, `${FIXED_PAGES.search}${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  contribute: (locale: Locale) => at(locale, FIXED_PAGES.contribute),
  subscribe: (locale: Locale) => at(locale, FIXED_PAGES.subscribe),
  page: doc('pages'),
  feed: (locale: Locale) => at(locale, FIXED_PAGES.feed),
} as const

/** The list page of a collection. */
export function listPath(collection: ListedCollection, locale: Locale = DEFAULT_LOCALE): string {
  return at(locale, listPathOf(collection))
}

/** The public path of one document. */
export function documentPath(collection: PublicCollection, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return at(locale, pathOf(collection, slug))
}

/** Absolute URL on the public origin (SERVER_URL). */
export const absoluteUrl = (path: string): string => `${serverUrl()}${path.startsWith('/') ? path : `/${path}`}`

/** The same path in every locale, for hreflang alternates and the language switch. */
export function alternates(pathFor: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map(({ code }) => [code, pathFor(code)])) as Record<Locale, string>
}

/** Remove the locale prefix: `/fr/principles` → `/principles`. */
export function stripLocale(pathname: string): { locale: Locale; path: string } {
  for (const { code } of LOCALES) {
    if (code === DEFAULT_LOCALE) continue
    if (pathname === `/${code}` || pathname.startsWith(`/${code}/`)) {
      return { locale: code, path: pathname.slice(code.length + 1) || '/' }
    }
  }
  return { locale: DEFAULT_LOCALE, path: pathname }
}
