/**
 * The anonymous page cache in front of Next's renderer (the model: Discourse's anonymous cache).
 *
 * Public HTML is the same for every reader who is not signed in, not previewing and has no flash
 * message waiting (src/submissions/flash.ts): forms fetch their tokens (CONTRACT.md), the layout
 * reads no request headers. So the production server (src/server/start.ts) keeps the bytes of each
 * such page, compressed once with gzip and brotli, and answers the next reader from memory with an
 * ETag (304 when the reader has it), without entering Next at all.
 *
 * - Only GET and HEAD of public pages, from requests with no session, preview or flash cookie, no
 *   Authorization and no RSC header (`bypassReason`). The admin, the API, Next's assets, the search
 *   (an endless space of addresses) and the pages that are per visitor (status, check, thanks, the
 *   digest's link pages) are never stored.
 * - Only 200 and 404 HTML answers without `Set-Cookie`; a 404 of an unknown slug for a short while.
 * - Bounded in bytes: an LRU (`lru-cache`) counting the three encodings of every entry.
 * - Flushed on every public change (`flush`, called for src/lib/public-change.ts, locally or from
 *   another instance through Redis). A page that was rendering while a flush happened may hold what
 *   was there before, so it is not stored (`generation`).
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { LRUCache } from 'lru-cache'

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)
const brotli = promisify(zlib.brotliCompress)
const inflate = promisify(zlib.inflate)
const brotliDecompress = promisify(zlib.brotliDecompress)

export type CachedPage = {
  status: number
  headers: Record<string, string | string[]>
  identity: Buffer
  gzip: Buffer
  br: Buffer
  etag: string
  storedAt: number
}

export type PageCacheOptions = {
  /** bytes of all entries' three encodings together (PAGE_CACHE_MAX_BYTES, default 64 MiB) */
  maxBytes?: number
  /** how long a 404 page is kept (PAGE_CACHE_NOT_FOUND_TTL_MS, default 60 s) */
  notFoundTtlMs?: number
  /** `s-maxage` offered to a CDN or reverse proxy in front (PAGE_CACHE_SHARED_MAX_AGE, default 0: none) */
  sharedMaxAgeS?: number
  /** the largest page kept (default a quarter of maxBytes, at most 8 MiB) */
  maxEntryBytes?: number
}

/** Cookies that make a request someone's own: a session, a preview, a message waiting for them. */
const PERSONAL_COOKIES = [
  /^payload-token$/, // Payload's session (src/collections/Users)
  /^__prerender_bypass$/, // Next's draft mode (preview)
  /^__next_preview_data$/,
  /^ah_flash_\d+$/, // a form brought back with errors or a thank-you (src/submissions/flash.ts)
  /^ah_digest$/, // the subscribe form's prefill (src/digest/prefill.ts)
]

/** Paths (without the locale prefix) whose HTML is never the same for two readers. */
const PERSONAL_PATHS = [
  /^\/search(\/|$)/, // not personal, but endless: every query string is another page
  /^\/contribute\/(check|thanks|status)(\/|$)/,
  /^\/subscribe\/./, // confirm, unsubscribe, done: links carrying a signed address
]

/** Not pages at all. */
const NOT_PAGES = /^\/(api|admin|_next|og|media)(\/|$)|\.[A-Za-z0-9]+$/

/** The reason a request is not answered from or stored in the cache, or null when it may be. */
export function bypassReason(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'method'
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  const pathname = q === -1 ? url : url.slice(0, q)
  if (NOT_PAGES.test(pathname)) return 'not-a-page'
  const path = pathname.replace(/^\/fr(?=\/|$)/, '') || '/'
  if (PERSONAL_PATHS.some((p) => p.test(path))) return 'personal-path'
  if (q !== -1 && /(^|&)_rsc=/.test(url.slice(q + 1))) return 'rsc'
  const h = req.headers
  if (h.rsc || h['next-router-state-tree'] || h['next-router-prefetch'] || h['next-action']) return 'rsc'
  if (h.authorization) return 'authorization'
  const cookie = h.cookie
  if (cookie) {
    for (const part of cookie.split(';')) {
      const name = part.split('=')[0]!.trim()
      if (PERSONAL_COOKIES.some((p) => p.test(name))) return 'cookie'
    }
  }
  return null
}

/** The encoding to answer with: brotli, then gzip, then none, as the reader accepts. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | 'identity' {
  const text = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '')
  const accepted = new Map<string, number>()
  for (const part of text.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    accepted.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return 'identity'
}

/** Response headers that belong to one exchange, not to the page. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'etag',
  'set-cookie',
  'x-cache',
  'x-request-id',
  'age',
])

export class PageCache {
  readonly lru: LRUCache<string, CachedPage>
  readonly notFoundTtlMs: number
  readonly cacheControl: string
  readonly maxEntryBytes: number
  /** raised by every flush: a render that started under another generation is not stored */
  generation = 0
  stats = { hits: 0, misses: 0, stored: 0, skipped: 0, flushes: 0, notModified: 0 }

  constructor(options: PageCacheOptions = {}) {
    this.notFoundTtlMs = options.notFoundTtlMs ?? 60_000
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
    this.maxEntryBytes = options.maxEntryBytes ?? Math.min(Math.floor(maxBytes / 4), 8 * 1024 * 1024)
    const shared = options.sharedMaxAgeS ?? 0
    // browsers ask again every time (304 when nothing changed); a CDN may keep it `shared` seconds
    this.cacheControl = shared > 0 ? `public, max-age=0, s-maxage=${shared}, must-revalidate` : 'public, no-cache'
    this.lru = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      sizeCalculation: (page) => page.identity.length + page.gzip.length + page.br.length + 512,
      ttlAutopurge: false,
      allowStale: false,
    })
  }

  /** Forget every page: something public changed. */
  flush(): void {
    this.generation++
    this.stats.flushes++
    this.lru.clear()
  }

  get(key: string): CachedPage | undefined {
    return this.lru.get(key)
  }

  /** Store a page, unless a flush happened since its render began. */
  async store(key: string, generation: number, page: Omit<CachedPage, 'gzip' | 'br' | 'etag' | 'storedAt'>) {
    const [gz, br] = await Promise.all([
      gzip(page.identity, { level: 6 }),
      brotli(page.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }),
    ])
    if (generation !== this.generation) {
      this.stats.skipped++
      return false
    }
    const etag = `"${createHash('sha1').update(page.identity).digest('base64url')}"`
    this.lru.set(
      key,
      { ...page, gzip: gz, br, etag, storedAt: Date.now() },
      page.status === 404 ? { ttl: this.notFoundTtlMs } : undefined,
    )
    this.stats.stored++
    return true
  }

  /** Answer from a stored page: 304 when the reader has it, else the body in their encoding. */
  serve(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
    this.stats.hits++
    const headers: OutgoingHttpHeaders = {
      ...page.headers,
      'cache-control': this.cacheControl,
      etag: page.etag,
      vary: varyWithEncoding(page.headers.vary),
      'x-cache': 'HIT',
      age: String(Math.max(0, Math.floor((Date.now() - page.storedAt) / 1000))),
    }
    const match = req.headers['if-none-match']
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag)) {
      this.stats.notModified++
      res.writeHead(304, headers)
      res.end()
      return
    }
    const encoding = pickEncoding(req.headers['accept-encoding'])
    const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity
    if (encoding !== 'identity') headers['content-encoding'] = encoding
    headers['content-length'] = String(body.length)
    res.writeHead(page.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

function varyWithEncoding(vary: string | string[] | undefined): string {
  const parts = (Array.isArray(vary) ? vary.join(',') : (vary ?? '')).split(',').map((v) => v.trim())
  if (!parts.some((v) => v.toLowerCase() === 'accept-encoding')) parts.push('Accept-Encoding')
  return parts.filter(Boolean).join(', ')
}

const isHtml = (type: unknown) => typeof type === 'string' && /^text\/html\b/i.test(type)

async function decode(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  switch ((encoding ?? '').toLowerCase()) {
    case '':
    case 'identity':
      return body
    case 'gzip':
      return gunzip(body)
    case 'br':
      return brotliDecompress(body)
    case 'deflate':
      return inflate(body)
    default:
      throw new Error(`unknown content encoding ${encoding}`)
  }
}

/**
 * Let Next answer `req` while keeping a copy of what it sends; when the answer is a page that may be
 * stored, rewrite its Cache-Control for the cache and store it once it is complete.
 */
export function renderAndStore(
  cache: PageCache,
  key: string,
  req: IncomingMessage,
  res: ServerResponse,
  render: () => unknown,
): void {
  const generation = cache.generation
  const chunks: Buffer[] = []
  let storable: boolean | null = null
  let bytes = 0
  // a page too large is not worth evicting everything else for
  const limit = cache.maxEntryBytes

  const decide = () => {
    if (storable !== null) return storable
    const status = res.statusCode
    storable =
      req.method === 'GET' &&
      (status === 200 || status === 404) &&
      isHtml(res.getHeader('content-type')) &&
      res.getHeader('set-cookie') === undefined
    if (storable) {
      res.setHeader('cache-control', cache.cacheControl)
      res.setHeader('vary', varyWithEncoding(res.getHeader('vary') as string | string[] | undefined))
    }
    res.setHeader('x-cache', storable ? 'MISS' : 'BYPASS')
    return storable
  }

  const keep = (chunk: unknown, encoding?: unknown) => {
    if (!storable || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    bytes += buf.length
    if (bytes > limit) {
      storable = false
      chunks.length = 0
      return
    }
    chunks.push(buf)
  }

  const writeHead = res.writeHead as (this: ServerResponse, status: number, message?: string) => ServerResponse
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // headers given to writeHead directly join those set before, so the decision sees them all
    const given = rest.find((r) => r && typeof r === 'object') as OutgoingHttpHeaders | undefined
    res.statusCode = status
    if (given && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
    }
    decide()
    const message = rest.find((r) => typeof r === 'string') as string | undefined
    return message === undefined ? writeHead.call(this, status) : writeHead.call(this, status, message)
  } as typeof res.writeHead

  const write = res.write
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!res.headersSent) decide()
    keep(chunk, rest[0])
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof res.write

  const end = res.end
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!res.headersSent) decide()
    const [chunk, encoding] = args
    if (typeof chunk !== 'function') keep(chunk, encoding)
    const result = (end as (...a: unknown[]) => ServerResponse).apply(this, args)
    // stored once everything went out: an answer cut short (the reader left) never reaches 'finish'
    res.once('finish', () => {
      if (!storable || !chunks.length) return
      const headers: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || HOP_HEADERS.has(name)) continue
        headers[name] = typeof value === 'number' ? String(value) : value
      }
      const status = res.statusCode
      const sent = Buffer.concat(chunks)
      void decode(sent, res.getHeader('content-encoding') as string | undefined)
        .then((identity) => cache.store(key, generation, { status, headers, identity }))
        .catch((err: unknown) => console.error(`[page-cache] could not store ${key}:`, err))
    })
    return result
  } as typeof res.end

  cache.stats.misses++
  void render()
}
