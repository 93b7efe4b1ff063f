/** POST /api/submit/erase: a sender erases their name and email (src/submissions/erase.ts). */
import { handleErase } from '@/submissions/erase'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleErase(request)
}
