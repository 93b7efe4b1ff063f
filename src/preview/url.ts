/**
 * Where the admin's Preview button (and live preview) sends a reviewer: the preview route
 * (src/app/(payload)/api/preview/route.ts), which checks who is asking, turns on Next's draft
 * mode and redirects to the public page of the document, rendered from its newest draft.
 * By id, not slug: a draft may be changing its slug.
 */
import type { CollectionSlug } from 'payload'
import { PREVIEW_COLLECTIONS } from '../lib/collections'

/**
 * Collections whose documents can be previewed (the registry's `preview`): those with a page of their
 * own, and FAQs and events, previewed at their place on /faq and /events (the lists then show the
 * newest drafts).
 */
export const PREVIEWABLE = PREVIEW_COLLECTIONS
export type Previewable = (typeof PREVIEWABLE)[number]

export const isPreviewable = (slug: string): slug is Previewable => (PREVIEWABLE as readonly string[]).includes(slug)

export const PREVIEW_ROUTE = '/api/preview'
export const EXIT_PREVIEW_ROUTE = '/api/preview/exit'

/** Relative URL of the preview route for one document (the admin opens it on its own origin). */
export function previewUrl(
  collection: CollectionSlug | string,
  id: number | string | null | undefined,
  locale?: string | null,
): string | null {
  if (!isPreviewable(collection) || id === null || id === undefined || id === '') return null
  const params = new URLSearchParams({ collection, id: String(id) })
  if (locale) params.set('locale', locale)
  return `${PREVIEW_ROUTE}?${params.toString()}`
}

/** Live Preview's device sizes: readers come on phones first. */
export const LIVE_PREVIEW_BREAKPOINTS = [
  { name: 'phone', label: 'Phone', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
]

const THIS_SITE = 'http://this.site.invalid'

/**
 * Where leaving preview may send a browser: a path on this site, as the URL parser reads it, so that
 * what browsers would follow off-site (`//host`, `/\host`, `/<TAB>/host`: the parser drops tabs and
 * line breaks, and reads `\` as `/`) goes home instead, and nothing unencoded reaches the header.
 */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path || !path.startsWith('/')) return '/'
  try {
    const url = new URL(path, THIS_SITE)
    return url.origin === THIS_SITE ? `${url.pathname}${url.search}${url.hash}` : '/'
  } catch {
    return '/'
  }
}
