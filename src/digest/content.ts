/**
 * What a digest carries, read as an anonymous visitor (published content only): the items first
 * published since a date, and the glossary term of a given week.
 */
import type { Payload, Where } from 'payload'
import { firstPublishedAt } from '@/data/editorial'
import { PUBLIC_COLLECTIONS, TITLE_FIELD, type PublicCollection } from '@/lib/collections'
import type { Locale } from '@/lib/languages'
import { absoluteUrl, documentPath } from '@/lib/routes'
import type { DigestItem } from './email'

type Doc = { id: number; slug?: string | null; createdAt: string; summary?: string | null } & Record<string, unknown>

const MAX_PER_COLLECTION = 50

const item = (collection: PublicCollection, doc: Doc, locale: Locale): DigestItem => ({
  title: String(doc[TITLE_FIELD[collection]] ?? doc.slug),
  url: absoluteUrl(documentPath(collection, String(doc.slug), locale)),
  summary: typeof doc.summary === 'string' ? doc.summary : null,
})

async function publishedDocs(payload: Payload, collection: PublicCollection, locale: Locale, where: Where) {
  const { docs } = await payload.find({
    collection,
    where: { and: [{ _status: { equals: 'published' } }, where] },
    locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: MAX_PER_COLLECTION,
    sort: '-updatedAt',
    overrideAccess: false,
  })
  return docs as unknown as Doc[]
}

/** Items first published after `since` (and by `until`), in `locale`. */
export async function newlyPublished(
  payload: Payload,
  locale: Locale,
  since: Date,
  until: Date,
): Promise<DigestItem[]> {
  const out: DigestItem[] = []
  for (const collection of PUBLIC_COLLECTIONS) {
    // a document published since then was last updated since then: a cheap first cut
    const docs = await publishedDocs(payload, collection, locale, { updatedAt: { greater_than: since.toISOString() } })
    for (const doc of docs) {
      if (!doc.slug) continue
      const first = new Date(await firstPublishedAt(payload, collection, doc))
      if (first > since && first <= until) out.push(item(collection, doc, locale))
    }
  }
  return out
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** One published glossary term per week, taken in turn from the whole glossary. */
export async function termOfWeek(payload: Payload, locale: Locale, now: Date): Promise<DigestItem | null> {
  const { totalDocs } = await payload.count({
    collection: 'glossary-terms',
    where: { _status: { equals: 'published' } },
    overrideAccess: false,
  })
  if (!totalDocs) return null
  const week = Math.floor(now.getTime() / WEEK_MS)
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    where: { _status: { equals: 'published' } },
    locale,
    fallbackLocale: 'en',
    depth: 0,
    sort: 'id',
    limit: 1,
    page: (week % totalDocs) + 1,
    overrideAccess: false,
  })
  const doc = docs[0] as unknown as Doc | undefined
  return doc?.slug ? item('glossary-terms', doc, locale) : null
}
