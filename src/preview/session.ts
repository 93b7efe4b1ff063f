/**
 * Who is previewing. A preview needs both Next's draft mode (turned on by the preview route
 * for a signed-in staff member) and, on every request, a Payload session of a staff member:
 * a draft-mode cookie alone (left behind after signing out, or copied) shows nothing unpublished.
 */
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import { isStaffUser } from '../access/roles'
import type { Cached } from '../data/cache'
import { payloadClient } from '../data/payload'
import type { Locale } from '../lib/languages'
import type { User } from '../payload-types'

/** The staff member previewing this request, or null (the public view). Once per request. */
export const previewUser = cache(async (): Promise<User | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && isStaffUser(user) ? (user as User) : null
})

/**
 * One document for this request: in a preview, its newest draft, read past the cache;
 * otherwise the published document, cached.
 */
export async function readDocument<View>(
  get: Cached<[Locale, string, boolean?], View>,
  locale: Locale,
  slug: string,
): Promise<View> {
  return (await previewUser()) ? get.fresh(locale, slug, true) : get(locale, slug)
}

/** A list whose items have no page of their own (FAQs, events): in a preview, with the newest drafts. */
export async function readList<Item>(get: Cached<[Locale, boolean?], Item[]>, locale: Locale): Promise<Item[]> {
  return (await previewUser()) ? get.fresh(locale, true) : get(locale)
}
