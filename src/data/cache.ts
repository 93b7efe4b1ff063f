/**
 * Cached reads for the public pages. Each fetcher names the collections its result
 * comes from; the result is kept until one of them changes (revalidated on demand by
 * src/hooks/revalidate.ts), never on a timer. Pages rendered from cached reads carry
 * the same tags, so Next re-renders them on the next visit after a change.
 */
import { createHash } from 'node:crypto'
import { unstable_cache } from 'next/cache'
import { serverUrl } from '../lib/env'
import { tagFor, type Taggable } from '../lib/cache-tags'

/**
 * Next keeps this cache on disk (.next/cache) across restarts and builds: entries are
 * scoped to the database and the public origin they were read for, so switching
 * DATABASE_URL or SERVER_URL never serves another database's content or URLs.
 */
const scope = () =>
  createHash('sha256')
    .update(`${process.env.DATABASE_URL ?? ''}|${serverUrl()}`)
    .digest('hex')
    .slice(0, 16)

/** A cached fetcher; `fresh` reads past the cache (previews of drafts: never stored, never shared). */
export type Cached<Args extends unknown[], Result> = ((...args: Args) => Promise<Result>) & {
  fresh: (...args: Args) => Promise<Result>
}

export function cached<Args extends unknown[], Result>(
  name: string,
  sources: Taggable[],
  fn: (...args: Args) => Promise<Result>,
): Cached<Args, Result> {
  const tags = sources.map(tagFor)
  const inNext = () => process.env.NEXT_RUNTIME === 'nodejs'
  let wrapped: ((...args: Args) => Promise<Result>) | undefined
  // Outside a Next server (scripts, integration tests) there is no cache to use.
  const read = (...args: Args) => {
    if (!inNext()) return fn(...args)
    wrapped ??= unstable_cache(fn, [name, scope()], { tags, revalidate: false })
    return wrapped(...args)
  }
  return Object.assign(read, { fresh: fn })
}
