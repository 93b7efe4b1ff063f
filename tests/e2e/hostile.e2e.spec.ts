/**
 * A hostile-input corpus against the production build (over 300 requests): every answer is a 4xx
 * with a clear message, or a 2xx, and never a 5xx, a stack trace or a server path. The kinds are
 * the ones an outside tester found answering 500; the values are our own.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

const COLLECTIONS = ['principles', 'resources', 'topics', 'glossary-terms', 'practices', 'faqs', 'events', 'pages']
const PRIVATE = ['users', 'submissions', 'media', 'sources', 'payload-jobs', 'payload-locked-documents']
const IDS = ['abc', '1e308', '99999999999', '-1', '1.5', '0x1f', '0', '%27', '1%20or%201=1', '%00', '..%2F..%2Fetc']
const QUERIES = [
  'limit=1e308',
  'limit=-5',
  'page=-1',
  'page=1e308',
  'page=0',
  'depth=1e308',
  'depth=-1',
  'locale=..%2F..',
  'fallback-locale=%00',
  'sort=title%3Bdrop',
  'sort=%00',
  'where[id][in]=1,abc',
  'where[id][equals]=%00',
  'where[id][like]=x',
  'where[title][near]=1,2',
  'where[title][within]=x',
  'where[title][equals]=a%00b',
  'where[title][bogus]=1',
  'where=1',
  'where[or]=1',
  'where[and][0][id][in]=x',
  'where[createdAt][less_than]=yesterday-ish',
  'x=%E0%A4%A',
  'where[title][equals]=%',
]
const PUBLIC_PATHS = [
  '/contribute/status/%E0%A4%A',
  '/contribute/status/%',
  '/resources/%C0%AF',
  '/fr/glossary/%FF%FE',
  '/principles/%',
  '/topics/a%2Fb%00/handout',
]

type Answer = { label: string; status: number; body: string }

async function record(label: string, res: APIResponse): Promise<Answer> {
  return { label, status: res.status(), body: (await res.text()).slice(0, 4000) }
}

function expectSafe(answers: Answer[]) {
  const server = answers.filter((a) => a.status >= 500)
  expect(server.map((a) => `${a.status} ${a.label}: ${a.body.slice(0, 160)}`)).toEqual([])
  for (const a of answers) {
    expect(a.body, a.label).not.toMatch(
      /node_modules|\/work\/|\/app\/\.next|at [\w.]+ \(\/|postgres:\/\/|127\.0\.0\.1:5432/,
    )
  }
}

/** 4xx JSON answers of the API carry Payload's error shape with a message. */
function expectClearApiRefusals(answers: Answer[]) {
  for (const a of answers.filter((x) => x.status >= 400 && x.status < 500)) {
    let message: unknown
    try {
      message = (JSON.parse(a.body) as { errors?: { message?: string }[] }).errors?.[0]?.message
    } catch {
      message = undefined
    }
    expect(typeof message === 'string' && message.length > 0, `${a.label}: ${a.body.slice(0, 120)}`).toBe(true)
  }
}

async function all(request: APIRequestContext, calls: [string, () => Promise<APIResponse>][]) {
  const answers: Answer[] = []
  for (const [label, call] of calls) answers.push(await record(label, await call()))
  return answers
}

test.describe('hostile input', () => {
  test.describe.configure({ timeout: 240_000 })

  test('ids, query parameters and filters on every collection', async ({ request }) => {
    const calls: [string, () => Promise<APIResponse>][] = []
    for (const slug of [...COLLECTIONS, ...PRIVATE]) {
      for (const id of IDS) {
        calls.push([`GET /api/${slug}/${id}`, () => request.get(`/api/${slug}/${id}`)])
        calls.push([`GET /api/${slug}/versions/${id}`, () => request.get(`/api/${slug}/versions/${id}`)])
      }
    }
    for (const id of IDS) {
      calls.push([`GET global versions ${id}`, () => request.get(`/api/globals/site-settings/versions/${id}`)])
    }
    for (const slug of COLLECTIONS.slice(0, 4)) {
      for (const query of QUERIES) calls.push([`GET /api/${slug}?${query}`, () => request.get(`/api/${slug}?${query}`)])
    }
    const answers = await all(request, calls)
    expect(answers.length).toBeGreaterThanOrEqual(300)
    expectSafe(answers)
    expectClearApiRefusals(answers)
    // nothing here names a document that exists
    expect(answers.filter((a) => a.status < 400 && /\/api\/\w[\w-]*\/[^/?]+$/.test(a.label.split(' ')[1]!))).toEqual([])
  })

  test('bodies: NUL bytes, broken JSON, GraphQL garbage, verification tokens', async ({ request }) => {
    const json = (data: string) => ({ headers: { 'Content-Type': 'application/json' }, data })
    const answers = await all(request, [
      ['login NUL', () => request.post('/api/users/login', json('{"email":"a\\u0000@b.c","password":"x"}'))],
      ['forgot NUL', () => request.post('/api/users/forgot-password', json('{"email":"a\\u0000@b.c"}'))],
      ['login broken', () => request.post('/api/users/login', json('{"email":'))],
      ['verify abc', () => request.post('/api/users/verify/abc')],
      ['verify long', () => request.post(`/api/users/verify/${'z'.repeat(500)}`)],
      ['graphql broken', () => request.post('/api/graphql', json('{"query": "{'))],
      ['graphql empty', () => request.post('/api/graphql', json(''))],
      ['graphql array', () => request.post('/api/graphql', json('[1,2,3]'))],
      ['graphql number', () => request.post('/api/graphql', json('42'))],
      ['graphql no query', () => request.post('/api/graphql', json('{"variables":{}}'))],
      [
        'graphql text',
        () => request.post('/api/graphql', { headers: { 'Content-Type': 'text/plain' }, data: '{ x }' }),
      ],
      ['graphql syntax', () => request.post('/api/graphql', json('{"query":"{ Principles { docs { "}'))],
      [
        'graphql NUL',
        () =>
          request.post(
            '/api/graphql',
            json('{"query":"{ Principles(where:{title:{equals:\\"\\u0000\\"}}) { docs { title } } }"}'),
          ),
      ],
      ['create anonymous', () => request.post('/api/principles', json('{"title":"x\\u0000"}'))],
      ['migrations', () => request.get('/api/payload-migrations')],
      ['migrations id', () => request.get('/api/payload-migrations/1')],
      ['media missing', () => request.get('/api/media/file/missing.png')],
      ['media traversal', () => request.get('/api/media/file/..%2F..%2Fpackage.json')],
      ['image missing', () => request.get('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fmissing.png&w=640&q=75')],
    ])
    expectSafe(answers)
    expectClearApiRefusals(answers.filter((a) => a.label !== 'image missing'))
    const migrations = answers.find((a) => a.label === 'migrations')!
    expect(migrations.status).toBe(404)
    expect(answers.find((a) => a.label === 'media missing')!.status).toBe(404)
  })

  test('methods and addresses on public pages', async ({ request }) => {
    const calls: [string, () => Promise<APIResponse>][] = []
    for (const path of ['/', '/resources', '/fr/glossary', '/contribute']) {
      // (TRACE is answered 500 by Next itself before any of our code runs: it needs the production
      // server of the cache work, which sees requests first)
      for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
        calls.push([`${method} ${path}`, () => request.fetch(path, { method, maxRedirects: 0 })])
      }
    }
    for (const path of PUBLIC_PATHS) calls.push([`GET ${path}`, () => request.get(path, { maxRedirects: 0 })])
    const answers = await all(request, calls)
    expectSafe(answers)
    for (const a of answers.filter((x) => /^(PUT|DELETE|PATCH|POST) \//.test(x.label))) {
      expect(a.status, a.label).toBeGreaterThanOrEqual(400)
      expect(a.status, a.label).toBeLessThan(500)
    }
    for (const a of answers.filter((x) => PUBLIC_PATHS.some((p) => x.label === `GET ${p}`))) {
      expect([400, 404], a.label).toContain(a.status)
    }
  })
})
