/**
 * Expiring the public pages' cache tags (src/hooks/revalidate.ts): through the request when the write
 * came through REST or GraphQL, and directly through the Next server's incremental cache for writes
 * that may run outside any live request (a scheduled publish run by the jobs queue), never throwing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXPIRE_AGAIN_AFTER_MS, expire, revalidateAfterChange, serverIncrementalCache } from '@/hooks/revalidate'

const scope = globalThis as { __incrementalCache?: unknown }
afterEach(() => {
  delete scope.__incrementalCache
})

const fakeCache = () => ({
  revalidateTag: vi.fn(async (_tags: string | string[], _durations?: { expire?: number }) => undefined),
})
const logger = () => ({ warn: vi.fn() })
const noStore = () => {
  throw new Error('Invariant: static generation store missing in revalidateTag("payload:resources")')
}

describe('expire', () => {
  it('outside a Next server (scripts, tests) does nothing and says nothing', () => {
    const log = logger()
    // the real revalidateTag, with no request store and no server cache
    expect(expire('resources', log)).toBe(false)
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('a job run by the cron inside `next start` (no request store) expires the tag in the server cache at once, and again after the write commits', () => {
    const cache = fakeCache()
    scope.__incrementalCache = cache
    const later = vi.fn()
    const log = logger()
    // the real revalidateTag throws "static generation store missing" here
    expect(expire('resources', log, { api: 'local', later })).toBe(true)
    expect(cache.revalidateTag).toHaveBeenCalledTimes(1)
    expect(cache.revalidateTag).toHaveBeenCalledWith(['payload:resources'], { expire: 0 })
    expect(later).toHaveBeenCalledWith(expect.any(Function), EXPIRE_AGAIN_AFTER_MS)
    later.mock.calls[0]![0]()
    expect(cache.revalidateTag).toHaveBeenCalledTimes(2)
    expect(cache.revalidateTag).toHaveBeenLastCalledWith(['payload:resources'], { expire: 0 })
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('a job whose cron kept a finished request’s context (revalidateTag accepts the tag, but nothing will run it) still reaches the cache', () => {
    const cache = fakeCache()
    const revalidate = vi.fn()
    expect(expire('site-settings', undefined, { api: 'local', revalidate, cache, later: () => undefined })).toBe(true)
    expect(revalidate).toHaveBeenCalledWith('payload:site-settings', { expire: 0 })
    expect(cache.revalidateTag).toHaveBeenCalledWith(['payload:site-settings'], { expire: 0 })
  })

  it('a REST or GraphQL write leaves it to Next, which expires the tag once the request is done', () => {
    const cache = fakeCache()
    for (const api of ['REST', 'GraphQL']) {
      const revalidate = vi.fn()
      expect(expire('topics', undefined, { api, revalidate, cache })).toBe(true)
      expect(revalidate).toHaveBeenCalledWith('payload:topics', { expire: 0 })
    }
    expect(cache.revalidateTag).not.toHaveBeenCalled()
  })

  it('never throws: an unexpected revalidateTag error or a failing cache is a warning', async () => {
    const log = logger()
    const broken = vi.fn(() => {
      throw new Error('disk full')
    })
    expect(expire('faqs', log, { revalidate: broken, cache: null })).toBe(false)
    expect(log.warn).toHaveBeenCalledWith('Could not revalidate faqs: disk full')

    const failing = { revalidateTag: vi.fn(async () => Promise.reject(new Error('redis down'))) }
    const log2 = logger()
    expect(expire('faqs', log2, { revalidate: noStore, cache: failing, later: () => undefined })).toBe(true)
    await vi.waitFor(() => expect(log2.warn).toHaveBeenCalledWith('Could not revalidate faqs: redis down'))
    // the expected "no store" invariant itself is not worth a warning
    expect(log2.warn).toHaveBeenCalledTimes(1)
  })

  it('finds the server cache only where Next put one', () => {
    expect(serverIncrementalCache({})).toBeNull()
    expect(serverIncrementalCache({ __incrementalCache: { get: () => null } })).toBeNull()
    const cache = fakeCache()
    expect(serverIncrementalCache({ __incrementalCache: cache })).toBe(cache)
  })
})

describe('revalidateAfterChange', () => {
  const args = (doc: object, previousDoc: object, payloadAPI: string) =>
    ({
      collection: { slug: 'resources', versions: { drafts: {} } },
      doc,
      previousDoc,
      req: { payloadAPI, payload: { logger: logger() } },
      context: {},
    }) as never

  it('a scheduled publish (local API, outside a request) expires the collection’s pages; a draft of unpublished content does not', () => {
    const cache = fakeCache()
    scope.__incrementalCache = cache
    revalidateAfterChange(args({ _status: 'draft' }, { _status: 'draft' }, 'local'))
    expect(cache.revalidateTag).not.toHaveBeenCalled()
    revalidateAfterChange(args({ _status: 'published' }, { _status: 'draft' }, 'local'))
    expect(cache.revalidateTag).toHaveBeenCalledWith(['payload:resources'], { expire: 0 })
  })
})
