import config from '@payload-config'
import { getPayload } from 'payload'
import type { Locale } from '../lib/languages'

/** The local API, shared by every data fetcher. */
export const payloadClient = () => getPayload({ config })

/**
 * Public reads run as an anonymous visitor (`overrideAccess: false`, no user), so
 * the same access rules that guard the REST API guard the pages: drafts never leak.
 */
export const publicRead = (locale: Locale) => ({
  locale,
  fallbackLocale: 'en' as const,
  overrideAccess: false,
  draft: false,
})

/**
 * Preview reads (Next draft mode, a signed-in staff member checked by src/preview/session.ts):
 * the newest draft of the previewed document. Never cached (src/data/cache.ts `fresh`).
 */
export const previewRead = (locale: Locale) => ({
  locale,
  fallbackLocale: 'en' as const,
  overrideAccess: true,
  draft: true,
})

/** Joined documents, published only (joins are filtered again here, never trusted to be). */
export const PUBLISHED = { _status: { equals: 'published' } } as const

/** Keep the populated, published documents of a relationship (unpublished ones stay bare ids). */
export function populated<T extends { _status?: string | null }>(
  items: ReadonlyArray<number | T | null | undefined> | null | undefined,
): T[] {
  return (items ?? []).filter(
    (item): item is T =>
      typeof item === 'object' && item !== null && (item._status === undefined || item._status === 'published'),
  )
}

/** The docs of a join field, published only. */
export function joined<T extends { _status?: string | null }>(
  join: { docs?: ReadonlyArray<number | T> } | null | undefined,
): T[] {
  return populated(join?.docs)
}
