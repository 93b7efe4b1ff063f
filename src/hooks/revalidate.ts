/**
 * On-demand revalidation: when a published document is created, changed, unpublished or
 * deleted (or a global is saved), expire the cache tag of its collection at once, so the
 * next visit to any page showing it renders fresh content. Draft saves of unpublished
 * documents change nothing public and revalidate nothing.
 *
 * Two ways to reach Next's cache:
 *
 * - `revalidateTag(tag, { expire: 0 })`, which Next runs once the request is done, after the write
 *   has committed. Writes through REST and GraphQL (the admin's saves included) use only this.
 * - Local API writes may run outside any live request: a scheduled publish run by the jobs queue's
 *   cron, the retention job. There `revalidateTag` throws "static generation store missing" or, because
 *   the cron's timers were started inside the request that first initialised Payload and keep its
 *   async context, quietly records the tag on that long-finished request, where nothing runs it. So
 *   for them, whenever the Next server has published its incremental cache
 *   (`globalThis.__incrementalCache`, set by `next start` and `next dev` on every request), the tag
 *   is also expired there directly, with the same immediate expiry, and once more a moment later,
 *   after the write's transaction has committed, so that a page read in between cannot keep the old
 *   content cached.
 *
 * Outside a Next server (seed, migrations, integration tests) there is no cache: revalidateTag's
 * "no store" invariant is expected and ignored, and nothing else is tried.
 */
import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { tagFor, type Taggable } from '../lib/cache-tags'
import { EXPIRE_NOW, serverIncrementalCache, type IncrementalCacheLike } from '../lib/incremental-cache'
import { announcePublicChange } from '../lib/public-change'

type Status = { _status?: 'draft' | 'published' | null } | undefined | null
type Logger = { warn: (msg: string) => void }

/** True when a change is visible to the public: before, after, or both. */
export function isPublicChange(doc: Status, previousDoc: Status, hasDrafts: boolean): boolean {
  if (!hasDrafts) return true
  return doc?._status === 'published' || previousDoc?._status === 'published'
}

// the Next server's incremental cache, reachable without importing Next (src/lib/incremental-cache.ts)
export { EXPIRE_NOW, serverIncrementalCache, type IncrementalCacheLike } from '../lib/incremental-cache'

/** After the write that asked for it has committed (hooks run inside its transaction). */
export const EXPIRE_AGAIN_AFTER_MS = 2_000

/** "Not inside a live Next request": the errors revalidateTag throws there. */
const outsideRequest = /store missing|outside a request scope|not supported|unsupported|during render|Invariant/i

export type ExpireOptions = {
  /** `req.payloadAPI` of the write: REST and GraphQL writes always run inside a live request */
  api?: string
  revalidate?: (tag: string, profile: { expire: number }) => void
  cache?: IncrementalCacheLike | null
  later?: (fn: () => void, ms: number) => void
}

const defaultLater = (fn: () => void, ms: number) => {
  setTimeout(fn, ms).unref?.()
}

function expireInCache(cache: IncrementalCacheLike, tag: string, slug: Taggable, logger?: Logger) {
  const warn = (err: unknown) =>
    logger?.warn(`Could not revalidate ${slug}: ${err instanceof Error ? err.message : String(err)}`)
  try {
    void Promise.resolve(cache.revalidateTag([tag], { ...EXPIRE_NOW })).catch(warn)
  } catch (err) {
    warn(err)
  }
}

/**
 * Expire the cache tag of `slug`. True when a cache was told (through the request, or directly);
 * false where there is none (scripts, tests).
 */
export function expire(slug: Taggable, logger?: Logger, options: ExpireOptions = {}): boolean {
  const tag = tagFor(slug)
  // the page cache, the proxy's slug set and other instances hear of it (src/lib/public-change.ts)
  announcePublicChange([tag])
  let viaRequest = false
  try {
    ;(options.revalidate ?? revalidateTag)(tag, { ...EXPIRE_NOW })
    viaRequest = true
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (!outsideRequest.test(message)) logger?.warn(`Could not revalidate ${slug}: ${message}`)
  }
  if (options.api === 'REST' || options.api === 'GraphQL') return viaRequest
  const cache = 'cache' in options ? (options.cache ?? null) : serverIncrementalCache()
  if (!cache) return viaRequest
  expireInCache(cache, tag, slug, logger)
  ;(options.later ?? defaultLater)(() => expireInCache(cache, tag, slug, logger), EXPIRE_AGAIN_AFTER_MS)
  return true
}

export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req, context }) => {
  if (context?.skipRevalidate) return doc
  if (isPublicChange(doc, previousDoc, Boolean(collection.versions?.drafts))) {
    expire(collection.slug, req.payload.logger, { api: req.payloadAPI })
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req, context }) => {
  if (context?.skipRevalidate) return doc
  if (isPublicChange(doc, undefined, Boolean(collection.versions?.drafts)))
    expire(collection.slug, req.payload.logger, { api: req.payloadAPI })
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, doc, req }) => {
  expire(global.slug, req.payload.logger, { api: req.payloadAPI })
  return doc
}
