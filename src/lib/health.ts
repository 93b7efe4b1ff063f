/**
 * GET /api/health: is this instance able to serve? It asks the database one trivial question
 * (`select 1`, bounded by HEALTH_TIMEOUT_MS) and answers 200 or 503 with no content beyond
 * that, never cached. Load balancers, `docker compose` and systemd watchdogs poll it; it
 * reads no documents, so it stays cheap however often it is asked.
 */
import type pg from 'pg'

export const HEALTH_TIMEOUT_MS = 1_000

export type Health = { status: 'ok' | 'unavailable'; database: 'ok' | 'unreachable' | 'not configured' }

const NO_STORE = { 'Cache-Control': 'no-store, max-age=0', 'Content-Type': 'application/json; charset=utf-8' }

export async function checkHealth(pool: pg.Pool | null, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  if (!pool) return { status: 'unavailable', database: 'not configured' }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const asked = pool.query('select 1').then(
    () => true,
    () => false,
  )
  const answered = await Promise.race([asked, timeout])
  clearTimeout(timer)
  return answered ? { status: 'ok', database: 'ok' } : { status: 'unavailable', database: 'unreachable' }
}

export function healthResponse(health: Health, method: 'GET' | 'HEAD' = 'GET'): Response {
  const status = health.status === 'ok' ? 200 : 503
  return new Response(method === 'HEAD' ? null : JSON.stringify(health), { status, headers: NO_STORE })
}
