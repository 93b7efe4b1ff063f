/**
 * GET /api/preview?collection=<slug>&id=<id>&locale=<en|fr>: the admin's Preview button.
 * Signed-in staff only (others are sent to sign in first): turns on Next's draft mode and
 * redirects to the document's public page, which then renders its newest draft
 * (src/preview/session.ts). Leave with /api/preview/exit (the banner on every page links it).
 */
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { isStaffUser } from '@/access/roles'
import { payloadClient } from '@/data/payload'
import { isLocale, DEFAULT_LOCALE } from '@/lib/languages'
import { documentPath } from '@/lib/routes'
import { isPreviewable } from '@/preview/url'

export const dynamic = 'force-dynamic'

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const collection = params.get('collection') ?? ''
  const id = params.get('id') ?? ''
  const askedLocale = params.get('locale')
  const locale = askedLocale && isLocale(askedLocale) ? askedLocale : DEFAULT_LOCALE
  if (!isPreviewable(collection) || !/^\d+$/.test(id)) {
    return text(
      400,
      'Preview needs a collection with public pages and a document id, as the admin\u2019s Preview button sends them.',
    )
  }

  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    // sign in first, then come back here
    const back = `${request.nextUrl.pathname}${request.nextUrl.search}`
    redirect(`/admin/login?redirect=${encodeURIComponent(back)}`)
  }
  if (user.collection !== 'users' || !isStaffUser(user)) {
    return text(403, 'Only editors, reviewers and admins can preview drafts.')
  }

  const doc = (await payload
    .findByID({
      collection,
      id: Number(id),
      draft: true,
      depth: 0,
      locale,
      fallbackLocale: 'en',
      user,
      overrideAccess: false,
      disableErrors: true,
      select: { slug: true },
    })
    .catch(() => null)) as { slug?: string | null } | null
  if (!doc?.slug) return text(404, 'There is no such document to preview (it may have been deleted).')

  ;(await draftMode()).enable()
  redirect(documentPath(collection, doc.slug, locale))
}
