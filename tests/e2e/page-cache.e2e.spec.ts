/**
 * The anonymous page cache of the production server (src/server/page-cache.ts), against the
 * production build: anonymous readers get the same bytes from memory, a publish empties it, and
 * nobody signed in, previewing or with a message waiting is ever answered from it or stored in it.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import { bearer, createUser, tokenFor, account } from './accounts'
import { ADMIN, BASE_URL } from './env'

const settle = () => new Promise((r) => setTimeout(r, 150))

/** A reader of our own, with no cookies shared with any other test. */
async function reader(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE_URL })
}

async function warm(ctx: APIRequestContext, path: string) {
  await ctx.get(path)
  await settle()
}

test('two anonymous readers get the same bytes from the cache, compressed as each asks, with an ETag', async () => {
  const [one, two] = [await reader(), await reader()]
  await warm(one, '/principles')
  const a = await one.get('/principles', { headers: { 'accept-encoding': 'br' } })
  const b = await two.get('/principles', { headers: { 'accept-encoding': 'gzip' } })
  expect(a.headers()['x-cache']).toBe('HIT')
  expect(b.headers()['x-cache']).toBe('HIT')
  expect(a.headers()['content-encoding']).toBe('br')
  expect(b.headers()['content-encoding']).toBe('gzip')
  // decoded by the client: byte-identical pages, the same ETag
  expect((await a.body()).equals(await b.body())).toBe(true)
  expect(a.headers().etag).toBe(b.headers().etag)
  expect(a.headers()['cache-control']).toMatch(/public/)
  expect(a.headers()['set-cookie']).toBeUndefined()
  // the security headers travel with the stored page
  expect(a.headers()['content-security-policy']).toContain("default-src 'self'")
  const again = await two.get('/principles', { headers: { 'if-none-match': a.headers().etag! } })
  expect(again.status()).toBe(304)
  await one.dispose()
  await two.dispose()
})

test('a publish empties the cache: the next reader gets the new page', async ({ request }) => {
  const anon = await reader()
  const admin = bearer(await tokenFor(request, ADMIN))
  const list = await (await request.get('/api/faqs?limit=1&depth=0&where[_status][equals]=published')).json()
  const faq = list.docs[0]
  await warm(anon, '/faq')
  expect((await anon.get('/faq')).headers()['x-cache']).toBe('HIT')
  const question = `${faq.question.replace(/ \(cache \w+\)$/, '')} (cache ${Date.now().toString(36)})`
  const saved = await request.patch(`/api/faqs/${faq.id}`, { headers: admin, data: { question, _status: 'published' } })
  expect(saved.status(), await saved.text()).toBe(200)
  const after = await anon.get('/faq')
  expect(after.headers()['x-cache']).toBe('MISS')
  expect(await after.text()).toContain(question)
  await anon.dispose()
})

test('someone signed in is never answered from the cache, and what they see is never stored for others', async ({
  request,
}) => {
  const editor = account('cache-editor', 'Cass Editor')
  await createUser(request, editor, ['editor'])
  const token = await tokenFor(request, editor)
  const signedIn = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { cookie: `payload-token=${token}` },
  })
  const anon = await reader()
  await warm(anon, '/glossary')
  const theirs = await signedIn.get('/glossary')
  expect(theirs.headers()['x-cache']).toBe('BYPASS')
  // a page first seen by someone signed in is rendered again for the first anonymous reader
  const path = `/glossary?cache-probe=${Date.now()}`
  expect((await signedIn.get(path)).headers()['x-cache']).toBe('BYPASS')
  await settle()
  expect((await anon.get(path)).headers()['x-cache']).toBe('MISS')
  await signedIn.dispose()
  await anon.dispose()
})

test('a preview and a form brought back with its messages bypass the cache', async ({ request }) => {
  const anon = await reader()
  await warm(anon, '/contribute')
  // draft mode (the preview cookie) is never answered from what anonymous readers share
  const previewing = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { cookie: '__prerender_bypass=anything' },
  })
  expect((await previewing.get('/contribute')).headers()['x-cache']).toBe('BYPASS')
  await previewing.dispose()
  // a suggestion with mistakes comes back through the flash cookie: that page is theirs alone
  const tokenRes = await request.get('/api/submit/token?form=suggestion')
  const { token } = await tokenRes.json()
  await new Promise((r) => setTimeout(r, 3_200))
  const sender = await reader()
  const sent = await sender.post('/api/submit', {
    form: {
      kind: 'suggestion',
      message: 'A flash probe',
      url: 'javascript:alert(1)',
      token,
      website: '',
      locale: 'en',
    },
    // a browser's post (the answer is a redirect to the form with its messages, not JSON)
    headers: { accept: 'text/html' },
    maxRedirects: 0,
  })
  expect(sent.status()).toBe(303)
  const back = await sender.get(sent.headers().location!)
  expect(back.headers()['x-cache']).toBe('BYPASS')
  expect(await back.text()).toContain('javascript:alert(1)')
  // and the next anonymous reader of /contribute does not see their text
  const other = await anon.get('/contribute')
  expect(await other.text()).not.toContain('A flash probe')
  await sender.dispose()
  await anon.dispose()
})

test('the admin, the API, search and the per-visitor pages are never cached; TRACE is refused', async ({ request }) => {
  for (const path of ['/api/health', '/search?q=listening', '/admin/login', '/contribute/check']) {
    await request.get(path)
    await settle()
    expect((await request.get(path)).headers()['x-cache'] ?? 'BYPASS', path).not.toBe('HIT')
  }
  const trace = await request.fetch('/', { method: 'TRACE' })
  expect(trace.status()).toBe(405)
  const traceApi = await request.fetch('/api/resources', { method: 'TRACE' })
  expect(traceApi.status()).toBe(405)
})
