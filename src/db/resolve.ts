/**
 * Where the database is: one answer for `dev`, `seed`, `migrate`, `start` and the tests.
 *
 * - DATABASE_URL set: that server and database, untouched.
 * - otherwise: the embedded PostgreSQL under `.data/`, database `allyship`.
 */
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from './embedded'

export const EMBEDDED_DATABASE = 'allyship'

export type ResolvedDatabase = {
  url: string
  label: string
  embedded: EmbeddedServer | null
}

export function redact(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}

export async function resolveDatabase(log: (msg: string) => void = console.log): Promise<ResolvedDatabase> {
  const given = process.env.DATABASE_URL
  if (given) return { url: given, label: `DATABASE_URL (${redact(given)})`, embedded: null }
  const embedded = await startEmbeddedPostgres(log)
  await ensureDatabase(embedded.url(), EMBEDDED_DATABASE)
  const url = embedded.url(EMBEDDED_DATABASE)
  return { url, label: `embedded PostgreSQL in .data/ (${redact(url)})`, embedded }
}
