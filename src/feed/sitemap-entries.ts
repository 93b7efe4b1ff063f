/**
 * What /sitemap.xml lists: every published document with a page of its own and the list
 * pages, each in every locale, with hreflang alternates (en, fr, x-default) and the date
 * it last changed. FAQs and events have no page of their own (they are anchors on /faq
 * and /events; search engines drop URL fragments), so they date their list page instead.
 * /contribute shows no content of its own: it dates itself by the site settings (its form and
 * the layout come from them). /search is left out: robots.txt keeps crawlers off result pages.
 * src/feed/sitemap-xml.ts writes them out as sitemaps.org 0.9 XML.
 */
import type { MetadataRoute } from 'next'
import type { CollectionSlug, Payload } from 'payload'
import { cached } from '../data/cache'
import { payloadClient, publicRead } from '../data/payload'
import { listAlsoOf, LISTED_COLLECTIONS, SITEMAP_COLLECTIONS, type ListedCollection } from '../lib/collections'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/languages'
import { absoluteUrl, alternates, documentPath, listPath, routes } from '../lib/routes'

export type SitemapEntry = MetadataRoute.Sitemap[number]

/** Collections whose documents have their own page (the registry's `sitemap`). */
export const PAGE_COLLECTIONS = SITEMAP_COLLECTIONS

/** Other collections a collection's list page shows (principles: themes). */
const listAlso = (collection: ListedCollection) => listAlsoOf(collection) as readonly CollectionSlug[]

/** Listed collections without pages of their own (FAQs, events): they date their list page. */
const LIST_ONLY = LISTED_COLLECTIONS.filter((c) => !(PAGE_COLLECTIONS as readonly string[]).includes(c))

/** Everything the sitemap reads (for its cache tags); themes for the home page, sources for the credits. */
export const SITEMAP_SOURCES: readonly CollectionSlug[] = [
  ...new Set<CollectionSlug>([
    ...PAGE_COLLECTIONS,
    ...LIST_ONLY,
    ...LISTED_COLLECTIONS.flatMap(listAlso),
    'themes',
    'sources',
  ]),
]

/** List pages, and the collections whose changes change them. */
const LIST_PAGES: { path: (locale: Locale) => string; from: readonly CollectionSlug[]; settings?: true }[] = [
  { path: routes.home, from: ['principles', 'themes', 'resources', 'topics'] },
  ...LISTED_COLLECTIONS.map((collection) => ({
    path: (locale: Locale) => listPath(collection, locale),
    from: [collection, ...listAlso(collection)],
  })),
  { path: routes.credits, from: [...SITEMAP_SOURCES] },
  { path: routes.contribute, from: [], settings: true },
]

type Doc = { slug: string; updatedAt: string }

function entries(path: (locale: Locale) => string, lastModified: string | undefined): SitemapEntry[] {
  const paths = alternates(path)
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map(({ code }) => [code, absoluteUrl(paths[code])]),
  )
  languages['x-default'] = absoluteUrl(paths[DEFAULT_LOCALE])
  return LOCALES.map(({ code }) => ({
    url: absoluteUrl(paths[code]),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }))
}

const newest = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>((max, d) => (!max || Date.parse(d) > Date.parse(max) ? d : max), undefined)

/** The sitemap's entries, read as the anonymous public sees the hub (published only). */
export async function sitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const [settings, ...lists] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false }),
    ...SITEMAP_SOURCES.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        ...publicRead(DEFAULT_LOCALE),
        pagination: false,
        depth: 0,
        sort: 'slug',
        select: { slug: true, updatedAt: true },
      } as Parameters<Payload['find']>[0])
      return [collection, docs as unknown as Doc[]] as const
    }),
  ])
  const docs = Object.fromEntries(lists) as Partial<Record<CollectionSlug, Doc[]>>
  const result: SitemapEntry[] = []
  const everything = newest(Object.values(docs).flatMap((list) => (list ?? []).map((d) => d.updatedAt)))
  const settingsDate = settings.updatedAt ?? everything
  for (const page of LIST_PAGES) {
    const dates = page.from.flatMap((c) => (docs[c] ?? []).map((d) => d.updatedAt))
    result.push(...entries(page.path, newest(page.settings && settingsDate ? [...dates, settingsDate] : dates)))
  }
  for (const collection of PAGE_COLLECTIONS) {
    for (const doc of docs[collection] ?? []) {
      result.push(...entries((locale) => documentPath(collection, doc.slug, locale), doc.updatedAt))
    }
  }
  return result
}

/** The sitemap, cached until a collection it reads changes. */
export const getSitemapEntries = cached('sitemap', [...SITEMAP_SOURCES, 'site-settings'], async () =>
  sitemapEntries(await payloadClient()),
)
