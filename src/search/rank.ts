/**
 * Ranking across the searchable collections: one row per document (the requested locale's when it
 * matched), best first, one page of them with the total; and the full-text matches it ranks
 * (`@@` per locale, `ts_rank_cd` on the matches only).
 */
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { localeOf, localesFor, SOURCES, type SearchCollection, type SearchLocale, type Source } from './options'
import { id, locales, rowQuery, rows, tsquery, type Db } from './sql'

export type Hit = { collection: SearchCollection; id: number; rowId: number; locale: SearchLocale; rank: number }
export type Ranked = { total: number; hits: Hit[] }
/** One page of the documents matching `q` in `locale` (or its fallback), in `collections`. */
export type Ranker = (
  db: Db,
  q: string,
  locale: SearchLocale,
  collections: SearchCollection[],
  limit: number,
  offset: number,
) => Promise<Ranked>

/** ts_rank_cd weights for D, C (body), B (summary), A (title) */
const WEIGHTS = '{0.05, 0.1, 0.3, 1.0}'

/**
 * One row per document (the requested locale's when it matched), best first, one page of them,
 * with the total. `branch` selects (collection, id, row_id, locale, sort_title, rank) per collection.
 */
export async function rankPage(
  db: Db,
  collections: SearchCollection[],
  branch: (c: SearchCollection, source: Source) => SQL,
  locale: SearchLocale,
  limit: number,
  offset: number,
): Promise<Ranked> {
  const matches = sql.join(
    collections.map((c) => branch(c, SOURCES[c])),
    sql` UNION ALL `,
  )
  const result = await rows<{
    total: number
    collection: SearchCollection | null
    id: number
    row_id: number
    locale: SearchLocale
    rank: number
  }>(
    db,
    sql`
    WITH matches AS (${matches}),
    best AS (
      SELECT DISTINCT ON (collection, id) * FROM matches
      ORDER BY collection, id, (locale = ${locale}) DESC, rank DESC
    )
    SELECT counted.total, p.collection, p.id, p.row_id, p.locale, p.rank
    FROM (SELECT count(*)::int AS total FROM best) counted
    LEFT JOIN LATERAL (
      SELECT * FROM best ORDER BY rank DESC, sort_title, collection, id LIMIT ${limit} OFFSET ${offset}
    ) p ON true
    ORDER BY p.rank DESC, p.sort_title, p.collection, p.id`,
  )
  return {
    total: result[0]?.total ?? 0,
    hits: result
      .filter((r) => r.collection !== null)
      .map((r) => ({
        collection: r.collection!,
        id: r.id,
        rowId: r.row_id,
        locale: localeOf(r.locale),
        rank: Number(r.rank),
      })),
  }
}

/** Published documents whose rows match `q`: GIN `@@` per locale, ranked on the matches only. */
export const fulltextRanked: Ranker = (db, q, locale, collections, limit, offset) => {
  const searched = localesFor(locale)
  return rankPage(
    db,
    collections,
    (collection, source) => sql`
      SELECT ${collection}::text AS collection, l._parent_id AS id, l.id AS row_id, l._locale::text AS locale,
        lower(coalesce(l.${id(source.title)}, '')) AS sort_title,
        ts_rank_cd(${WEIGHTS}::float4[], l.search_vector, ${rowQuery(q, searched)}, 1) AS rank
      FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
      WHERE d._status = 'published'
        AND (${sql.join(
          searched.map((s) => sql`(l._locale = ${s}::_locales AND l.search_vector @@ ${tsquery(q, s)})`),
          sql` OR `,
        )})`,
    locale,
    limit,
    offset,
  )
}
