/**
 * The Next server's incremental cache (ISR pages, `unstable_cache` data), reached through the global
 * Next publishes it on (`globalThis.__incrementalCache`, set by the server on every request). Kept
 * free of any import from `next`: the production server (src/server/start.ts) loads this before Next
 * has set up its request storage, and importing `next/cache` then throws.
 */
/** What `IncrementalCache.revalidateTag(tags, durations)` needs (next/dist/server/lib/incremental-cache). */
export type IncrementalCacheLike = {
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => unknown
}

/** The Next server's incremental cache, or null outside a Next server. */
export function serverIncrementalCache(scope: object = globalThis): IncrementalCacheLike | null {
  const cache = (scope as { __incrementalCache?: unknown }).__incrementalCache
  return cache && typeof (cache as IncrementalCacheLike).revalidateTag === 'function'
    ? (cache as IncrementalCacheLike)
    : null
}

/** Immediate expiry: what `revalidateTag(tag, { expire: 0 })` hands the cache (server/revalidation-utils.js). */
export const EXPIRE_NOW = { expire: 0 } as const
