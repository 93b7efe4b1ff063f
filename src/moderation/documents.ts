/**
 * From a public address to the document behind it, and back: which document a correction or a
 * page's feedback is about. Paths are built by src/lib/routes.ts (`documentPath`); this reads them.
 */
import type { Payload, PayloadRequest } from 'payload'
import {
  isPublicCollection,
  LISTED_COLLECTIONS,
  listPathOf,
  lookup,
  PUBLIC_COLLECTION_INFO,
  PUBLIC_COLLECTIONS,
  ROOT_COLLECTION,
  SECTIONS,
  TITLE_FIELD,
  type PublicCollection,
} from '../lib/collections'
import { serverUrl } from '../lib/env'
import { LOCALES } from '../lib/languages'
import { documentPath, stripLocale } from '../lib/routes'
import { normaliseUrl } from '../submissions/normalise'

// which collections are public, and the field each is titled by, come from the registry
export { isPublicCollection, PUBLIC_COLLECTIONS, TITLE_FIELD }

export type DocumentRef = { collection: PublicCollection; id: number; slug: string; title: string }

/** A document's public paths in every locale (feedback is filed under the path it was sent from). */
export const publicPathsOf = (collection: PublicCollection, slug: string): string[] =>
  LOCALES.map(({ code }) => documentPath(collection, slug, code))

const SECTION: Record<string, PublicCollection> = SECTIONS
/** `faq` → `faqs`: anchored collections by their list page (`/faq#<slug>`). */
const ANCHORED: Readonly<Record<string, PublicCollection>> = lookup(
  LISTED_COLLECTIONS.filter((c) => PUBLIC_COLLECTION_INFO[c].placement.kind === 'anchor').map((c) => [
    listPathOf(c).slice(1),
    c,
  ]),
)

/** `/fr/glossary/allyship?x=1` → { collection: 'glossary-terms', slug: 'allyship' }; null when no document has that shape. */
export function parsePublicPath(input: string): { collection: PublicCollection; slug: string } | null {
  const match = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(input.trim())
  if (!match) return null
  const rawPath = match[1] || '/'
  const hash = match[2]
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  const { path } = stripLocale(decoded.replace(/\/+$/, '') || '/')
  const parts = path.split('/').filter(Boolean)
  if (parts.length === 2 && SECTION[parts[0]!]) return { collection: SECTION[parts[0]!]!, slug: parts[1]! }
  if (parts.length === 1 && ANCHORED[parts[0]!]) return hash ? { collection: ANCHORED[parts[0]!]!, slug: hash } : null
  if (parts.length === 1 && ROOT_COLLECTION && !SECTION[parts[0]!]) {
    return { collection: ROOT_COLLECTION, slug: parts[0]! }
  }
  return null
}

async function findBySlug(
  payload: Payload,
  collection: PublicCollection,
  slug: string,
  req?: PayloadRequest,
): Promise<DocumentRef | null> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  return { collection, id: doc.id as number, slug, title: String(doc[TITLE_FIELD[collection]] ?? slug) }
}

/** The hub's own path in an address: `/x` as is, `https://<SERVER_URL host>/x` → `/x`; null for other sites. */
export function ownPath(value: string): string | null {
  const text = value.trim()
  if (text.startsWith('/') && !text.startsWith('//')) return text
  try {
    const url = new URL(text)
    const own = new URL(serverUrl())
    return url.host === own.host ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}

/**
 * The document a submission is about: its `page`, or its link when that is one of our pages,
 * or a resource listing that link. Null when none matches.
 */
export async function documentAbout(
  payload: Payload,
  about: { page?: string | null; url?: string | null },
  req?: PayloadRequest,
): Promise<DocumentRef | null> {
  for (const candidate of [about.page, about.url]) {
    if (!candidate) continue
    const path = ownPath(candidate)
    const parsed = path ? parsePublicPath(path) : null
    if (parsed) {
      const found = await findBySlug(payload, parsed.collection, parsed.slug, req)
      if (found) return found
    }
  }
  const normalised = about.url ? normaliseUrl(about.url) : null
  if (normalised) {
    const host = normalised.split('/')[0]!
    const { docs } = await payload.find({
      collection: 'resources',
      where: { url: { contains: host } },
      overrideAccess: true,
      depth: 0,
      limit: 100,
      pagination: false,
      req,
      select: { title: true, slug: true, url: true },
    })
    const hit = docs.find((r) => typeof r.url === 'string' && normaliseUrl(r.url) === normalised)
    if (hit) return { collection: 'resources', id: hit.id, slug: hit.slug ?? '', title: hit.title }
  }
  return null
}

/** A document by collection and id, for titles and links in the admin. */
export async function documentRef(
  payload: Payload,
  collection: PublicCollection,
  id: number,
  req?: PayloadRequest,
): Promise<DocumentRef | null> {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    draft: true,
    req,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  return { collection, id, slug: String(doc.slug ?? ''), title: String(doc[TITLE_FIELD[collection]] ?? doc.slug ?? id) }
}
