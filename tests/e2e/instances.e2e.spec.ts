/**
 * Two production instances (src/server/start.ts) on two ports, one database, one Redis (the one on
 * 127.0.0.1:6379): what one instance publishes, the other shows at once, from its page cache too;
 * the submission rate limit counts across both.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import { createClient } from 'redis'
import { startAppServer, type AppServer } from '../helpers/app-server'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const REDIS_PREFIX = `allyship-e2e-${Date.now().toString(36)}:`
const ADMIN = { email: 'two-instances@example.test', password: 'two-instances-password-1', name: 'Tam Instances' }

let first: AppServer
let second: AppServer
/** anonymous readers of A and B (no cookies: a sign-in would keep them out of the page cache) */
let a: APIRequestContext
let b: APIRequestContext
/** where the test signs in (its session cookie stays here) */
let staff: APIRequestContext
let adminAuth: Record<string, string>

test.describe.configure({ mode: 'serial', timeout: 240_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const redis = createClient({ url: REDIS_URL })
  await redis.connect() // no Redis, no test: the README says this suite needs one, and CI starts it
  await redis.quit()
  const env = {
    REDIS_URL,
    // this run's own keys and channel in the shared Redis: nothing cached by an earlier run is read
    REDIS_PREFIX,
    PAYLOAD_SECRET: 'two-instances-secret-0123456789abcdef0123456789',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_NAME: ADMIN.name,
    SUBMISSION_LIMIT: '3',
  }
  first = await startAppServer({ label: '[instances A]', prefix: 'allyship_e2e', port: 3181, env, echo: false })
  // the second instance shares the first one's database (migrated and seeded once)
  second = await startAppServer({
    label: '[instances B]',
    prefix: 'allyship_e2e',
    port: 3182,
    env,
    echo: false,
    database: first.database,
  })
  await Promise.all([first.ready(), second.ready()])
  a = await playwrightRequest.newContext({ baseURL: first.url })
  b = await playwrightRequest.newContext({ baseURL: second.url })
  staff = await playwrightRequest.newContext({ baseURL: first.url })
  const login = await staff.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })
  expect(login.status()).toBe(200)
  adminAuth = { Authorization: `JWT ${(await login.json()).token}` }
})

test.afterAll(async () => {
  await a?.dispose()
  await b?.dispose()
  await staff?.dispose()
  await second?.stop()
  await first?.stop()
  // leave the shared Redis as we found it
  const redis = createClient({ url: REDIS_URL })
  await redis.connect()
  for await (const keys of redis.scanIterator({ MATCH: `${REDIS_PREFIX}*`, COUNT: 500 })) {
    if (keys.length) await redis.del(keys)
  }
  await redis.quit()
})

/** Ask `ctx` for `path` until `check` passes, for at most one second. */
async function within1s(ctx: APIRequestContext, path: string, check: (status: number, body: string) => boolean) {
  const until = Date.now() + 1_000
  let last = { status: 0, body: '' }
  while (Date.now() < until) {
    const res = await ctx.get(path)
    last = { status: res.status(), body: await res.text() }
    if (check(last.status, last.body)) return last
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${path} did not change within 1 s (last answer ${last.status})`)
}

/** Read twice so the second answer comes from the page cache. */
async function cached(ctx: APIRequestContext, path: string) {
  await ctx.get(path)
  await new Promise((r) => setTimeout(r, 100))
  const res = await ctx.get(path)
  expect(res.headers()['x-cache'], path).toBe('HIT')
  return res.text()
}

test('what instance A publishes, unpublishes and edits, instance B shows within a second', async () => {
  const stamp = Date.now().toString(36)
  const slug = `two-instances-${stamp}`
  const title = `Seen on both ${stamp}`
  expect((await b.get(`/resources/${slug}`)).status()).toBe(404)
  expect(await cached(b, '/resources')).not.toContain(title)
  const topics = await (await a.get('/api/topics?limit=1&depth=0')).json()
  // an editor writes it, the admin (not its author) publishes it: the publish rule holds here too
  const editor = { email: `instances-editor-${stamp}@example.test`, password: 'instances-editor-pass-1', name: 'Eddie' }
  const made = await staff.post('/api/users', { headers: adminAuth, data: { ...editor, roles: ['editor'] } })
  expect(made.status(), await made.text()).toBe(201)
  const editorLogin = await staff.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const editorAuth = { Authorization: `JWT ${(await editorLogin.json()).token}` }
  const created = await a.post('/api/resources?draft=true', {
    headers: editorAuth,
    data: {
      title,
      slug,
      url: `https://example.org/${slug}`,
      summary: 'Made by the two-instance test.',
      kind: 'article',
      language: 'en',
      topics: topics.docs.length ? [topics.docs[0].id] : [],
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number

  const published = await a.patch(`/api/resources/${id}`, { headers: adminAuth, data: { _status: 'published' } })
  expect(published.status(), await published.text()).toBe(200)
  await within1s(b, `/resources/${slug}`, (status, body) => status === 200 && body.includes(title))
  await within1s(b, '/resources', (status, body) => status === 200 && body.includes(title))

  // both caches hold the new page now; an edit through B reaches A
  await cached(a, `/resources/${slug}`)
  const edited = `Edited on B ${stamp}`
  const edit = await b.patch(`/api/resources/${id}`, {
    headers: adminAuth,
    data: { title: edited, _status: 'published' },
  })
  expect(edit.status(), await edit.text()).toBe(200)
  await within1s(a, `/resources/${slug}`, (status, body) => status === 200 && body.includes(edited))

  await cached(b, `/resources/${slug}`)
  // unpublished through A: gone from B's page and list
  const draft = await a.patch(`/api/resources/${id}`, { headers: adminAuth, data: { _status: 'draft' } })
  expect(draft.status(), await draft.text()).toBe(200)
  await within1s(b, `/resources/${slug}`, (status) => status === 404)
  await within1s(b, '/resources', (status, body) => status === 200 && !body.includes(edited))
})

test('the submission rate limit counts posts to both instances together', async () => {
  // tokens must be three seconds old: fetch them first, from either instance
  const tokens: string[] = []
  for (let i = 0; i < 4; i++) {
    const res = await (i % 2 ? b : a).get('/api/submit/token?form=feedback')
    expect(res.status()).toBe(200)
    expect(res.headers()['cache-control']).toMatch(/no-store/)
    tokens.push((await res.json()).token)
  }
  await new Promise((r) => setTimeout(r, 3_200))
  const statuses: number[] = []
  for (const [i, token] of tokens.entries()) {
    const res = await (i % 2 ? b : a).post('/api/submit', {
      data: { kind: 'feedback', message: `Rate limit probe ${i}`, page: '/', helpful: 'yes', token, website: '' },
    })
    statuses.push(res.status())
  }
  // SUBMISSION_LIMIT=3 for this pair: two posts to A and one to B fill it, the fourth (to B) is refused
  expect(statuses).toEqual([201, 201, 201, 429])
})
