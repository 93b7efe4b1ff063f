/**
 * GET /api/preview/exit?path=/resources/x: leaves preview (turns Next's draft mode off) and
 * goes back to the public page. Draft mode would otherwise stick to the browser (payload#7907).
 */
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

export const dynamic = 'force-dynamic'

/** Only paths on this site: `/x`, never `//host` or `/\host`. */
const safePath = (path: string | null) => (path && /^\/(?![/\\])/.test(path) ? path : '/')

export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  redirect(safePath(request.nextUrl.searchParams.get('path')))
}
