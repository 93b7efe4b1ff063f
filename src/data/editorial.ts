/**
 * Who curated and reviewed published content, and when it was first published: shown on
 * every document page and the FAQ, and gathered on /credits.
 */
import type { CollectionSlug, Payload } from 'payload'
import { VERSIONS_PER_DOCUMENT } from '../collections/content'

/** Who curated (created) and who reviewed a document, by their public names. */
export type People = { curatedBy?: string; reviewedBy?: string }

/** What every document page shows besides the document: its people and when it was first published. */
export type Editorial = { people: People; firstPublishedAt: string }

type UserRef = number | { id: number } | null | undefined
export type WithPeople = { createdBy?: UserRef; reviewedBy?: UserRef }

export const userId = (ref: UserRef): number | null =>
  typeof ref === 'object' && ref !== null ? ref.id : typeof ref === 'number' ? ref : null

/**
 * The public names of these users, and nothing else about them. Anonymous visitors
 * cannot read users (emails never leave the admin), so this one lookup skips access
 * control and selects only `name`; every fetcher that calls it names 'users' among its
 * cache tags (expired when a user changes their name: src/collections/Users).
 */
export async function userNames(payload: Payload, ids: Iterable<number | null>): Promise<Map<number, string>> {
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
  return new Map(
    docs.flatMap((user) =>
      typeof user.name === 'string' && user.name.trim() ? [[user.id, user.name.trim()] as const] : [],
    ),
  )
}

/** The curator and reviewer names of each document, in one lookup. */
export async function peopleOf(payload: Payload, docs: WithPeople[]): Promise<People[]> {
  const names = await userNames(
    payload,
    docs.flatMap((d) => [userId(d.createdBy), userId(d.reviewedBy)]),
  )
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
export async function firstPublishedAt(
  payload: Payload,
  collection: CollectionSlug,
  doc: { id: number; createdAt: string },
): Promise<string> {
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
    payload.countVersions({ collection, where: { parent: { equals: doc.id } }, overrideAccess: true } as Parameters<
      Payload['countVersions']
    >[0]),
  ])
  const oldest = first.docs[0]?.createdAt
  return oldest && all.totalDocs < VERSIONS_PER_DOCUMENT ? oldest : doc.createdAt
}

/** People and first publication of one document, read together. */
export async function editorialOf(
  payload: Payload,
  collection: CollectionSlug,
  doc: WithPeople & { id: number; createdAt: string },
): Promise<Editorial> {
  const [[people], first] = await Promise.all([peopleOf(payload, [doc]), firstPublishedAt(payload, collection, doc)])
  return { people: people ?? {}, firstPublishedAt: first }
}
