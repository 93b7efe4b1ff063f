/**
 * GET /api/submit/token?form=feedback|suggestion|subscribe: a fresh form token for the forms of
 * pages that carry none (src/submissions/token-endpoint.ts). A static segment, so Payload's
 * `api/[...slug]` catch-all (and its guard, src/api/guard.ts) never sees it; only GET (and the HEAD
 * Next derives from it) is answered, any other method is 405.
 */
import { handleTokenRequest } from '@/submissions/token-endpoint'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function GET(request: Request): Response {
  return handleTokenRequest(request)
}
