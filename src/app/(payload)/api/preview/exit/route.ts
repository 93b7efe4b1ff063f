/**
 * GET /api/preview/exit?path=/resources/x: leaves preview (turns Next's draft mode off) and
 * goes back to the public page. Draft mode would otherwise stick to the browser (payload#7907).
 */
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { safeReturnPath } from '@/preview/url'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  redirect(safeReturnPath(request.nextUrl.searchParams.get('path')))
}
