/**
 * The hub's feed: new and updated published content of every public collection, newest
 * `updatedAt` first, as RSS 2.0 (/feed.xml, /fr/feed.xml) or Atom (?format=atom), built
 * with the `feed` package. French feeds use French text where it exists and English
 * otherwise (Payload's fallback locale), like the French pages.
 *
 * Reading (`readFeedData`, anonymous visitor: published only) is separate from rendering
 * (`renderFeed`, pure), so the route can cache the read (`getFeedData`) and the tests
 * can check both.
 */
import { Feed } from 'feed'
import type { CollectionSlug, Payload } from 'payload'
import { cached } from '../data/cache'
import { payloadClient, publicRead } from '../data/payload'
import type { Locale } from '../lib/languages'
import { plainTextSummary } from '../lib/richtext-text'
import { absoluteUrl, documentPath, routes, type PublicCollection } from '../lib/routes'

export type FeedFormat = 'rss' | 'atom'

/** How many items a feed carries. */
export const FEED_SIZE = 50

type Spec = { title: string; summary?: string; body?: string }

/** Where each collection keeps its title, its plain summary, and rich text to fall back on. */
const SPECS: Record<PublicCollection, Spec> = {
  resources: { title: 'title', summary: 'summary', body: 'notes' },
  principles: { title: 'title', summary: 'summary', body: 'explanation' },
  topics: { title: 'title', summary: 'summary', body: 'body' },
  'glossary-terms': { title: 'term', summary: 'summary', body: 'definition' },
  faqs: { title: 'question', body: 'answer' },
  practices: { title: 'title', summary: 'summary', body: 'body' },
  pages: { title: 'title', summary: 'summary', body: 'body' },
  events: { title: 'title', summary: 'summary', body: 'description' },
}

export const FEED_COLLECTIONS = Object.keys(SPECS) as PublicCollection[]

const KIND_LABELS: Record<Locale, Record<PublicCollection, string>> = {
  en: {
    resources: 'Resource',
    principles: 'Principle',
    topics: 'Topic',
    'glossary-terms': 'Glossary term',
    faqs: 'Question',
    practices: 'Practice',
    pages: 'Page',
    events: 'Event',
  },
  fr: {
    resources: 'Ressource',
    principles: 'Principe',
    topics: 'Thème',
    'glossary-terms': 'Terme du glossaire',
    faqs: 'Question',
    practices: 'Pratique',
    pages: 'Page',
    events: 'Événement',
  },
}

export type FeedEntry = {
  collection: PublicCollection
  slug: string
  title: string
  summary: string
  /** ISO timestamps */
  updatedAt: string
  createdAt: string
}

export type FeedData = {
  siteName: string
  tagline: string | null
  /** when the site settings last changed: the feed's date when it has no items */
  settingsUpdatedAt: string | null
  entries: FeedEntry[]
}

/** The newest published documents of every public collection, as the anonymous public sees them. */
export async function readFeedData(payload: Payload, locale: Locale, limit = FEED_SIZE): Promise<FeedData> {
  const [settings, ...lists] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'en', depth: 0, overrideAccess: false }),
    ...FEED_COLLECTIONS.map(async (collection) => {
      const spec = SPECS[collection]
      const select: Record<string, true> = { slug: true, updatedAt: true, createdAt: true, [spec.title]: true }
      if (spec.summary) select[spec.summary] = true
      if (spec.body) select[spec.body] = true
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        ...publicRead(locale),
        sort: '-updatedAt',
        limit,
        depth: 0,
        select,
      } as Parameters<Payload['find']>[0])
      return (docs as unknown as Record<string, unknown>[]).map((doc): FeedEntry => {
        const summary =
          spec.summary && typeof doc[spec.summary] === 'string' ? (doc[spec.summary] as string).trim() : ''
        return {
          collection,
          slug: String(doc.slug),
          title: String(doc[spec.title] ?? doc.slug),
          summary: summary || (spec.body ? plainTextSummary(doc[spec.body], 300) : ''),
          updatedAt: String(doc.updatedAt),
          createdAt: String(doc.createdAt ?? doc.updatedAt),
        }
      })
    }),
  ])
  const entries = lists
    .flat()
    .sort(
      (a, b) =>
        Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
        a.collection.localeCompare(b.collection) ||
        a.slug.localeCompare(b.slug),
    )
    .slice(0, limit)
  return {
    siteName: settings.siteName,
    tagline: settings.tagline ?? null,
    settingsUpdatedAt: settings.updatedAt ?? null,
    entries,
  }
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/F). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text as XML may carry it. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '')

/**
 * Plain text as HTML text. Feed titles and summaries travel as HTML (Atom `type="html"`,
 * RSS descriptions), so `<` in a title is shown, never interpreted; this also keeps
 * `]]>` from ending the CDATA section the `feed` package wraps them in.
 */
export const htmlText = (text: string): string =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The feed's URL in a format (RSS is the default at /feed.xml). */
export const feedUrl = (locale: Locale, format: FeedFormat): string =>
  absoluteUrl(routes.feed(locale)) + (format === 'atom' ? '?format=atom' : '')

/** The feed document (pure: no reads). */
export function renderFeed(data: FeedData, locale: Locale, format: FeedFormat): string {
  const home = absoluteUrl(routes.home(locale))
  const newest = data.entries[0]?.updatedAt ?? data.settingsUpdatedAt
  const feed = new Feed({
    id: home,
    link: home,
    title: xmlSafe(data.siteName),
    description: data.tagline ? xmlSafe(data.tagline) : undefined,
    language: locale,
    updated: newest ? new Date(newest) : new Date(0),
    generator: false,
    feed: feedUrl(locale, format),
    feedLinks: { rss: feedUrl(locale, 'rss'), atom: feedUrl(locale, 'atom') },
    // Atom requires an author for entries without one: the hub itself
    author: { name: xmlSafe(data.siteName), link: home },
  })
  for (const entry of data.entries) {
    const url = absoluteUrl(documentPath(entry.collection, entry.slug, locale))
    feed.addItem({
      title: htmlText(entry.title),
      id: url,
      link: url,
      date: new Date(entry.updatedAt),
      // RSS has one date (pubDate): the last update, so changed items surface; Atom has both
      ...(format === 'atom' ? { published: new Date(entry.createdAt) } : {}),
      description: entry.summary ? htmlText(entry.summary) : undefined,
      category: [{ name: KIND_LABELS[locale][entry.collection], term: entry.collection }],
    })
  }
  return format === 'atom' ? withXmlLang(feed.atom1(), locale) : feed.rss2()
}

/**
 * The `feed` package (6.0.0) writes the language into RSS (`<language>`) only: Atom carries it as
 * `xml:lang` on the root element, which it cannot set, so it is added here.
 */
export const withXmlLang = (atom: string, locale: Locale): string =>
  atom.replace(/<feed\b([^>]*)>/, (root, attributes: string) =>
    attributes.includes('xml:lang=') ? root : `<feed${attributes} xml:lang="${locale}">`,
  )

/** Read and render in one go (scripts and tests; the route uses the cached read). */
export async function buildFeed(
  payload: Payload,
  locale: Locale,
  { format = 'rss' }: { format?: FeedFormat } = {},
): Promise<string> {
  return renderFeed(await readFeedData(payload, locale), locale, format)
}

/** The feed's data, cached until one of its collections or the site settings change. */
export const getFeedData = cached('feed', [...FEED_COLLECTIONS, 'site-settings'], async (locale: Locale) =>
  readFeedData(await payloadClient(), locale),
)

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}
