/**
 * For the proxy (src/proxy.ts), on a path that would otherwise answer 404: is there a redirect
 * from it, and where does it lead now? Plain SQL on the proxy's small pool (the proxy runs before
 * Payload): the redirect, then the current slug of the document it references, published only.
 */
import { getPool } from '@/db/published'
import { documentPath } from '@/lib/routes'
import type { Locale } from '@/lib/languages'
import { PUBLIC_COLLECTION_INFO } from '@/lib/collections'
import { REDIRECTED_COLLECTIONS, type Redirected } from './targets'

const table = (collection: Redirected) => PUBLIC_COLLECTION_INFO[collection].table

/** The path to send a reader to (in their locale), or null: no redirect, or its target is not public. */
export async function redirectTarget(path: string, locale: Locale): Promise<string | null> {
  const db = getPool()
  if (!db) return null
  try {
    const columns = REDIRECTED_COLLECTIONS.map((c) => `rel."${table(c)}_id" as "${c}"`).join(', ')
    const { rows } = await db.query<Record<string, unknown>>(
      `select r.to_type, r.to_url, ${columns} from redirects r
         left join redirects_rels rel on rel.parent_id = r.id and rel.path = 'to.reference'
        where r."from" = $1 limit 1`,
      [path],
    )
    const row = rows[0]
    if (!row) return null
    if (row.to_type === 'custom')
      return typeof row.to_url === 'string' && /^\/(?![/\\])/.test(row.to_url) ? row.to_url : null
    for (const collection of REDIRECTED_COLLECTIONS) {
      const id = row[collection]
      if (id === null || id === undefined) continue
      // table names come from a fixed list, never from the request
      const doc = await db.query<{ slug: string }>(
        `select slug from "${table(collection)}" where id = $1 and _status = 'published'`,
        [id],
      )
      const slug = doc.rows[0]?.slug
      return slug ? documentPath(collection, slug, locale) : null
    }
    return null
  } catch {
    return null
  }
}
