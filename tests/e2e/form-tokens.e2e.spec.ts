/**
 * Public pages are the same HTML for every anonymous reader, so that a page cache can serve them:
 * their forms carry no form token (CONTRACT.md, Submissions), and GET /api/submit/token hands one
 * to whoever asks, never cached. Against the production server, over plain HTTP: each request here
 * is a reader of its own (a fresh request context, no cookies).
 */
import { expect, request as http, test, type APIRequestContext } from '@playwright/test'
import { BASE_URL } from './env'

/** Pages carrying every form there is: feedback (every page), suggestion (/contribute), subscribe (footer, /subscribe). */
const PAGES = ['/', '/principles', '/principles/listen-more-speak-less', '/contribute', '/subscribe', '/fr/contribute']

/** A reader of their own: no cookies, nothing shared with another request. */
async function anonymous<T>(fn: (client: APIRequestContext) => Promise<T>): Promise<T> {
  const client = await http.newContext({ baseURL: BASE_URL })
  try {
    return await fn(client)
  } finally {
    await client.dispose()
  }
}

const formsOf = (html: string) => html.match(/<form\b[\s\S]*?<\/form>/g) ?? []

test.describe('the HTML of public pages', () => {
  for (const path of PAGES) {
    test(`${path}: the forms are byte for byte the same for two readers, and carry no token`, async () => {
      const [first, second] = await Promise.all(
        [1, 2].map(() =>
          anonymous(async (client) => {
            const res = await client.get(path)
            expect(res.status()).toBe(200)
            // no token, nor a form's flash or prefill, rides along in a cookie either
            expect(res.headers()['set-cookie'] ?? '').not.toMatch(/token|ah_flash|ah_digest/i)
            return res.text()
          }),
        ),
      )
      const forms = formsOf(first!)
      expect(forms.filter((f) => f.includes('method="post"')).length).toBeGreaterThan(0)
      expect(forms).toEqual(formsOf(second!))
      // a token field may be there for the script to fill, but empty
      const tokens = [...first!.matchAll(/<input[^>]*name="token"[^>]*>/g)].map((m) => m[0])
      expect(tokens.length).toBeGreaterThan(0)
      for (const input of tokens) expect(input).toMatch(/value=""/)
    })
  }
})

test.describe('GET /api/submit/token', () => {
  test('a token for each form, never cached, one per request', async () => {
    const seen = new Set<string>()
    for (const form of ['feedback', 'suggestion', 'subscribe']) {
      await anonymous(async (client) => {
        const res = await client.get(`/api/submit/token?form=${form}`)
        expect(res.status()).toBe(200)
        expect(res.headers()['cache-control']).toBe('no-store')
        expect(res.headers()['set-cookie']).toBeUndefined()
        const { token } = await res.json()
        expect(token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/)
        seen.add(token)
      })
    }
    expect(seen.size).toBe(3)
  })

  test('an unknown form is 400 with the field named; other methods are 405', async () => {
    await anonymous(async (client) => {
      const bad = await client.get('/api/submit/token?form=nope')
      expect(bad.status()).toBe(400)
      expect(bad.headers()['cache-control']).toBe('no-store')
      expect((await bad.json()).errors).toEqual([
        { field: 'form', message: 'Ask for a token for one of these forms: feedback, suggestion, subscribe.' },
      ])
      expect((await client.get('/api/submit/token')).status()).toBe(400)
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const res = await client.fetch('/api/submit/token?form=feedback', { method, data: { form: 'feedback' } })
        expect(res.status(), method).toBe(405)
      }
    })
  })

  test('a JSON client gets a token, waits 3 s, sends once; the same token again is refused', async () => {
    await anonymous(async (client) => {
      const headers = { 'x-forwarded-for': '198.51.100.230', accept: 'application/json' }
      const { token } = await (await client.get('/api/submit/token?form=feedback', { headers })).json()
      const body = {
        kind: 'feedback',
        helpful: 'yes',
        message: `From a script that asked first ${Date.now()}`,
        page: '/principles',
        locale: 'en',
        token,
      }
      const quick = await client.post('/api/submit', { headers, data: body })
      expect(quick.status()).toBe(400)
      expect((await quick.json()).errors[0]).toMatchObject({ field: 'token' })
      await new Promise((r) => setTimeout(r, 3_200))
      const sent = await client.post('/api/submit', { headers, data: body })
      expect(sent.status()).toBe(201)
      expect((await client.post('/api/submit', { headers, data: body })).status()).toBe(409)
      const none = await client.post('/api/submit', { headers, data: { ...body, token: undefined } })
      expect(none.status()).toBe(400)
      expect((await none.json()).errors[0]).toMatchObject({ field: 'token' })
    })
  })
})
