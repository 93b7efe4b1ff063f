/** Resources: the newest for the home page, the filtered and searched list, and one with its related resources. */
import type { Where } from 'payload'
import type { Locale } from '../lib/languages'
import type { Resource, Source, Topic } from '../payload-types'
import { cached } from './cache'
import { editorialOf, type Editorial } from './editorial'
import { payloadClient, populated, publicRead } from './payload'
import { findOne, localised, type Localised } from './query'

export type ResourceCard = Pick<
  Resource,
  'id' | 'title' | 'slug' | 'summary' | 'url' | 'kind' | 'language' | 'year' | 'createdAt' | 'updatedAt'
>
const CARD_SELECT = {
  title: true,
  slug: true,
  summary: true,
  url: true,
  kind: true,
  language: true,
  year: true,
  createdAt: true,
  updatedAt: true,
} as const

export const getNewestResources = cached(
  'newest-resources',
  ['resources'],
  async (locale: Locale, limit: number): Promise<ResourceCard[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'resources',
      ...publicRead(locale),
      sort: '-createdAt',
      limit,
      depth: 0,
      select: CARD_SELECT,
    })
    return docs as ResourceCard[]
  },
)

export const RESOURCES_PER_PAGE = 20

export type ResourceFilters = { ids?: number[] | null; topic?: number; kind?: string; language?: string; page: number }
export type ResourcePage = { docs: ResourceCard[]; total: number; page: number; pages: number }

/**
 * One page of the resources list. `ids` (from full-text search, best first) limits
 * the list and decides its order; without it, newest first.
 */
export const listResources = cached(
  'resources-list',
  ['resources'],
  async (locale: Locale, filters: ResourceFilters): Promise<ResourcePage> => {
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
      return {
        docs: sorted.slice((page - 1) * RESOURCES_PER_PAGE, page * RESOURCES_PER_PAGE),
        total: sorted.length,
        page,
        pages,
      }
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
    return {
      docs: result.docs as ResourceCard[],
      total: result.totalDocs,
      page: result.page ?? page,
      pages: Math.max(1, result.totalPages),
    }
  },
)

export type ResourceView = Localised<Resource> &
  Editorial & { topics: Topic[]; publisher: Source | null; related: ResourceCard[] }

export const getResource = cached(
  'resource',
  ['resources', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<ResourceView | null> => {
    const payload = await payloadClient()
    // not findDocument: the people and dates are read alongside the related resources
    const view = await localised(
      payload,
      'resources',
      await findOne<Resource>(payload, 'resources', slug, locale, {}, draft),
      locale,
      'title',
      draft,
    )
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
    const publisher =
      typeof view.doc.publisher === 'object' && view.doc.publisher?._status === 'published' ? view.doc.publisher : null
    return { ...view, ...editorial, topics, publisher, related }
  },
)
