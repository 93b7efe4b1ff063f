/**
 * Does a published document with this slug exist? One indexed query, for the proxy
 * (src/proxy.ts), which runs before the page and cannot use Payload itself.
 * Drafts of published documents live in the versions tables, so the main table's
 * `_status` is the published state.
 */
import pg from 'pg'
import type { DocumentTable } from '../lib/public-paths'

let pool: pg.Pool | null = null

/** The proxy's small pool (it cannot use Payload's), or null without DATABASE_URL. */
export function getPool(): pg.Pool | null {
  if (!process.env.DATABASE_URL) return null
  if (!pool) {
    // one indexed lookup per request: a second is far more than it needs (and the health check's limit)
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      idleTimeoutMillis: 30_000,
      statement_timeout: 1_000,
      connectionTimeoutMillis: 2_000,
    })
    pool.on('error', () => undefined)
  }
  return pool
}

/** true/false when the database answers; null when it cannot tell (the page then decides). */
export async function publishedExists(table: DocumentTable, slug: string): Promise<boolean | null> {
  const db = getPool()
  if (!db) return null
  try {
    // table names come from a fixed list (DocumentTable), never from the request
    const { rowCount } = await db.query(`select 1 from "${table}" where slug = $1 and _status = 'published' limit 1`, [
      slug,
    ])
    return (rowCount ?? 0) > 0
  } catch {
    return null
  }
}

/**
 * For previews (Next's draft-mode cookie is present): does a published document or a newest
 * draft with this slug exist? The page itself then checks who is asking (src/preview/session.ts).
 */
export async function publishedOrDraftExists(table: DocumentTable, slug: string): Promise<boolean | null> {
  const db = getPool()
  if (!db) return null
  try {
    const { rowCount } = await db.query(
      `select 1 from "${table}" where slug = $1 union all select 1 from "_${table}_v" where version_slug = $1 and latest limit 1`,
      [slug],
    )
    return (rowCount ?? 0) > 0
  } catch {
    return null
  }
}
