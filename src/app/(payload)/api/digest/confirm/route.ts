/** POST /api/digest/confirm: the confirmation page's button (src/digest/confirm.ts). */
import { handleConfirm } from '@/digest/confirm'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleConfirm(request)
}
