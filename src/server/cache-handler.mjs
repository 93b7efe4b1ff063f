/**
 * Next's cache (ISR pages and `unstable_cache` data) in Redis, shared by every instance, when
 * REDIS_URL is set (next.config.mjs points `cacheHandler` here only then). Uses
 * @fortedigital/nextjs-cache-handler's `redis-strings` handler, the maintained successor of
 * @neshca/cache-handler for Next 15 and 16; its tag index lives in Redis too, so a tag expired by
 * one instance is expired for all.
 *
 * If Redis cannot be reached when the server starts, this instance keeps its cache in memory
 * (`local-lru`) and says so: pages still render, they are only not shared. Plain JavaScript: Next
 * loads this file itself, outside our TypeScript runner.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'
import fs from 'node:fs'
import path from 'node:path'

const KEY = Symbol.for('allyship.nextCacheHandler')

CacheHandler.onCreation(() => {
  // one Redis connection per process, however many times Next creates the handler
  const scope = /** @type {Record<symbol, unknown>} */ (globalThis)
  if (scope[KEY]) return scope[KEY]
  scope[KEY] = (async () => {
    const url = process.env.REDIS_URL
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] }
    const client = createClient({
      url,
      socket: { connectTimeout: 5_000, reconnectStrategy: (n) => Math.min(100 * 2 ** n, 5_000) },
    })
    let warned = false
    client.on('error', (err) => {
      if (!warned) console.warn(`[next-cache] Redis: ${err.message}`)
      warned = true
    })
    client.on('ready', () => {
      warned = false
    })
    try {
      await client.connect()
    } catch (err) {
      console.error(`[next-cache] Redis does not answer (${err.message}): this instance keeps Next's cache in memory`)
      await client.disconnect().catch(() => {})
      return { handlers: [createLruHandler()] }
    }
    // REDIS_PREFIX keeps hubs (or test runs) that share one Redis apart; the build id keeps a new
    // deploy from reading what an older build cached
    const prefix = process.env.REDIS_PREFIX || 'allyship:'
    let build = 'dev'
    try {
      build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
    } catch {
      // no build id: a development server
    }
    return {
      handlers: [createRedisHandler({ client, keyPrefix: `${prefix}next:${build}:`, timeoutMs: 1_000 })],
    }
  })()
  return scope[KEY]
})

export default CacheHandler
