/**
 * What a search can ask for, and how a request is read: the searchable collections and where their
 * text lives (from the registry), the locales and their fallback, and the query, limit and offset
 * normalised.
 */
import {
  PUBLIC_COLLECTION_INFO,
  SEARCH_COLLECTIONS as SEARCHABLE,
  type SearchableCollection,
  type SearchLabel,
} from '../lib/collections'

/** The registry's searchable collections (src/lib/collections.ts). */
export type SearchCollection = SearchableCollection
export type SearchLocale = 'en' | 'fr'
export type SearchOptions = {
  q: string
  locale: SearchLocale
  /** default: all of SEARCH_COLLECTIONS */
  collections?: SearchCollection[]
  /** default 20, at most 100 */
  limit?: number
  offset?: number
}

export type Source = { table: string; title: string; summary: string | null; body: string }

/** Where each collection's reader-facing text lives: its table, title field and `search` columns in the registry. */
export const SOURCES = Object.fromEntries(
  SEARCHABLE.map((collection) => {
    const { table, titleField, search } = PUBLIC_COLLECTION_INFO[collection]
    return [collection, { table, title: titleField, summary: search.summary, body: search.body }]
  }),
) as Record<SearchCollection, Source>
export const SEARCH_COLLECTIONS = Object.keys(SOURCES) as SearchCollection[]

/** A result's kind, as a key under `Search.types` in the messages. */
export const searchLabel = (collection: SearchCollection): SearchLabel =>
  PUBLIC_COLLECTION_INFO[collection].search.label

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

const DEFAULT_LOCALE: SearchLocale = 'en'

/** Trimmed, whitespace collapsed, control characters (NUL breaks a query) dropped, capped. */
export function normalizeQuery(q: unknown): string {
  if (typeof q !== 'string') return ''
  const clean = q
    .replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

export const localeOf = (value: unknown): SearchLocale => (value === 'fr' ? 'fr' : 'en')
/** The requested locale first, then the default one (Payload's fallback). */
export const localesFor = (locale: SearchLocale): SearchLocale[] =>
  locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]
export const collectionsOf = (list: readonly string[] | undefined): SearchCollection[] => {
  const known = (list ?? []).filter((c): c is SearchCollection => Object.hasOwn(SOURCES, c))
  return known.length ? [...new Set(known)] : SEARCH_COLLECTIONS
}
export const intIn = (value: unknown, fallback: number, min: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback
