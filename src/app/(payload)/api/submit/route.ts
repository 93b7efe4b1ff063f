/**
 * POST /api/submit: the public submission endpoint (CONTRACT.md, "Submissions"); the work is
 * in src/submissions/handler.ts. This static segment takes precedence over Payload's
 * `api/[...slug]` catch-all, which therefore never sees /api/submit.
 */
import { handleSubmit } from '../../../../submissions/handler'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleSubmit(request)
}
