/**
 * The /credits page: every source with what the hub drew from it, the community members
 * credited by name, and the curators and reviewers of published content.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { Locale } from '../lib/languages'
import { PUBLIC_COLLECTIONS, TITLE_FIELD, type PublicCollection } from '../lib/collections'
import type { Resource, Source } from '../payload-types'
import { cached } from './cache'
import { userId, userNames, type WithPeople } from './editorial'
import { joined, payloadClient, PUBLISHED, publicRead } from './payload'
import type { ResourceCard } from './resources'

export type CreditedItem = {
  collection: CollectionSlug
  slug: string
  title: string
  role: string
  note?: string | null
}
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
    const { docs } = await payload.find({
      collection: 'sources',
      ...publicRead(locale),
      sort: 'title',
      pagination: false,
      depth: 1,
      joins,
    })
    return docs.map((source) => {
      const items: CreditedItem[] = []
      for (const [name, collection, titleField] of CREDITING) {
        for (const item of joined(
          (source as unknown as Record<string, { docs?: (number | Record<string, unknown>)[] }>)[name] as never,
        ) as Record<string, unknown>[]) {
          const credits =
            (item.credits as { source?: number | { id: number }; role: string; note?: string | null }[] | undefined) ??
            []
          for (const credit of credits) {
            const id = typeof credit.source === 'object' ? credit.source?.id : credit.source
            if (id !== source.id) continue
            items.push({
              collection,
              slug: String(item.slug),
              title: String(item[titleField] ?? ''),
              role: credit.role,
              note: credit.note,
            })
          }
        }
      }
      const published = joined(source.publishedResources as { docs?: (number | Resource)[] }) as ResourceCard[]
      return { source, items, published }
    })
  },
)

// ---------------------------------------------------------------- community contributors

export type CommunityCredit = {
  name: string
  items: { collection: PublicCollection; slug: string; title: string; contribution: 'suggested' | 'corrected' }[]
}

/** Everyone credited by name on published content, with what they suggested or corrected. */
export const getCommunityCredits = cached(
  'community-credits',
  [...PUBLIC_COLLECTIONS],
  async (locale: Locale): Promise<CommunityCredit[]> => {
    const payload = await payloadClient()
    const byName = new Map<string, CommunityCredit>()
    for (const collection of PUBLIC_COLLECTIONS) {
      const titleField = TITLE_FIELD[collection]
      const { docs } = await payload.find({
        collection,
        ...publicRead(locale),
        where: { 'contributors.name': { exists: true } },
        pagination: false,
        depth: 0,
        select: { [titleField]: true, slug: true, contributors: true },
      } as Parameters<Payload['find']>[0])
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const c of (doc.contributors as { name: string; contribution: 'suggested' | 'corrected' }[] | undefined) ??
          []) {
          const entry = byName.get(c.name) ?? { name: c.name, items: [] }
          entry.items.push({
            collection,
            slug: String(doc.slug),
            title: String(doc[titleField] ?? ''),
            contribution: c.contribution,
          })
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
  ['users', ...PUBLIC_COLLECTIONS],
  async (locale: Locale): Promise<PersonCredit[]> => {
    const payload = await payloadClient()
    const found = await Promise.all(
      PUBLIC_COLLECTIONS.map(async (collection) => {
        const titleField = TITLE_FIELD[collection]
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
    const names = await userNames(
      payload,
      docs.flatMap((d) => [d.curator, d.reviewer]),
    )
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
