/**
 * The public collections, described once: where their documents live on the site, their
 * table, their title field, and what previews, the sitemap and search do with them. Routes
 * (routes.ts), the proxy's path shapes (public-paths.ts), the reserved page slugs, the
 * sitemap, previews, search, moderation and status pages all derive from this.
 *
 * Pure data, no Payload or Next imports: the proxy runs it before any page.
 *
 * Adding a collection with a public page: one entry here, plus its page files.
 */
import { LOCALES } from './languages'

/**
 * Where one document is shown:
 * - `section`: a page of its own at `/<segment>/<slug>`;
 * - `root`: a page of its own at `/<slug>` (free pages);
 * - `anchor`: no page of its own, a stable anchor on its list page (`<list>#<slug>`).
 */
export type Placement = { kind: 'section'; segment: string } | { kind: 'root' } | { kind: 'anchor' }

export type CollectionInfo = {
  /** Payload's table name for the collection (`glossary-terms` → `glossary_terms`) */
  table: string
  /** the field a document is titled by */
  titleField: string
  placement: Placement
  /** the list page, when there is one (an anchored collection needs one) */
  list: string | null
  /** other collections the list page shows: a change to them dates it in the sitemap */
  listAlso?: readonly string[]
  /** the admin's Preview button opens the document on the public site */
  preview: boolean
  /** each document is in the sitemap (anchors are not: search engines drop URL fragments) */
  sitemap: boolean
  /** site-wide search: `label` is the key under `Search.types` in the messages; summary and body are columns */
  search: { label: string; summary: string | null; body: string } | null
}

export const PUBLIC_COLLECTION_INFO = {
  principles: {
    table: 'principles',
    titleField: 'title',
    placement: { kind: 'section', segment: 'principles' },
    list: '/principles',
    listAlso: ['themes'],
    preview: true,
    sitemap: true,
    search: { label: 'principles', summary: 'summary', body: 'explanation' },
  },
  resources: {
    table: 'resources',
    titleField: 'title',
    placement: { kind: 'section', segment: 'resources' },
    list: '/resources',
    preview: true,
    sitemap: true,
    search: { label: 'resources', summary: 'summary', body: 'notes' },
  },
  topics: {
    table: 'topics',
    titleField: 'title',
    placement: { kind: 'section', segment: 'topics' },
    list: '/topics',
    preview: true,
    sitemap: true,
    search: { label: 'topics', summary: 'summary', body: 'body' },
  },
  'glossary-terms': {
    table: 'glossary_terms',
    titleField: 'term',
    placement: { kind: 'section', segment: 'glossary' },
    list: '/glossary',
    preview: true,
    sitemap: true,
    search: { label: 'glossary-terms', summary: 'summary', body: 'definition' },
  },
  // shown on their topics and principles; no list page of their own
  practices: {
    table: 'practices',
    titleField: 'title',
    placement: { kind: 'section', segment: 'practices' },
    list: null,
    preview: true,
    sitemap: true,
    search: { label: 'practices', summary: 'summary', body: 'body' },
  },
  faqs: {
    table: 'faqs',
    titleField: 'question',
    placement: { kind: 'anchor' },
    list: '/faq',
    preview: true,
    sitemap: false,
    search: { label: 'faqs', summary: null, body: 'answer' },
  },
  events: {
    table: 'events',
    titleField: 'title',
    placement: { kind: 'anchor' },
    list: '/events',
    preview: true,
    sitemap: false,
    search: null,
  },
  pages: {
    table: 'pages',
    titleField: 'title',
    placement: { kind: 'root' },
    list: null,
    preview: true,
    sitemap: true,
    search: null,
  },
} as const satisfies Record<string, CollectionInfo>

type Registry = typeof PUBLIC_COLLECTION_INFO

/** Collections with a public page or anchor of their own. */
export type PublicCollection = keyof Registry

/** In the registry's order (loops over the collections keep it). */
export const PUBLIC_COLLECTIONS = Object.keys(PUBLIC_COLLECTION_INFO) as PublicCollection[]

export const isPublicCollection = (slug: string): slug is PublicCollection =>
  Object.hasOwn(PUBLIC_COLLECTION_INFO, slug)

const info = (collection: PublicCollection): CollectionInfo => PUBLIC_COLLECTION_INFO[collection]

/** The registry's collections whose entry passes `test`, in order. */
const where = (test: (entry: CollectionInfo) => boolean): PublicCollection[] =>
  PUBLIC_COLLECTIONS.filter((c) => test(info(c)))

/** Collections with a list page. */
export type ListedCollection = {
  [K in PublicCollection]: Registry[K]['list'] extends string ? K : never
}[PublicCollection]
/** Collections whose documents have a page of their own. */
export type PagedCollection = {
  [K in PublicCollection]: Registry[K]['placement']['kind'] extends 'anchor' ? never : K
}[PublicCollection]
/** Database tables of the collections with a page per document. */
export type DocumentTable = Registry[PagedCollection]['table']
export type PreviewCollection = {
  [K in PublicCollection]: Registry[K]['preview'] extends true ? K : never
}[PublicCollection]
export type SearchableCollection = {
  [K in PublicCollection]: Registry[K]['search'] extends null ? never : K
}[PublicCollection]
export type SearchLabel = NonNullable<Registry[SearchableCollection]['search']>['label']

/** The field each collection is titled by. */
export const TITLE_FIELD = Object.fromEntries(PUBLIC_COLLECTIONS.map((c) => [c, info(c).titleField])) as Record<
  PublicCollection,
  string
>

export const LISTED_COLLECTIONS = where((e) => e.list !== null) as ListedCollection[]
export const PREVIEW_COLLECTIONS = where((e) => e.preview) as PreviewCollection[]
export const SITEMAP_COLLECTIONS = where((e) => e.sitemap) as PagedCollection[]
export const SEARCH_COLLECTIONS = where((e) => e.search !== null) as SearchableCollection[]

/** A list page's path, without the locale prefix. */
export const listPathOf = (collection: ListedCollection): string => info(collection).list!

/** Other collections a list page shows. */
export const listAlsoOf = (collection: ListedCollection): readonly string[] => info(collection).listAlso ?? []

/** A lookup table with no prototype: `/constructor/x` must not find Object's own properties. */
export const lookup = <T>(entries: Iterable<readonly [string, T]>): Readonly<Record<string, T>> =>
  Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries))

/** A document's path, without the locale prefix: `/glossary/allyship`, `/about`, `/faq#who-can-be-an-ally`. */
export function pathOf(collection: PublicCollection, slug: string): string {
  const { placement, list } = info(collection)
  if (placement.kind === 'section') return `/${placement.segment}/${slug}`
  if (placement.kind === 'root') return `/${slug}`
  return `${list}#${slug}`
}

/** `glossary` → `glossary-terms`: the collection shown at `/<segment>/<slug>`. */
export const SECTIONS: Readonly<Record<string, PagedCollection>> = lookup(
  PUBLIC_COLLECTIONS.flatMap((c) => {
    const { placement } = info(c)
    return placement.kind === 'section' ? [[placement.segment, c as PagedCollection]] : []
  }),
)

/** The collection at `/<slug>` (free pages), if any. */
export const ROOT_COLLECTION = where((e) => e.placement.kind === 'root')[0] as PagedCollection | undefined

/** Public pages that are no document and no collection's list. */
export const FIXED_PAGES = {
  home: '/',
  credits: '/credits',
  search: '/search',
  contribute: '/contribute',
  contributeCheck: '/contribute/check',
  contributeThanks: '/contribute/thanks',
  feed: '/feed.xml',
  pageNotFound: '/page-not-found',
  // the email digest (src/digest): the form, the link targets of its emails, and the outcome page
  subscribe: '/subscribe',
  subscribeConfirm: '/subscribe/confirm',
  subscribeUnsubscribe: '/subscribe/unsubscribe',
  subscribeDone: '/subscribe/done',
} as const

/** Pages one segment below these look their token up themselves: `/contribute/status/<token>`. */
export const TOKEN_PAGES = ['/contribute/status'] as const

/** Every path that is a page by its shape alone: the fixed pages and the lists. */
export const FIXED_PATHS: readonly string[] = [...Object.values(FIXED_PAGES), ...LISTED_COLLECTIONS.map(listPathOf)]

/**
 * First segments that are not the site's pages but must not be taken by a free page either:
 * the admin, the API, and names kept for the site's own files and routes.
 */
const RESERVED_SEGMENTS = ['admin', 'api', 'feed', 'sitemap', 'robots', 'next', 'preview', 'media']

const firstSegment = (path: string): string => path.split('/')[1] ?? ''

/** Slugs are lower-case words joined by hyphens (src/lib/slug.ts, which the proxy cannot import: slugify). */
export const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Slugs a free page (`/<slug>`) cannot take: every first path segment the site uses (locales, fixed
 * pages, lists, sections) and the reserved ones. Only slug-shaped ones: no page could take `feed.xml`.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...new Set([
    ...RESERVED_SEGMENTS,
    ...LOCALES.map(({ code }) => code),
    ...[...FIXED_PATHS, ...TOKEN_PAGES].map(firstSegment),
    ...Object.keys(SECTIONS),
  ]),
].filter((s) => SLUG_SHAPE.test(s))
