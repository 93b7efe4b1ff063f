/**
 * Public URLs, defined once. English lives at the root (`/principles`), every other
 * locale under its prefix (`/fr/principles`). Pages, links, the sitemap, the feed,
 * search results and revalidation all build paths here.
 */
import { serverUrl } from './env'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages'

export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`)

const at = (locale: Locale, path: string): string => (path === '/' ? localePrefix(locale) || '/' : `${localePrefix(locale)}${path}`)

export const routes = {
  home: (locale: Locale) => at(locale, '/'),
  principles: (locale: Locale) => at(locale, '/principles'),
  principle: (locale: Locale, slug: string) => at(locale, `/principles/${slug}`),
  resources: (locale: Locale) => at(locale, '/resources'),
  resource: (locale: Locale, slug: string) => at(locale, `/resources/${slug}`),
  topics: (locale: Locale) => at(locale, '/topics'),
  topic: (locale: Locale, slug: string) => at(locale, `/topics/${slug}`),
  glossary: (locale: Locale) => at(locale, '/glossary'),
  glossaryTerm: (locale: Locale, slug: string) => at(locale, `/glossary/${slug}`),
  faq: (locale: Locale) => at(locale, '/faq'),
  /** FAQs have no page of their own: each has a stable anchor on /faq. */
  faqEntry: (locale: Locale, slug: string) => at(locale, `/faq#${slug}`),
  events: (locale: Locale) => at(locale, '/events'),
  /** Events have no page of their own: each has a stable anchor on /events. */
  event: (locale: Locale, slug: string) => at(locale, `/events#${slug}`),
  /** Practices are shown on their topics and principles; /search links them through here. */
  practice: (locale: Locale, slug: string) => at(locale, `/practices/${slug}`),
  credits: (locale: Locale) => at(locale, '/credits'),
  search: (locale: Locale, q?: string) => at(locale, `/search${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  contribute: (locale: Locale) => at(locale, '/contribute'),
  page: (locale: Locale, slug: string) => at(locale, `/${slug}`),
  feed: (locale: Locale) => at(locale, '/feed.xml'),
} as const

/** Collections with a public page or anchor of their own. */
export type PublicCollection =
  | 'principles'
  | 'resources'
  | 'topics'
  | 'glossary-terms'
  | 'faqs'
  | 'events'
  | 'pages'
  | 'practices'

/** The public path of one document. */
export function documentPath(collection: PublicCollection, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  switch (collection) {
    case 'principles':
      return routes.principle(locale, slug)
    case 'resources':
      return routes.resource(locale, slug)
    case 'topics':
      return routes.topic(locale, slug)
    case 'glossary-terms':
      return routes.glossaryTerm(locale, slug)
    case 'faqs':
      return routes.faqEntry(locale, slug)
    case 'events':
      return routes.event(locale, slug)
    case 'pages':
      return routes.page(locale, slug)
    case 'practices':
      return routes.practice(locale, slug)
  }
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
