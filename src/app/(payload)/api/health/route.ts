/**
 * GET|HEAD /api/health: 200 `{"status":"ok"}` when the database answers, 503 otherwise; never
 * cached (src/lib/health.ts). A static segment, so Payload's `api/[...slug]` never sees it.
 */
import { getPool } from '@/db/published'
import { checkHealth, healthResponse } from '@/lib/health'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

export async function GET(): Promise<Response> {
  return healthResponse(await checkHealth(getPool()))
}

export async function HEAD(): Promise<Response> {
  return healthResponse(await checkHealth(getPool()), 'HEAD')
}
