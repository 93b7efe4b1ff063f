/**
 * Site-wide search over the public content collections, on PostgreSQL full-text search.
 *
 * The database keeps a weighted `search_vector` on every localized row (`<table>_locales`: title A,
 * summary B, rich text C; `english` for en rows, `french` for fr rows, plus `simple` on the title),
 * GIN-indexed, and a trigram index on titles: see migrations/20261123_190900_search.ts.
 *
 * Only published documents are found: the main table's `_status`. Payload writes a draft saved over
 * a published document to the versions table (`_<table>_v`) only, so the main table, and what search
 * finds, stays the published text until the next publish.
 *
 * Locale fallback like Payload's (fr → en): a search in `fr` looks at French rows and at English
 * rows, and keeps one row per document, the French one when it matches.
 *
 * 1. `fulltext`: `websearch_to_tsquery` (any input is safe), index-driven `@@` per collection,
 *    ranked with `ts_rank_cd` on the matches only, one page with a total, then titles and
 *    `ts_headline` snippets for that page only.
 * 2. `similar`, when nothing matches: titles close to the query (`pg_trgm` word similarity).
 * 3. `none`: nothing close enough; `suggestions` lists titles that come nearest ("did you mean").
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

export type SearchCollection = 'resources' | 'principles' | 'topics' | 'glossary-terms' | 'faqs' | 'practices'
export type SearchLocale = 'en' | 'fr'
export type SnippetSegment = { text: string; hit: boolean }
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
export type SearchResponse = {
  /** the query as searched: trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters */
  query: string
  mode: 'fulltext' | 'similar' | 'none'
  total: number
  results: SearchResult[]
  /** "did you mean": nearest titles, when full-text search found nothing */
  suggestions: string[]
}
export type SearchOptions = {
  q: string
  locale: SearchLocale
  /** default: all of SEARCH_COLLECTIONS */
  collections?: SearchCollection[]
  /** default 20, at most 100 */
  limit?: number
  offset?: number
}

type Source = { table: string; title: string; summary: string | null; body: string }

/** Where each collection's reader-facing text lives. */
const SOURCES: Record<SearchCollection, Source> = {
  resources: { table: 'resources', title: 'title', summary: 'summary', body: 'notes' },
  principles: { table: 'principles', title: 'title', summary: 'summary', body: 'explanation' },
  topics: { table: 'topics', title: 'title', summary: 'summary', body: 'body' },
  'glossary-terms': { table: 'glossary_terms', title: 'term', summary: 'summary', body: 'definition' },
  faqs: { table: 'faqs', title: 'question', summary: null, body: 'answer' },
  practices: { table: 'practices', title: 'title', summary: 'summary', body: 'body' },
}
export const SEARCH_COLLECTIONS = Object.keys(SOURCES) as SearchCollection[]

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
/** matchingResourceIds returns at most this many ids */
export const MAX_MATCHING_IDS = 1000
/** word similarity (0..1) from which a title counts as a typo of the query */
export const SIMILAR_THRESHOLD = 0.6
/** word similarity from which a title is offered as a suggestion */
export const SUGGESTION_THRESHOLD = 0.3
const SUGGESTIONS = 5
/** ts_rank_cd weights for D, C (body), B (summary), A (title) */
const WEIGHTS = '{0.05, 0.1, 0.3, 1.0}'
/**
 * Private-use characters mark the hits in ts_headline's output (stripped from the text first).
 * Control characters stand in for `<` and `>` while it runs (its parser would drop `<word>` as an
 * HTML tag; the snippet shows the text exactly as written). Not private-use ones for these: under
 * the C locale (the embedded server's) the parser takes any non-ASCII character for a letter.
 */
const START = '\uE000'
const STOP = '\uE001'
const LT = '\u0001'
const GT = '\u0002'
const HEADLINE = `StartSel="${START}", StopSel="${STOP}", MaxWords=35, MinWords=15`
/** a short text whole, a long one as its best two passages */
const HEADLINE_SHORT = `${HEADLINE}, MaxFragments=0`
const HEADLINE_LONG = `${HEADLINE}, MaxFragments=2, FragmentDelimiter=" … "`
const SHORT_TEXT_CHARS = 320
const SIMILAR_SNIPPET_CHARS = 220

const DEFAULT_LOCALE: SearchLocale = 'en'
const TEXT_CONFIG: Record<SearchLocale, string> = { en: 'english', fr: 'french' }

type Db = PostgresAdapter['drizzle']
type Hit = { collection: SearchCollection; id: number; rowId: number; locale: SearchLocale; rank: number }
type Ranked = { total: number; hits: Hit[] }

const drizzleOf = (payload: Payload): Db => (payload.db as unknown as PostgresAdapter).drizzle

/** Trimmed, whitespace collapsed, control characters (NUL breaks a query) dropped, capped. */
export function normalizeQuery(q: unknown): string {
  if (typeof q !== 'string') return ''
  // eslint-disable-next-line no-control-regex
  const clean = q.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

const localeOf = (value: unknown): SearchLocale => (value === 'fr' ? 'fr' : 'en')
/** The requested locale first, then the default one (Payload's fallback). */
const localesFor = (locale: SearchLocale): SearchLocale[] => (locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE])
const collectionsOf = (list: readonly string[] | undefined): SearchCollection[] => {
  const known = (list ?? []).filter((c): c is SearchCollection => Object.hasOwn(SOURCES, c))
  return known.length ? [...new Set(known)] : SEARCH_COLLECTIONS
}
const intIn = (value: unknown, fallback: number, min: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback

const id = (name: string) => sql.identifier(name)
const locales = (source: Source) => id(`${source.table}_locales`)
/** the row language's text search configuration */
const rowConfig = sql`(CASE WHEN l._locale = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END)`
/** the query for rows in `locale`: in that language, or the words as typed (titles carry them in `simple`) */
const tsquery = (q: string, locale: SearchLocale) =>
  sql`(websearch_to_tsquery(${TEXT_CONFIG[locale]}::regconfig, ${q}) || websearch_to_tsquery('simple'::regconfig, ${q}))`
const rowQuery = (q: string, searched: SearchLocale[]) =>
  searched.length === 1 ? tsquery(q, searched[0]!) : sql`(CASE WHEN l._locale = 'fr' THEN ${tsquery(q, 'fr')} ELSE ${tsquery(q, 'en')} END)`
const localeList = (searched: SearchLocale[]) => sql.join(searched.map((l) => sql`${l}::_locales`), sql`, `)

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query)
  return result.rows as T[]
}

/**
 * One row per document (the requested locale's when it matched), best first, one page of them,
 * with the total. `branch` selects (collection, id, row_id, locale, sort_title, rank) per collection.
 */
async function rankPage(
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
  const result = await rows<{ total: number; collection: SearchCollection | null; id: number; row_id: number; locale: SearchLocale; rank: number }>(
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
      .map((r) => ({ collection: r.collection!, id: r.id, rowId: r.row_id, locale: localeOf(r.locale), rank: Number(r.rank) })),
  }
}

/** Published documents whose rows match `q`: GIN `@@` per locale, ranked on the matches only. */
function fulltextRanked(db: Db, q: string, locale: SearchLocale, collections: SearchCollection[], limit: number, offset: number) {
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
    lower(l.${id(source.title)}) AS sort_title, word_similarity(${q}, l.${id(source.title)}) AS rank
  FROM ${locales(source)} l JOIN ${id(source.table)} d ON d.id = l._parent_id
  WHERE d._status = 'published' AND l._locale IN (${localeList(searched)}) AND ${q} <% l.${id(source.title)}`

function similarRanked(db: Db, q: string, locale: SearchLocale, collections: SearchCollection[], limit: number, offset: number) {
  return withWordSimilarity(db, SIMILAR_THRESHOLD, (tx) =>
    rankPage(tx, collections, similarBranch(q, localesFor(locale)), locale, limit, offset),
  )
}

/** "Did you mean": distinct titles nearest to `q`, in the requested locale or its fallback. */
async function suggestionsFor(db: Db, q: string, locale: SearchLocale, collections: SearchCollection[]): Promise<string[]> {
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

/** Slug, title (falling back to the English one) and snippet of the page's hits. */
async function describe(db: Db, q: string, hits: Hit[], mode: 'fulltext' | 'similar'): Promise<SearchResult[]> {
  if (!hits.length) return []
  const collections = [...new Set(hits.map((h) => h.collection))]
  const found = await rows<{ collection: SearchCollection; row_id: number; slug: string | null; title: string | null; snippet: string | null }>(
    db,
    sql.join(
      collections.map((collection) => {
        const source = SOURCES[collection]
        const rowIds = hits.filter((h) => h.collection === collection).map((h) => sql`${h.rowId}`)
        const summary = source.summary ? sql`l.${id(source.summary)}` : sql`NULL`
        const snippet =
          mode === 'fulltext'
            ? sql`ts_headline(${rowConfig}, translate(t.text, ${`<>${LT}${GT}${START}${STOP}`}, ${LT + GT}), ${rowQuery(q, ['fr', 'en'])},
                CASE WHEN length(t.text) <= ${SHORT_TEXT_CHARS} THEN ${HEADLINE_SHORT} ELSE ${HEADLINE_LONG} END)`
            : sql`left(t.text, ${SIMILAR_SNIPPET_CHARS + 1})`
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
    const snippet = mode === 'fulltext' ? toSegments(row.snippet ?? '') : plainSnippet(row.snippet ?? '')
    return [{ collection: hit.collection, id: hit.id, slug: row.slug ?? '', title: row.title ?? '', snippet, locale: hit.locale, rank: hit.rank }]
  })
}

/** ts_headline's output (hits between START and STOP) as plain text segments. */
export function toSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = []
  let hit = false
  const text = headline.replaceAll(LT, '<').replaceAll(GT, '>').replace(/\s+/g, ' ').trim()
  for (const part of text.split(/([\uE000\uE001])/)) {
    if (part === START) hit = true
    else if (part === STOP) hit = false
    else if (part) {
      const last = segments[segments.length - 1]
      if (last && last.hit === hit) last.text += part
      else segments.push({ text: part, hit })
    }
  }
  return segments
}

function plainSnippet(text: string): SnippetSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (!flat) return []
  if (flat.length <= SIMILAR_SNIPPET_CHARS) return [{ text: flat, hit: false }]
  const cut = flat.slice(0, SIMILAR_SNIPPET_CHARS)
  const space = cut.lastIndexOf(' ')
  return [{ text: `${(space > SIMILAR_SNIPPET_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`, hit: false }]
}

/**
 * Search the published content: full text first, titles with typos when nothing matches, and
 * suggestions when nothing is close enough either. An empty query runs nothing.
 */
export async function search(payload: Payload, options: SearchOptions): Promise<SearchResponse> {
  const query = normalizeQuery(options.q)
  const empty: SearchResponse = { query, mode: 'none', total: 0, results: [], suggestions: [] }
  if (!query) return empty
  const db = drizzleOf(payload)
  const locale = localeOf(options.locale)
  const collections = collectionsOf(options.collections)
  const limit = intIn(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
  const offset = intIn(options.offset, 0, 0, Number.MAX_SAFE_INTEGER)

  const fulltext = await fulltextRanked(db, query, locale, collections, limit, offset)
  if (fulltext.total > 0) {
    return { query, mode: 'fulltext', total: fulltext.total, results: await describe(db, query, fulltext.hits, 'fulltext'), suggestions: [] }
  }
  const similar = await similarRanked(db, query, locale, collections, limit, offset)
  if (similar.total > 0) {
    const results = await describe(db, query, similar.hits, 'similar')
    // the closest titles are the results themselves
    const suggestions = [...new Set(results.map((r) => r.title))].slice(0, SUGGESTIONS)
    return { query, mode: 'similar', total: similar.total, results, suggestions }
  }
  return { ...empty, suggestions: await suggestionsFor(db, query, locale, collections) }
}

/**
 * Ids of published resources matching `q` (for the resources list filter), best first: full-text
 * matches, or, when there are none, resources whose title is close to `q` (typos). At most
 * MAX_MATCHING_IDS. Empty for an empty query: the caller shows the unfiltered list then.
 */
export async function matchingResourceIds(payload: Payload, q: string, locale: SearchLocale): Promise<number[]> {
  const query = normalizeQuery(q)
  if (!query) return []
  const db = drizzleOf(payload)
  const fulltext = await fulltextRanked(db, query, localeOf(locale), ['resources'], MAX_MATCHING_IDS, 0)
  const ranked = fulltext.total > 0 ? fulltext : await similarRanked(db, query, localeOf(locale), ['resources'], MAX_MATCHING_IDS, 0)
  return ranked.hits.map((h) => h.id)
}
