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
 *    ranked with `ts_rank_cd` on the matches only (for a word in thousands of documents, those
 *    with it in their title first, and only they ranked: rank.ts), one page with a total, then
 *    titles and `ts_headline` snippets for that page only.
 * 2. `similar`, when nothing matches: titles close to the query (`pg_trgm` word similarity).
 * 3. `none`: nothing close enough; `suggestions` lists titles that come nearest ("did you mean").
 *
 * This module is the public entry: `search` and `matchingResourceIds`. The rest lives beside it:
 * options.ts (collections, locales, query normalisation), sql.ts (shared SQL pieces), rank.ts
 * (ranking, full-text matches), suggest.ts (typo fallback, "did you mean"), results.ts (titles and
 * slugs of a page) and snippets.ts (`ts_headline` snippets and their segments).
 */
import type { Payload } from 'payload'
import {
  collectionsOf,
  DEFAULT_LIMIT,
  intIn,
  localeOf,
  MAX_LIMIT,
  normalizeQuery,
  type SearchLocale,
  type SearchOptions,
} from './options'
import { fulltextRanked } from './rank'
import { describe, type SearchResult } from './results'
import { drizzleOf } from './sql'
import { similarRanked, suggestionsFor, SUGGESTIONS } from './suggest'

export {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  SEARCH_COLLECTIONS,
  searchLabel,
  type SearchCollection,
  type SearchLocale,
  type SearchOptions,
} from './options'
export { type SearchResult } from './results'
export { toSegments, type SnippetSegment } from './snippets'
export { SIMILAR_THRESHOLD, SUGGESTION_THRESHOLD } from './suggest'

export type SearchResponse = {
  /** the query as searched: trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters */
  query: string
  mode: 'fulltext' | 'similar' | 'none'
  total: number
  results: SearchResult[]
  /** "did you mean": nearest titles, when full-text search found nothing */
  suggestions: string[]
}

/** matchingResourceIds returns at most this many ids */
export const MAX_MATCHING_IDS = 1000

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
    return {
      query,
      mode: 'fulltext',
      total: fulltext.total,
      results: await describe(db, query, fulltext.hits, 'fulltext'),
      suggestions: [],
    }
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
  const ranked =
    fulltext.total > 0 ? fulltext : await similarRanked(db, query, localeOf(locale), ['resources'], MAX_MATCHING_IDS, 0)
  return ranked.hits.map((h) => h.id)
}
