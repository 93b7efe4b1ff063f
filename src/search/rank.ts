/**
 * Ranking across the searchable collections: one row per document (the requested locale's when it
 * matched), best first, one page of them with the total; and the full-text matches it ranks
 * (`@@` per locale through the GIN indexes, `ts_rank_cd` on the matches only).
 *
 * What costs time is `ts_rank_cd`: it reads each match's whole `search_vector`, which PostgreSQL
 * mostly keeps out of line (TOAST). Finding and counting matches costs little when the GIN index
 * answers `@@` (an exact match needs no recheck, so no vector is read). So a search first counts
 * its matches, then:
 *
 * - up to RANK_ALL_LIMIT matching documents, ranks them all: best first by rank;
 * - beyond (a word in most documents: "allyship", "community"), the documents whose title holds a
 *   word of the query (or its stem) come first, each group by rank. The title outweighs summary and
 *   body many times over, so these are the best ranked ones too. While the page asked for lies
 *   among them, which for such words it nearly always does, only they are read and ranked: the
 *   trigram index on titles finds them. A page past the last of them ranks every match.
 *
 * The queries of one search run in one transaction (one snapshot: the total and the page agree)
 * with sequential scans off (`withIndexScans`): for a word in 90% of the rows the planner would
 * rather read the whole table and test `@@` on every row, and that reads every vector.
 */
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { localeOf, localesFor, SOURCES, type SearchCollection, type SearchLocale, type Source } from './options'
import { id, locales, rowQuery, rows, TEXT_CONFIG, tsquery, type Db } from './sql'

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

/** Up to this many matching documents, all are ranked (a few milliseconds); beyond, title matches first. */
export const RANK_ALL_LIMIT = 2_000

/** The rows one collection contributes to a ranking (see rankPage). */
export type SQLBranch = (c: SearchCollection, source: Source) => SQL

/**
 * One row per document (the requested locale's when it matched), best first, one page of them,
 * with the total. `branch` selects (collection, id, row_id, locale, titled, sort_title, rank) per
 * collection; with `titledFirst`, rows whose `titled` is true come first.
 */
export async function rankPage(
  db: Db,
  collections: SearchCollection[],
  branch: SQLBranch,
  locale: SearchLocale,
  limit: number,
  offset: number,
  { titledFirst = false } = {},
): Promise<Ranked> {
  const matches = sql.join(
    collections.map((c) => branch(c, SOURCES[c])),
    sql` UNION ALL `,
  )
  // a locale row is unique per document: with one locale searched, one row per document already
  const best =
    localesFor(locale).length > 1
      ? sql`SELECT DISTINCT ON (collection, id) * FROM matches ORDER BY collection, id, (locale = ${locale}) DESC, rank DESC`
      : sql`SELECT * FROM matches`
  const order = titledFirst
    ? sql`titled DESC, rank DESC, sort_title, collection, id`
    : sql`rank DESC, sort_title, collection, id`
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
    best AS MATERIALIZED (${best})
    SELECT counted.total, p.collection, p.id, p.row_id, p.locale, p.rank
    FROM (SELECT count(*)::int AS total FROM best) counted
    LEFT JOIN LATERAL (SELECT * FROM best ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p ON true
    ORDER BY ${order}`,
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

/**
 * Planner settings for the full-text queries, in their transaction only: index scans for `@@` (see
 * the top of this file), and no JIT (compiling costs more than these queries take, and the cost
 * estimate of a disabled scan, were one left in a plan, would trigger it).
 */
export const INDEX_SCAN_SETTINGS = { enable_seqscan: 'off', jit: 'off' } as const

/** Run `work` in one repeatable-read transaction with INDEX_SCAN_SETTINGS. */
export function withIndexScans<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      const settings = Object.entries(INDEX_SCAN_SETTINGS).map(
        ([name, value]) => sql`set_config(${name}, ${value}, true)`,
      )
      await tx.execute(sql`SELECT ${sql.join(settings, sql`, `)}`)
      return work(tx as unknown as Db)
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

/**
 * Row `l` belongs to a published document. Asked the other way round, "not one of the documents
 * that are not published" (drafts are few; Payload's `_status` is 'draft' or 'published'), a hash
 * of those few answers it for every row, where joining the main table would read all its rows.
 */
const published = (source: Source) =>
  sql`l._parent_id NOT IN (SELECT u.id FROM ${id(source.table)} u WHERE u._status = 'draft' OR u._status IS NULL)`

/** `@@` in each searched locale, on a `_locales` row `l` */
const matching = (q: string, searched: SearchLocale[]) =>
  sql.join(
    searched.map((s) => sql`(l._locale = ${s}::_locales AND l.search_vector @@ ${tsquery(q, s)})`),
    sql` OR `,
  )

/** The title of row `l` holds one of `patterns` (ILIKE; the trigram index on titles serves it). */
const titledSql = (source: Source, patterns: string[]) =>
  patterns.length
    ? sql`(${sql.join(
        patterns.map((p) => sql`l.${id(source.title)} ILIKE ${p}`),
        sql` OR `,
      )})`
    : sql`false`

/**
 * How many published documents match `q`, and the ILIKE patterns (`%listen%`) of "the title holds
 * a word of the query": its words as typed and their stems in each searched language. Stop words
 * and words under three letters are left out: nearly every title holds them, and the trigram index
 * cannot look for them.
 */
export async function countMatches(
  db: Db,
  q: string,
  locale: SearchLocale,
  collections: SearchCollection[],
): Promise<{ total: number; patterns: string[] }> {
  const searched = localesFor(locale)
  const matches = sql.join(
    collections.map((collection) => {
      const source = SOURCES[collection]
      return sql`
      SELECT ${collection}::text AS collection, l._parent_id AS id
      FROM ${locales(source)} l
      WHERE ${published(source)} AND (${matching(q, searched)})`
    }),
    sql` UNION ALL `,
  )
  // with two locales searched, a document may match in both
  const count =
    searched.length > 1
      ? sql`SELECT count(*) FROM (SELECT DISTINCT collection, id FROM matches) m`
      : sql`SELECT count(*) FROM matches`
  const configs = searched.map((s) => sql`${TEXT_CONFIG[s]}::regconfig`)
  const vectors = sql.join(
    [sql`to_tsvector('simple'::regconfig, ${q})`, ...configs.map((c) => sql`to_tsvector(${c}, ${q})`)],
    sql` || `,
  )
  const meaningful = sql.join(
    configs.map((c) => sql`to_tsvector(${c}, w) <> ''::tsvector`),
    sql` OR `,
  )
  const [row] = await rows<{ total: number; patterns: string[] | null }>(
    db,
    sql`
    WITH matches AS (${matches})
    SELECT (${count})::int AS total,
      (SELECT array_agg(DISTINCT '%' || replace(replace(replace(w, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
       FROM unnest(tsvector_to_array(${vectors})) AS w
       WHERE length(w) >= 3 AND (${meaningful})) AS patterns`,
  )
  return { total: row?.total ?? 0, patterns: row?.patterns ?? [] }
}

/**
 * Published rows matching `q`, ranked (every match), with `titled` (the title holds one of
 * `patterns`), for rankPage.
 */
export const everyMatch =
  (q: string, searched: SearchLocale[], patterns: string[]) => (collection: SearchCollection, source: Source) => sql`
      SELECT ${collection}::text AS collection, l._parent_id AS id, l.id AS row_id, l._locale::text AS locale,
        ${titledSql(source, patterns)} AS titled, lower(coalesce(l.${id(source.title)}, '')) AS sort_title,
        ts_rank_cd(${WEIGHTS}::float4[], l.search_vector, ${rowQuery(q, searched)}, 1) AS rank
      FROM ${locales(source)} l
      WHERE ${published(source)} AND (${matching(q, searched)})`

/**
 * The titled ones only (found through the trigram index, so only they are read), for rankPage.
 * In French, an English row counts only when its document's French row does not match: rankPage
 * keeps the French row then, as it does for every match.
 */
export const titledMatches =
  (q: string, searched: SearchLocale[], patterns: string[]) => (collection: SearchCollection, source: Source) => {
    const preferred = searched[0]!
    const fallbackOnly =
      searched.length > 1
        ? sql`AND (l._locale = ${preferred}::_locales OR NOT EXISTS (
            SELECT 1 FROM ${locales(source)} p
            WHERE p._parent_id = l._parent_id AND p._locale = ${preferred}::_locales AND p.search_vector @@ ${tsquery(q, preferred)}))`
        : sql``
    return sql`
      SELECT ${collection}::text AS collection, l._parent_id AS id, l.id AS row_id, l._locale::text AS locale,
        true AS titled, lower(coalesce(l.${id(source.title)}, '')) AS sort_title,
        ts_rank_cd(${WEIGHTS}::float4[], l.search_vector, ${rowQuery(q, searched)}, 1) AS rank
      FROM ${locales(source)} l
      WHERE ${published(source)} AND ${titledSql(source, patterns)} AND (${matching(q, searched)}) ${fallbackOnly}`
  }

/** Published documents whose rows match `q` (see the top of this file for the order and its cost). */
export function fulltextRankedWith(rankAllLimit: number): Ranker {
  return (db, q, locale, collections, limit, offset) =>
    withIndexScans(db, async (tx) => {
      const searched = localesFor(locale)
      const { total, patterns } = await countMatches(tx, q, locale, collections)
      if (total === 0) return { total, hits: [] }
      const page = (branch: SQLBranch, titledFirst: boolean) =>
        rankPage(tx, collections, branch, locale, limit, offset, { titledFirst })
      if (total <= rankAllLimit) return page(everyMatch(q, searched, []), false)
      if (patterns.length) {
        const titled = await page(titledMatches(q, searched, patterns), true)
        // the page lies among the titled documents, all of them ranked
        if (titled.total >= Math.min(offset + limit, total)) return { total, hits: titled.hits }
      }
      return page(everyMatch(q, searched, patterns), true)
    })
}

export const fulltextRanked: Ranker = fulltextRankedWith(RANK_ALL_LIMIT)
