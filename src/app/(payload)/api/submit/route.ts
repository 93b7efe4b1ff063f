/**
 * POST /api/submit: the public submission endpoint that every page's feedback form and the
 * suggestion form post to (plain HTML forms that work without JavaScript); the work is
 * in src/submissions/handler.ts. This static segment takes precedence over Payload's
 * `api/[...slug]` catch-all, which therefore never sees /api/submit.
 */
import { handleSubmit } from '@/submissions/handler'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export function POST(request: Request): Promise<Response> {
  return handleSubmit(request)
}
