/**
 * When full text finds nothing: titles close to the query despite typos (pg_trgm word similarity,
 * through the trigram indexes), and the "did you mean" titles that come nearest.
 */
import { sql } from '@payloadcms/db-postgres'
import { localesFor, SOURCES, type SearchCollection, type SearchLocale, type Source } from './options'
import { rankPage, type Ranker } from './rank'
import { id, localeList, locales, rows, type Db } from './sql'

/** word similarity (0..1) from which a title counts as a typo of the query */
export const SIMILAR_THRESHOLD = 0.6
/** word similarity from which a title is offered as a suggestion */
export const SUGGESTION_THRESHOLD = 0.3
/** how many "did you mean" titles at most */
export const SUGGESTIONS = 5

/**
 * Titles close to `q` (pg_trgm word similarity, through the trigram indexes). Runs in a transaction
 * to set the operator's threshold for this query only.
 */
function withWordSimilarity<T>(db: Db, threshold: number, run: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`)
    return run(tx as unknown as Db)
  })
}

const similarBranch = (q: string, searched: SearchLocale[]) => (collection: SearchCollection, source: Source) => sql`
  SELECT ${collection}::text AS collection, l._parent_id AS id, l.id AS row_id, l._locale::text AS locale,
    false AS titled, lower(l.${id(source.title)}) AS sort_title, word_similarity(${q}, l.${id(source.title)}) AS rank
  FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
  WHERE d._status = 'published' AND l._locale IN (${localeList(searched)}) AND ${q} <% l.${id(source.title)}`

/** Published documents whose title is close to `q` (a typo of it), closest first. */
export const similarRanked: Ranker = (db, q, locale, collections, limit, offset) =>
  withWordSimilarity(db, SIMILAR_THRESHOLD, (tx) =>
    rankPage(tx, collections, similarBranch(q, localesFor(locale)), locale, limit, offset),
  )

/** "Did you mean": distinct titles nearest to `q`, in the requested locale or its fallback. */
export async function suggestionsFor(
  db: Db,
  q: string,
  locale: SearchLocale,
  collections: SearchCollection[],
): Promise<string[]> {
  const searched = localesFor(locale)
  const found = await withWordSimilarity(db, SUGGESTION_THRESHOLD, (tx) =>
    rows<{ title: string }>(
      tx,
      sql`
      SELECT title FROM (${sql.join(
        collections.map((collection) => {
          const source = SOURCES[collection]
          return sql`
          SELECT l.${id(source.title)} AS title, word_similarity(${q}, l.${id(source.title)}) AS similarity
          FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
          WHERE d._status = 'published' AND l._locale IN (${localeList(searched)}) AND ${q} <% l.${id(source.title)}`
        }),
        sql` UNION ALL `,
      )}) near
      WHERE lower(title) <> lower(${q})
      GROUP BY title ORDER BY max(similarity) DESC, title LIMIT ${SUGGESTIONS}`,
    ),
  )
  return found.map((r) => r.title)
}
