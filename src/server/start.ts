/**
 * The production server `npm start` runs: Next's request handler behind the anonymous page cache
 * (src/server/page-cache.ts), with one log line per request (src/server/request-log.ts) and, when
 * REDIS_URL is set, public changes shared with every other instance (src/server/redis-bridge.ts).
 *
 * Environment (all optional): PORT (3000), HOSTNAME (0.0.0.0), PAGE_CACHE=off, PAGE_CACHE_MAX_BYTES
 * (64 MiB), PAGE_CACHE_NOT_FOUND_TTL_MS (60000), PAGE_CACHE_SHARED_MAX_AGE (0 s: what a CDN in front
 * may keep a page), REDIS_URL, LOG_LEVEL (info).
 */
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { announcePublicChange, onPublicChange } from '@/lib/public-change'
import { EXPIRE_NOW, serverIncrementalCache } from '@/lib/incremental-cache'
import { bypassReason, PageCache, renderAndStore } from './page-cache'
import { startRedisBridge, type RedisBridge } from './redis-bridge'
import { createLogger, logRequest } from './request-log'

/** Methods no route of ours answers: 405 here, before they reach Next (TRACE echoed a 500). */
const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT'])

/** A flush is repeated this long after a change, when the write that raised it has committed. */
export const FLUSH_AGAIN_AFTER_MS = 400

const int = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, not "${raw}"`)
  return Math.floor(value)
}

async function main() {
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  const log = createLogger()
  const port = int('PORT', 3000)
  const hostname = process.env.HOSTNAME || '0.0.0.0'
  const { default: next } = await import('next')
  // not quiet: Next's own error lines (a render that failed) belong in the log
  // Next is not told the address we listen on: given 127.0.0.1, its locale routing answered every
  // English page with a redirect to itself (seen with next-intl 4.4 on Next 16.4); it only builds
  // internal URLs from it
  const app = next({ dev: false, dir: process.cwd(), port })
  await app.prepare()
  const handle = app.getRequestHandler()

  const cache =
    process.env.PAGE_CACHE === 'off'
      ? null
      : new PageCache({
          maxBytes: int('PAGE_CACHE_MAX_BYTES', 64 * 1024 * 1024),
          notFoundTtlMs: int('PAGE_CACHE_NOT_FOUND_TTL_MS', 60_000),
          sharedMaxAgeS: int('PAGE_CACHE_SHARED_MAX_AGE', 0),
        })

  // every public change, from here or from another instance, empties the page cache now and once
  // more a moment later: the change is announced from inside the write's transaction, and a page
  // rendered before it committed may still hold the old content
  onPublicChange((change) => {
    if (change.origin === 'remote') {
      // this instance's own Next cache (ISR, data) forgets the tags too, Redis handler or not
      const incremental = serverIncrementalCache()
      if (incremental) void Promise.resolve(incremental.revalidateTag(change.tags, { ...EXPIRE_NOW })).catch(() => {})
    }
    if (!cache) return
    cache.flush()
    setTimeout(() => cache.flush(), FLUSH_AGAIN_AFTER_MS).unref()
  })

  let bridge: RedisBridge | null = null
  if (process.env.REDIS_URL) {
    try {
      bridge = await startRedisBridge(process.env.REDIS_URL, {
        info: (m) => log.info(m),
        warn: (m) => log.warn(m),
      })
    } catch (err) {
      log.error(`Redis at REDIS_URL does not answer (${(err as Error).message}): refusing to start without it`)
      process.exit(1)
    }
  }

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    logRequest(req, res, log)
    if (REFUSED_METHODS.has(req.method ?? '')) {
      res.writeHead(405, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'content-type': 'text/plain' })
      res.end('Method Not Allowed')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // a write that changed public content has committed once it is answered: flush again then,
      // here and, through the bridge, everywhere
      const before = cache?.generation ?? 0
      res.once('finish', () => {
        if (cache && cache.generation !== before) announcePublicChange([], 'local')
      })
      void handle(req, res)
      return
    }
    const reason = cache ? bypassReason(req) : 'off'
    if (!cache || reason) {
      res.setHeader('x-cache', 'BYPASS')
      void handle(req, res)
      return
    }
    const key = req.url ?? '/'
    const hit = cache.get(key)
    if (hit) {
      cache.serve(req, res, hit)
      return
    }
    renderAndStore(cache, key, req, res, () => handle(req, res))
  })
  server.keepAliveTimeout = int('KEEP_ALIVE_TIMEOUT', 65_000)
  server.headersTimeout = server.keepAliveTimeout + 1_000

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  log.info(
    `Allyship Hub ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}` +
      ` (page cache ${cache ? `on, ${Math.round(cache.lru.maxSize / 1024 / 1024)} MiB` : 'off'}` +
      `${bridge ? ', shared through Redis' : ''})`,
  )

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info(`${signal}: finishing open requests, then stopping`)
    server.close(() => {
      void Promise.resolve(bridge?.close())
        .catch(() => {})
        .finally(() => process.exit(0))
    })
    server.closeIdleConnections?.()
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
