/**
 * A page of hits as results: each one's slug, title (falling back to the English one) and snippet,
 * fetched for that page only, in the ranking's order.
 */
import { sql } from '@payloadcms/db-postgres'
import { SOURCES, type SearchCollection, type SearchLocale } from './options'
import type { Hit } from './rank'
import { snippetOf, snippetSql, type SnippetMode, type SnippetSegment } from './snippets'
import { id, locales, rows, type Db } from './sql'

export type SearchResult = {
  collection: SearchCollection
  id: number
  slug: string
  title: string
  /** plain text pieces; `hit` marks the words that matched (render them in <mark>) */
  snippet: SnippetSegment[]
  /** the language of the row that matched (and of title and snippet) */
  locale: SearchLocale
  rank: number
}

/** Slug, title (falling back to the English one) and snippet of the page's hits. */
export async function describe(db: Db, q: string, hits: Hit[], mode: SnippetMode): Promise<SearchResult[]> {
  if (!hits.length) return []
  const collections = [...new Set(hits.map((h) => h.collection))]
  const found = await rows<{
    collection: SearchCollection
    row_id: number
    slug: string | null
    title: string | null
    snippet: string | null
  }>(
    db,
    sql.join(
      collections.map((collection) => {
        const source = SOURCES[collection]
        const rowIds = hits.filter((h) => h.collection === collection).map((h) => sql`${h.rowId}`)
        const summary = source.summary ? sql`l.${id(source.summary)}` : sql`NULL`
        const snippet = snippetSql(mode, q)
        return sql`
        SELECT ${collection}::text AS collection, l.id AS row_id, d.slug,
          coalesce(nullif(l.${id(source.title)}, ''), en.${id(source.title)}) AS title, ${snippet} AS snippet
        FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
        CROSS JOIN LATERAL (SELECT concat_ws(E'\n', ${summary}, public.search_lexical_text(l.${id(source.body)})) AS text) t
        LEFT JOIN ${locales(source)} en ON en._parent_id = l._parent_id AND en._locale = 'en'
        WHERE l.id IN (${sql.join(rowIds, sql`, `)})`
      }),
      sql` UNION ALL `,
    ),
  )
  const byRow = new Map(found.map((r) => [`${r.collection}:${r.row_id}`, r]))
  return hits.flatMap((hit) => {
    const row = byRow.get(`${hit.collection}:${hit.rowId}`)
    if (!row) return [] // deleted between the two queries
    const snippet = snippetOf(mode, row.snippet ?? '')
    return [
      {
        collection: hit.collection,
        id: hit.id,
        slug: row.slug ?? '',
        title: row.title ?? '',
        snippet,
        locale: hit.locale,
        rank: hit.rank,
      },
    ]
  })
}
