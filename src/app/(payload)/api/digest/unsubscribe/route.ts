/** /api/digest/unsubscribe: one-click unsubscribe (POST) and the way to its page (GET); src/digest/unsubscribe.ts. */
import { handleUnsubscribe, unsubscribePage } from '@/digest/unsubscribe'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleUnsubscribe(request)
}

export function GET(request: Request): Response {
  return unsubscribePage(request)
}
