/**
 * The SQL pieces every search query is built from: the database handle, identifiers, a source's
 * `_locales` table, the tsquery per language (and per row for a mixed-language search), and running
 * a query for its rows.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import type { SearchLocale, Source } from './options'

export type Db = PostgresAdapter['drizzle']

/** each locale's text search configuration */
export const TEXT_CONFIG: Record<SearchLocale, string> = { en: 'english', fr: 'french' }

export const drizzleOf = (payload: Payload): Db => (payload.db as unknown as PostgresAdapter).drizzle

export const id = (name: string) => sql.identifier(name)
export const locales = (source: Source) => id(`${source.table}_locales`)
/** the row language's text search configuration */
export const rowConfig = sql`(CASE WHEN l._locale = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END)`
/** the query for rows in `locale`: in that language, or the words as typed (titles carry them in `simple`) */
export const tsquery = (q: string, locale: SearchLocale) =>
  sql`(websearch_to_tsquery(${TEXT_CONFIG[locale]}::regconfig, ${q}) || websearch_to_tsquery('simple'::regconfig, ${q}))`
export const rowQuery = (q: string, searched: SearchLocale[]) =>
  searched.length === 1
    ? tsquery(q, searched[0]!)
    : sql`(CASE WHEN l._locale = 'fr' THEN ${tsquery(q, 'fr')} ELSE ${tsquery(q, 'en')} END)`
export const localeList = (searched: SearchLocale[]) =>
  sql.join(
    searched.map((l) => sql`${l}::_locales`),
    sql`, `,
  )

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query)
  return result.rows as T[]
}
