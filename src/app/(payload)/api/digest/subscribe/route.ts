/** POST /api/digest/subscribe: the digest's subscribe form (src/digest/subscribe.ts). */
import { handleSubscribe } from '@/digest/subscribe'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleSubscribe(request)
}
