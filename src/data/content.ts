/**
 * What the public pages read. Every fetcher reads as an anonymous visitor (published
 * only), is cached until one of the collections it names changes (src/data/cache.ts),
 * and says whether a French page is falling back to English.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import type { Locale } from '../lib/languages'
import type { PublicCollection } from '../lib/routes'
import type { Event, Faq, GlossaryTerm, Page, Practice, Principle, Resource, Source, Theme, Topic } from '../payload-types'
import { VERSIONS_PER_DOCUMENT } from '../collections/content'
import { cached } from './cache'
import { joined, payloadClient, populated, PUBLISHED, previewRead, publicRead } from './payload'

export type Localised<T> = { doc: T; fallback: boolean }

/** True when the document has no translation in `locale` (its title field is empty there). */
async function isFallback(payload: Payload, collection: CollectionSlug, id: number, locale: Locale, titleField: string, draft = false): Promise<boolean> {
  if (locale === 'en') return false
  const doc = (await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    ...(draft ? { overrideAccess: true, draft: true } : { overrideAccess: false, draft: false }),
    depth: 0,
    select: { [titleField]: true },
  } as Parameters<Payload['findByID']>[0])) as unknown as Record<string, unknown>
  return !doc?.[titleField]
}

async function findOne<T>(
  payload: Payload,
  collection: CollectionSlug,
  slug: string,
  locale: Locale,
  extra: Record<string, unknown> = {},
  draft = false,
): Promise<T | null> {
  const { docs } = await payload.find({
    collection,
    ...(draft ? previewRead(locale) : publicRead(locale)),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...extra,
  } as Parameters<Payload['find']>[0])
  return (docs[0] as T | undefined) ?? null
}

async function localised<T extends { id: number }>(
  payload: Payload,
  collection: CollectionSlug,
  doc: T | null,
  locale: Locale,
  titleField = 'title',
  draft = false,
): Promise<Localised<T> | null> {
  if (!doc) return null
  return { doc, fallback: await isFallback(payload, collection, doc.id, locale, titleField, draft) }
}

// ---------------------------------------------------------------- people and dates

/** Who curated (created) and who reviewed a document, by their public names. */
export type People = { curatedBy?: string; reviewedBy?: string }

/** What every document page shows besides the document: its people and when it was first published. */
export type Editorial = { people: People; firstPublishedAt: string }

type UserRef = number | { id: number } | null | undefined
type WithPeople = { createdBy?: UserRef; reviewedBy?: UserRef }

const userId = (ref: UserRef): number | null => (typeof ref === 'object' && ref !== null ? ref.id : typeof ref === 'number' ? ref : null)

/**
 * The public names of these users, and nothing else about them. Anonymous visitors
 * cannot read users (emails never leave the admin), so this one lookup skips access
 * control and selects only `name`; every fetcher that calls it names 'users' among its
 * cache tags (expired when a user changes their name: src/collections/Users).
 */
async function userNames(payload: Payload, ids: Iterable<number | null>): Promise<Map<number, string>> {
  const unique = [...new Set([...ids].filter((id): id is number => typeof id === 'number'))]
  if (!unique.length) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    overrideAccess: true,
    select: { name: true },
    depth: 0,
    limit: unique.length,
    pagination: false,
  })
  return new Map(docs.flatMap((user) => (typeof user.name === 'string' && user.name.trim() ? [[user.id, user.name.trim()] as const] : [])))
}

/** The curator and reviewer names of each document, in one lookup. */
async function peopleOf(payload: Payload, docs: WithPeople[]): Promise<People[]> {
  const names = await userNames(payload, docs.flatMap((d) => [userId(d.createdBy), userId(d.reviewedBy)]))
  return docs.map((d) => {
    const curatedBy = names.get(userId(d.createdBy) ?? NaN)
    const reviewedBy = names.get(userId(d.reviewedBy) ?? NaN)
    return { ...(curatedBy ? { curatedBy } : {}), ...(reviewedBy ? { reviewedBy } : {}) }
  })
}

/**
 * When a document was first published: its oldest published version. Versions are
 * pruned beyond VERSIONS_PER_DOCUMENT, so when some may be gone (or none is found) the
 * document's creation date stands in. Reads only version timestamps, as the server.
 */
async function firstPublishedAt(payload: Payload, collection: CollectionSlug, doc: { id: number; createdAt: string }): Promise<string> {
  const [first, all] = await Promise.all([
    payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    } as Parameters<Payload['findVersions']>[0]),
    payload.countVersions({ collection, where: { parent: { equals: doc.id } }, overrideAccess: true } as Parameters<Payload['countVersions']>[0]),
  ])
  const oldest = first.docs[0]?.createdAt
  return oldest && all.totalDocs < VERSIONS_PER_DOCUMENT ? oldest : doc.createdAt
}

/** People and first publication of one document, read together. */
async function editorialOf(payload: Payload, collection: CollectionSlug, doc: WithPeople & { id: number; createdAt: string }): Promise<Editorial> {
  const [[people], first] = await Promise.all([peopleOf(payload, [doc]), firstPublishedAt(payload, collection, doc)])
  return { people: people ?? {}, firstPublishedAt: first }
}

// ---------------------------------------------------------------- principles

export type ThemeWithPrinciples = Pick<Theme, 'id' | 'title' | 'slug' | 'summary'> & {
  principles: Pick<Principle, 'id' | 'title' | 'slug' | 'summary'>[]
}

/** Published principles grouped under their themes, both in editorial order. */
export const getPrinciplesByTheme = cached('principles-by-theme', ['themes', 'principles'], async (locale: Locale): Promise<ThemeWithPrinciples[]> => {
  const payload = await payloadClient()
  const [themes, principles] = await Promise.all([
    payload.find({ collection: 'themes', ...publicRead(locale), sort: 'order', pagination: false, depth: 0, select: { title: true, slug: true, summary: true } }),
    payload.find({
      collection: 'principles',
      ...publicRead(locale),
      sort: 'order',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, summary: true, theme: true },
    }),
  ])
  return themes.docs
    .map((theme) => ({
      id: theme.id,
      title: theme.title,
      slug: theme.slug,
      summary: theme.summary,
      principles: principles.docs
        .filter((p) => (typeof p.theme === 'object' ? p.theme?.id : p.theme) === theme.id)
        .map(({ id, title, slug, summary }) => ({ id, title, slug, summary })),
    }))
    .filter((theme) => theme.principles.length > 0)
})

export type PrincipleView = Localised<Principle> & Editorial & { practices: Practice[]; topics: Topic[]; theme: Theme | null }

export const getPrinciple = cached(
  'principle',
  ['principles', 'themes', 'practices', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<PrincipleView | null> => {
    const payload = await payloadClient()
    const doc = await findOne<Principle>(payload, 'principles', slug, locale, {
      joins: { practices: { limit: 100, where: PUBLISHED, sort: 'order' } },
    }, draft)
    const view = await localised(payload, 'principles', doc, locale, 'title', draft)
    if (!view) return null
    return {
      ...view,
      ...(await editorialOf(payload, 'principles', view.doc)),
      practices: joined(view.doc.practices as { docs?: (number | Practice)[] }),
      topics: populated(view.doc.topics),
      theme: typeof view.doc.theme === 'object' && view.doc.theme?._status === 'published' ? view.doc.theme : null,
    }
  },
)

// ---------------------------------------------------------------- practices

export type PracticeView = Localised<Practice> & Editorial & { principles: Principle[]; topics: Topic[] }

export const getPractice = cached('practice', ['practices', 'principles', 'topics', 'sources', 'users'], async (locale: Locale, slug: string, draft: boolean = false) => {
  const payload = await payloadClient()
  const view = await localised(payload, 'practices', await findOne<Practice>(payload, 'practices', slug, locale, {}, draft), locale, 'title', draft)
  if (!view) return null
  return {
    ...view,
    ...(await editorialOf(payload, 'practices', view.doc)),
    principles: populated(view.doc.principles),
    topics: populated(view.doc.topics),
  } satisfies PracticeView
})

// ---------------------------------------------------------------- resources

export type ResourceCard = Pick<Resource, 'id' | 'title' | 'slug' | 'summary' | 'url' | 'kind' | 'language' | 'year' | 'createdAt' | 'updatedAt'>
const CARD_SELECT = { title: true, slug: true, summary: true, url: true, kind: true, language: true, year: true, createdAt: true, updatedAt: true } as const

export const getNewestResources = cached('newest-resources', ['resources'], async (locale: Locale, limit: number): Promise<ResourceCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'resources', ...publicRead(locale), sort: '-createdAt', limit, depth: 0, select: CARD_SELECT })
  return docs as ResourceCard[]
})

export const RESOURCES_PER_PAGE = 20

export type ResourceFilters = { ids?: number[] | null; topic?: number; kind?: string; language?: string; page: number }
export type ResourcePage = { docs: ResourceCard[]; total: number; page: number; pages: number }

/**
 * One page of the resources list. `ids` (from full-text search, best first) limits
 * the list and decides its order; without it, newest first.
 */
export const listResources = cached('resources-list', ['resources'], async (locale: Locale, filters: ResourceFilters): Promise<ResourcePage> => {
  const payload = await payloadClient()
  const and: Where[] = []
  if (filters.topic) and.push({ topics: { in: [filters.topic] } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.language) and.push({ language: { equals: filters.language } })
  const page = Math.max(1, filters.page)
  if (filters.ids) {
    if (filters.ids.length === 0) return { docs: [], total: 0, page: 1, pages: 1 }
    // keep the search's ranking: filter in the database, order and page here
    const { docs } = await payload.find({
      collection: 'resources',
      ...publicRead(locale),
      where: { and: [...and, { id: { in: filters.ids } }] },
      pagination: false,
      depth: 0,
      select: CARD_SELECT,
    })
    const rank = new Map(filters.ids.map((id, i) => [id, i]))
    const sorted = (docs as ResourceCard[]).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
    const pages = Math.max(1, Math.ceil(sorted.length / RESOURCES_PER_PAGE))
    return { docs: sorted.slice((page - 1) * RESOURCES_PER_PAGE, page * RESOURCES_PER_PAGE), total: sorted.length, page, pages }
  }
  const result = await payload.find({
    collection: 'resources',
    ...publicRead(locale),
    where: and.length ? { and } : undefined,
    sort: '-createdAt',
    limit: RESOURCES_PER_PAGE,
    page,
    depth: 0,
    select: CARD_SELECT,
  })
  return { docs: result.docs as ResourceCard[], total: result.totalDocs, page: result.page ?? page, pages: Math.max(1, result.totalPages) }
})

export type ResourceView = Localised<Resource> & Editorial & { topics: Topic[]; publisher: Source | null; related: ResourceCard[] }

export const getResource = cached('resource', ['resources', 'topics', 'sources', 'users'], async (locale: Locale, slug: string, draft: boolean = false): Promise<ResourceView | null> => {
  const payload = await payloadClient()
  const view = await localised(payload, 'resources', await findOne<Resource>(payload, 'resources', slug, locale, {}, draft), locale, 'title', draft)
  if (!view) return null
  const topics = populated(view.doc.topics)
  const [editorial, related] = await Promise.all([
    editorialOf(payload, 'resources', view.doc),
    topics.length
      ? payload
          .find({
            collection: 'resources',
            ...publicRead(locale),
            where: { and: [{ topics: { in: topics.map((t) => t.id) } }, { id: { not_equals: view.doc.id } }] },
            sort: '-createdAt',
            limit: 4,
            depth: 0,
            select: CARD_SELECT,
          })
          .then((found) => found.docs as ResourceCard[])
      : Promise.resolve([] as ResourceCard[]),
  ])
  const publisher = typeof view.doc.publisher === 'object' && view.doc.publisher?._status === 'published' ? view.doc.publisher : null
  return { ...view, ...editorial, topics, publisher, related }
})

// ---------------------------------------------------------------- topics

export type TopicCard = Pick<Topic, 'id' | 'title' | 'slug' | 'summary' | 'featured'>

export const listTopics = cached('topics-list', ['topics'], async (locale: Locale): Promise<TopicCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    ...publicRead(locale),
    sort: 'order',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, summary: true, featured: true },
  })
  return docs as TopicCard[]
})

export type TopicView = Localised<Topic> & Editorial & {
  principles: Principle[]
  practices: Practice[]
  faqs: Faq[]
  glossaryTerms: GlossaryTerm[]
  resources: Resource[]
}

export const getTopic = cached(
  'topic',
  ['topics', 'principles', 'practices', 'faqs', 'glossary-terms', 'resources', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<TopicView | null> => {
    const payload = await payloadClient()
    const join = (sort: string) => ({ limit: 100, where: PUBLISHED, sort })
    const doc = await findOne<Topic>(payload, 'topics', slug, locale, {
      joins: {
        principles: join('order'),
        practices: join('order'),
        faqs: join('order'),
        glossaryTerms: join('slug'),
        resources: join('-createdAt'),
      },
    }, draft)
    const view = await localised(payload, 'topics', doc, locale, 'title', draft)
    if (!view) return null
    const d = view.doc
    return {
      ...view,
      ...(await editorialOf(payload, 'topics', d)),
      principles: joined(d.principles as { docs?: (number | Principle)[] }),
      practices: joined(d.practices as { docs?: (number | Practice)[] }),
      faqs: joined(d.faqs as { docs?: (number | Faq)[] }),
      glossaryTerms: joined(d.glossaryTerms as { docs?: (number | GlossaryTerm)[] }),
      resources: joined(d.resources as { docs?: (number | Resource)[] }),
    }
  },
)

// ---------------------------------------------------------------- glossary

export type TermCard = Pick<GlossaryTerm, 'id' | 'term' | 'slug' | 'summary'>

export const listGlossary = cached('glossary-list', ['glossary-terms'], async (locale: Locale): Promise<TermCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    ...publicRead(locale),
    pagination: false,
    depth: 0,
    select: { term: true, slug: true, summary: true },
  })
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return (docs as TermCard[]).sort((a, b) => collator.compare(a.term, b.term))
})

export type TermView = Localised<GlossaryTerm> & Editorial & { related: GlossaryTerm[]; learnMore: Resource[]; topics: Topic[] }

export const getGlossaryTerm = cached(
  'glossary-term',
  ['glossary-terms', 'resources', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<TermView | null> => {
    const payload = await payloadClient()
    const view = await localised(payload, 'glossary-terms', await findOne<GlossaryTerm>(payload, 'glossary-terms', slug, locale, {}, draft), locale, 'term', draft)
    if (!view) return null
    return {
      ...view,
      ...(await editorialOf(payload, 'glossary-terms', view.doc)),
      related: populated(view.doc.relatedTerms),
      learnMore: populated(view.doc.learnMore),
      topics: populated(view.doc.topics),
    }
  },
)

// ---------------------------------------------------------------- faq, events, pages

export type FaqEntry = Faq & { people: People }

/** Every published question, each with its curator and reviewer (one users lookup for all). */
export const listFaqs = cached('faqs-list', ['faqs', 'sources', 'users'], async (locale: Locale, draft: boolean = false): Promise<FaqEntry[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'faqs', ...(draft ? previewRead(locale) : publicRead(locale)), sort: 'order', pagination: false, depth: 1 })
  const people = await peopleOf(payload, docs)
  return docs.map((doc, i) => ({ ...doc, people: people[i] ?? {} }))
})

/**
 * When the FAQ page was first published: the oldest published version of a question
 * still on it, else the oldest question's creation date; null with no questions.
 */
export const getFaqsFirstPublishedAt = cached('faqs-first-published', ['faqs'], async (): Promise<string | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'faqs', ...publicRead('en'), pagination: false, depth: 0, select: { createdAt: true } })
  if (!docs.length) return null
  const dates = await Promise.all(docs.map((doc) => firstPublishedAt(payload, 'faqs', doc)))
  return dates.sort()[0] ?? null
})

export const listEvents = cached('events-list', ['events'], async (locale: Locale, draft: boolean = false): Promise<Event[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'events', ...(draft ? previewRead(locale) : publicRead(locale)), sort: 'startDate', pagination: false, depth: 0 })
  return docs
})

export type PageView = Localised<Page> & Editorial

export const getPage = cached('page', ['pages', 'sources', 'users'], async (locale: Locale, slug: string, draft: boolean = false): Promise<PageView | null> => {
  const payload = await payloadClient()
  const view = await localised(payload, 'pages', await findOne<Page>(payload, 'pages', slug, locale, {}, draft), locale, 'title', draft)
  return view ? { ...view, ...(await editorialOf(payload, 'pages', view.doc)) } : null
})

// ---------------------------------------------------------------- credits

export type CreditedItem = { collection: CollectionSlug; slug: string; title: string; role: string; note?: string | null }
export type SourceCredits = { source: Source; items: CreditedItem[]; published: ResourceCard[] }

const CREDITING = [
  ['creditedInPrinciples', 'principles', 'title'],
  ['creditedInResources', 'resources', 'title'],
  ['creditedInTopics', 'topics', 'title'],
  ['creditedInGlossaryTerms', 'glossary-terms', 'term'],
  ['creditedInPractices', 'practices', 'title'],
  ['creditedInFaqs', 'faqs', 'question'],
  ['creditedInEvents', 'events', 'title'],
  ['creditedInPages', 'pages', 'title'],
] as const

/** Every published source, with what the hub drew from it (published items only) and in which role. */
export const getCredits = cached(
  'credits',
  ['sources', 'principles', 'resources', 'topics', 'glossary-terms', 'practices', 'faqs', 'events', 'pages'],
  async (locale: Locale): Promise<SourceCredits[]> => {
    const payload = await payloadClient()
    const joins = Object.fromEntries([
      ...CREDITING.map(([name]) => [name, { limit: 200, where: PUBLISHED }]),
      ['publishedResources', { limit: 200, where: PUBLISHED, sort: '-createdAt' }],
    ])
    const { docs } = await payload.find({ collection: 'sources', ...publicRead(locale), sort: 'title', pagination: false, depth: 1, joins })
    return docs.map((source) => {
      const items: CreditedItem[] = []
      for (const [name, collection, titleField] of CREDITING) {
        for (const item of joined((source as unknown as Record<string, { docs?: (number | Record<string, unknown>)[] }>)[name] as never) as Record<string, unknown>[]) {
          const credits = (item.credits as { source?: number | { id: number }; role: string; note?: string | null }[] | undefined) ?? []
          for (const credit of credits) {
            const id = typeof credit.source === 'object' ? credit.source?.id : credit.source
            if (id !== source.id) continue
            items.push({ collection, slug: String(item.slug), title: String(item[titleField] ?? ''), role: credit.role, note: credit.note })
          }
        }
      }
      const published = joined(source.publishedResources as { docs?: (number | Resource)[] }) as ResourceCard[]
      return { source, items, published }
    })
  },
)

// ---------------------------------------------------------------- community contributors

export type CommunityCredit = { name: string; items: { collection: PublicCollection; slug: string; title: string; contribution: 'suggested' | 'corrected' }[] }

const TITLE_OF: Record<PublicCollection, string> = {
  principles: 'title', resources: 'title', topics: 'title', 'glossary-terms': 'term', practices: 'title', faqs: 'question', events: 'title', pages: 'title',
}

/** Everyone credited by name on published content, with what they suggested or corrected. */
export const getCommunityCredits = cached(
  'community-credits',
  ['principles', 'resources', 'topics', 'glossary-terms', 'practices', 'faqs', 'events', 'pages'],
  async (locale: Locale): Promise<CommunityCredit[]> => {
    const payload = await payloadClient()
    const byName = new Map<string, CommunityCredit>()
    for (const collection of Object.keys(TITLE_OF) as PublicCollection[]) {
      const titleField = TITLE_OF[collection]
      const { docs } = await payload.find({
        collection,
        ...publicRead(locale),
        where: { 'contributors.name': { exists: true } },
        pagination: false,
        depth: 0,
        select: { [titleField]: true, slug: true, contributors: true },
      } as Parameters<Payload['find']>[0])
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const c of (doc.contributors as { name: string; contribution: 'suggested' | 'corrected' }[] | undefined) ?? []) {
          const entry = byName.get(c.name) ?? { name: c.name, items: [] }
          entry.items.push({ collection, slug: String(doc.slug), title: String(doc[titleField] ?? ''), contribution: c.contribution })
          byName.set(c.name, entry)
        }
      }
    }
    const collator = new Intl.Collator(locale, { sensitivity: 'base' })
    return [...byName.values()].sort((a, b) => collator.compare(a.name, b.name))
  },
)

// ---------------------------------------------------------------- curators and reviewers

export type PersonCredit = {
  name: string
  items: { collection: PublicCollection; slug: string; title: string; role: 'curated' | 'reviewed' }[]
}

/**
 * Everyone who curated (created) or reviewed published content, by their public name,
 * with what they curated or reviewed. Drafts are not read (anonymous visitor), and of a
 * user nothing but the name is looked up.
 */
export const getPeopleCredits = cached(
  'people-credits',
  ['users', 'principles', 'resources', 'topics', 'glossary-terms', 'practices', 'faqs', 'events', 'pages'],
  async (locale: Locale): Promise<PersonCredit[]> => {
    const payload = await payloadClient()
    const found = await Promise.all(
      (Object.keys(TITLE_OF) as PublicCollection[]).map(async (collection) => {
        const titleField = TITLE_OF[collection]
        const { docs } = await payload.find({
          collection,
          ...publicRead(locale),
          where: { or: [{ createdBy: { exists: true } }, { reviewedBy: { exists: true } }] },
          sort: titleField,
          pagination: false,
          depth: 0,
          select: { [titleField]: true, slug: true, createdBy: true, reviewedBy: true },
        } as Parameters<Payload['find']>[0])
        return (docs as unknown as (WithPeople & Record<string, unknown>)[]).map((doc) => ({
          collection,
          slug: String(doc.slug),
          title: String(doc[titleField] ?? ''),
          curator: userId(doc.createdBy),
          reviewer: userId(doc.reviewedBy),
        }))
      }),
    )
    const docs = found.flat()
    const names = await userNames(payload, docs.flatMap((d) => [d.curator, d.reviewer]))
    const byUser = new Map<number, PersonCredit>()
    const add = (user: number | null, item: PersonCredit['items'][number]) => {
      const name = user === null ? undefined : names.get(user)
      if (user === null || !name) return
      const entry = byUser.get(user) ?? { name, items: [] }
      entry.items.push(item)
      byUser.set(user, entry)
    }
    for (const { curator, reviewer, ...item } of docs) {
      add(curator, { ...item, role: 'curated' })
      add(reviewer, { ...item, role: 'reviewed' })
    }
    const collator = new Intl.Collator(locale, { sensitivity: 'base' })
    return [...byUser.values()].sort((a, b) => collator.compare(a.name, b.name))
  },
)
