/**
 * What the per-type fetchers in src/data share. Every fetcher reads as an anonymous visitor
 * (published only), is cached until one of the collections it names changes (./cache.ts),
 * and says whether a French page is falling back to English.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { Locale } from '../lib/languages'
import { editorialOf, type Editorial, type WithPeople } from './editorial'
import { previewRead, publicRead } from './payload'

export type Localised<T> = { doc: T; fallback: boolean }

/** The public read, or in a preview (`fresh(..., true)`) the newest drafts. */
export const readFor = (locale: Locale, draft: boolean) => (draft ? previewRead(locale) : publicRead(locale))

/** True when the document has no translation in `locale` (its title field is empty there). */
async function isFallback(
  payload: Payload,
  collection: CollectionSlug,
  id: number,
  locale: Locale,
  titleField: string,
  draft = false,
): Promise<boolean> {
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

export async function findOne<T>(
  payload: Payload,
  collection: CollectionSlug,
  slug: string,
  locale: Locale,
  extra: Record<string, unknown> = {},
  draft = false,
): Promise<T | null> {
  const { docs } = await payload.find({
    collection,
    ...readFor(locale, draft),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...extra,
  } as Parameters<Payload['find']>[0])
  return (docs[0] as T | undefined) ?? null
}

export async function localised<T extends { id: number }>(
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

/** One document by slug, with what every document page shows besides it: English fallback, people, first publication. */
export async function findDocument<T extends WithPeople & { id: number; createdAt: string }>(
  payload: Payload,
  collection: CollectionSlug,
  slug: string,
  locale: Locale,
  draft: boolean,
  { titleField = 'title', extra = {} }: { titleField?: string; extra?: Record<string, unknown> } = {},
): Promise<(Localised<T> & Editorial) | null> {
  const view = await localised(
    payload,
    collection,
    await findOne<T>(payload, collection, slug, locale, extra, draft),
    locale,
    titleField,
    draft,
  )
  return view ? { ...view, ...(await editorialOf(payload, collection, view.doc)) } : null
}
