/**
 * The anonymous page cache (src/server/page-cache.ts) over a real HTTP server on 127.0.0.1, with
 * a stand-in for Next's renderer that answers the way Next does (setHeader, then a streamed body,
 * gzip when the reader accepts it).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bypassReason, PageCache, pickEncoding, renderAndStore } from '@/server/page-cache'

let cache: PageCache
let renders = 0
let gate: Promise<void> | null = null
const page = (path: string) =>
  `<!doctype html><html><body><h1>${path}</h1>${'<p>allyship</p>'.repeat(200)}</body></html>`

const server = http.createServer((req, res) => {
  const reason = bypassReason(req)
  const render = async () => {
    renders++
    if (gate) await gate
    const url = req.url ?? '/'
    res.statusCode = url.startsWith('/missing') ? 404 : 200
    res.setHeader('content-type', url.startsWith('/feed') ? 'application/xml' : 'text/html; charset=utf-8')
    res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    res.setHeader('vary', 'rsc, next-router-state-tree')
    if (url.startsWith('/cookie')) res.setHeader('set-cookie', 'a=b')
    const body = Buffer.from(url.startsWith('/huge') ? 'x'.repeat(600_000) : page(url))
    const gz = /gzip/.test(String(req.headers['accept-encoding']))
    if (gz) res.setHeader('content-encoding', 'gzip')
    const out = gz ? zlib.gzipSync(body) : body
    // streamed in two parts, as Next streams a page
    res.write(out.subarray(0, 100))
    res.end(out.subarray(100))
  }
  if (reason) {
    res.setHeader('x-cache', 'BYPASS')
    void render()
    return
  }
  const hit = cache.get(req.url!)
  if (hit) return cache.serve(req, res, hit)
  renderAndStore(cache, req.url!, req, res, render)
})
let base = ''

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))
beforeEach(() => {
  cache = new PageCache({ maxBytes: 2_000_000, notFoundTtlMs: 50 })
  renders = 0
  gate = null
})

/** A request with Node's http (fetch would decode the body for us). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}
const settle = () => new Promise((r) => setTimeout(r, 50))

function decoded(res: { headers: http.IncomingHttpHeaders; body: Buffer }): string {
  const enc = res.headers['content-encoding']
  if (enc === 'br') return zlib.brotliDecompressSync(res.body).toString()
  if (enc === 'gzip') return zlib.gunzipSync(res.body).toString()
  return res.body.toString()
}

describe('which requests the cache may answer', () => {
  const req = (url: string, headers: http.IncomingHttpHeaders = {}, method = 'GET') => ({ url, headers, method })
  it('answers anonymous GET and HEAD of pages, in both languages', () => {
    for (const url of ['/', '/fr', '/resources?topic=a', '/principles/listen', '/fr/glossary'])
      expect(bypassReason(req(url))).toBeNull()
    expect(bypassReason(req('/', {}, 'HEAD'))).toBeNull()
  })
  it('never answers someone signed in, previewing, with a message waiting, or a client-side navigation', () => {
    expect(bypassReason(req('/', { cookie: 'payload-token=abc' }))).toBe('cookie')
    expect(bypassReason(req('/', { cookie: 'x=1; __prerender_bypass=1' }))).toBe('cookie')
    expect(bypassReason(req('/contribute', { cookie: 'ah_flash_0=eyJ' }))).toBe('cookie')
    expect(bypassReason(req('/subscribe', { cookie: 'ah_digest=eyJ' }))).toBe('cookie')
    expect(bypassReason(req('/', { authorization: 'users API-Key x' }))).toBe('authorization')
    expect(bypassReason(req('/', { rsc: '1' }))).toBe('rsc')
    expect(bypassReason(req('/?_rsc=abc'))).toBe('rsc')
    // a cookie that only looks like one is no reason
    expect(bypassReason(req('/', { cookie: 'theme=dark; payload-token-hint=1' }))).toBeNull()
  })
  it('never answers the admin, the API, files, search or the pages that are per visitor', () => {
    for (const url of [
      '/admin',
      '/api/resources',
      '/_next/static/x.js',
      '/favicon.ico',
      '/feed.xml',
      '/search?q=a',
      '/fr/search',
      '/contribute/status/abc',
      '/contribute/check',
      '/fr/contribute/thanks',
      '/subscribe/confirm?t=1',
    ])
      expect(bypassReason(req(url)), url).not.toBeNull()
    expect(bypassReason(req('/', {}, 'POST'))).toBe('method')
  })
})

describe('encoding negotiation', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br')
    expect(pickEncoding('gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip')
    expect(pickEncoding(undefined)).toBe('identity')
    expect(pickEncoding('identity')).toBe('identity')
    expect(pickEncoding('*')).toBe('br')
  })
})

describe('serving from the cache', () => {
  it('renders once, then answers every anonymous reader the same bytes, in the encoding each accepts', async () => {
    const first = await get('/principles/listen', { 'accept-encoding': 'gzip' })
    expect(first.headers['x-cache']).toBe('MISS')
    expect(first.headers['cache-control']).toBe('public, no-cache')
    expect(decoded(first)).toBe(page('/principles/listen'))
    await settle()
    const [br, gz, plain, again] = await Promise.all([
      get('/principles/listen', { 'accept-encoding': 'gzip, deflate, br' }),
      get('/principles/listen', { 'accept-encoding': 'gzip' }),
      get('/principles/listen'),
      get('/principles/listen', { 'accept-encoding': 'br' }),
    ])
    expect(renders).toBe(1)
    for (const r of [br, gz, plain, again]) {
      expect(r.headers['x-cache']).toBe('HIT')
      expect(decoded(r)).toBe(page('/principles/listen'))
      expect(r.headers.vary).toMatch(/accept-encoding/i)
      expect(r.headers.etag).toBe(br.headers.etag)
    }
    expect(br.headers['content-encoding']).toBe('br')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(page('/principles/listen')))
    // byte-identical for two readers
    expect(br.body.equals(again.body)).toBe(true)
  })

  it('answers 304 to a reader who has the page, and HEAD without a body', async () => {
    await get('/glossary')
    await settle()
    const hit = await get('/glossary')
    const etag = hit.headers.etag!
    expect(etag).toMatch(/^".+"$/)
    const revalidated = await get('/glossary', { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    const head = await get('/glossary', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['x-cache']).toBe('HIT')
    expect(head.body.length).toBe(0)
    expect(renders).toBe(1)
  })

  it('forgets every page on a flush, and does not store a page that was rendering while it happened', async () => {
    await get('/resources')
    await settle()
    cache.flush()
    expect((await get('/resources')).headers['x-cache']).toBe('MISS')
    await settle()
    // a render that began before a flush holds what was there before: not stored
    let open!: () => void
    gate = new Promise((r) => (open = r))
    const pending = get('/topics')
    await settle()
    cache.flush()
    open()
    expect((await pending).headers['x-cache']).toBe('MISS')
    gate = null
    await settle()
    expect((await get('/topics')).headers['x-cache']).toBe('MISS')
    await settle()
    expect((await get('/topics')).headers['x-cache']).toBe('HIT')
    expect(cache.stats.skipped).toBe(1)
  })

  it('keeps a 404 page only briefly', async () => {
    cache = new PageCache({ maxBytes: 2_000_000, notFoundTtlMs: 400 })
    await get('/missing-page')
    await settle()
    expect((await get('/missing-page')).status).toBe(404)
    expect(renders).toBe(1)
    await new Promise((r) => setTimeout(r, 450))
    expect((await get('/missing-page')).headers['x-cache']).toBe('MISS')
  })

  it('never stores an answer that sets a cookie, is not HTML, is too large, or came for a personal request', async () => {
    for (const [path, headers] of [
      ['/cookie', {}],
      ['/feedish', {}],
      ['/huge', {}],
      ['/principles', { cookie: 'payload-token=x' }],
    ] as const) {
      await get(path, headers)
      await settle()
      const again = await get(path, headers)
      expect(again.headers['x-cache'], path).not.toBe('HIT')
    }
    // the answer that set a cookie keeps the header Next gave it
    expect((await get('/cookie')).headers['cache-control']).toMatch(/private/)
    // a signed-in reader is never answered from what an anonymous one stored
    await get('/principles')
    await settle()
    const signedIn = await get('/principles', { cookie: 'payload-token=x' })
    expect(signedIn.headers['x-cache']).toBe('BYPASS')
  })

  it('stays within its size, dropping the least recently used pages', async () => {
    cache = new PageCache({ maxBytes: 12_000, maxEntryBytes: 10_000 })
    for (const p of ['/a', '/b', '/c', '/d', '/e']) {
      await get(p)
      await settle()
    }
    expect(cache.lru.calculatedSize).toBeLessThanOrEqual(12_000)
    expect(cache.lru.has('/e')).toBe(true)
    expect(cache.lru.has('/a')).toBe(false)
  })
})
