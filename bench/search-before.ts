/**
 * The site-wide search's ranking query as it was before src/search/rank.ts ranked only the likeliest
 * matches of very common words (src/search/rank.ts at commit 2b3c9cb), kept for bench/search-explain.ts
 * to compare: every match ranked with ts_rank_cd, then one row per document, then the page.
 */
import { sql } from '@payloadcms/db-postgres'
import { localesFor, SOURCES, type SearchCollection, type SearchLocale } from '@/search/options'
import { id, locales, rowQuery, tsquery } from '@/search/sql'

const WEIGHTS = '{0.05, 0.1, 0.3, 1.0}'

/** BEFORE: the ranking query, one page of `limit` from `offset`. */
export function beforeSql(
  q: string,
  locale: SearchLocale,
  collections: SearchCollection[],
  limit: number,
  offset: number,
) {
  const searched = localesFor(locale)
  const matches = sql.join(
    collections.map((collection) => {
      const source = SOURCES[collection]
      return sql`
      SELECT ${collection}::text AS collection, l._parent_id AS id, l.id AS row_id, l._locale::text AS locale,
        lower(coalesce(l.${id(source.title)}, '')) AS sort_title,
        ts_rank_cd(${WEIGHTS}::float4[], l.search_vector, ${rowQuery(q, searched)}, 1) AS rank
      FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
      WHERE d._status = 'published'
        AND (${sql.join(
          searched.map((s) => sql`(l._locale = ${s}::_locales AND l.search_vector @@ ${tsquery(q, s)})`),
          sql` OR `,
        )})`
    }),
    sql` UNION ALL `,
  )
  return sql`
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
    ORDER BY p.rank DESC, p.sort_title, p.collection, p.id`
}
