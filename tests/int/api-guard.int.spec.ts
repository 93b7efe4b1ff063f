/**
 * Bad input to the REST and GraphQL API gets a 4xx that says what was wrong, never a 500
 * (src/api/guard.ts, src/api/rules.ts): each kind below answered 500 before the guard. Good
 * requests still reach Payload and are answered as before.
 */
import type { Payload } from 'payload'
import * as qs from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_COLLECTION_INFO } from '@/lib/collections'
import { loginToken, seedStaff } from '../helpers/accounts'
import { withTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let editorToken: string
let principleId: number

withTestPayload(async (p) => {
  payload = p
})

beforeAll(async () => {
  const { editor } = await seedStaff(payload, { editor: 'editor' })
  editorToken = await loginToken(payload, editor)
  const theme = await payload.create({
    collection: 'themes',
    data: { title: 'Guard theme', slug: 'guard-theme', _status: 'published' } as never,
    overrideAccess: true,
  })
  const principle = await payload.create({
    collection: 'principles',
    data: { title: 'Guarded principle', slug: 'guarded-principle', theme: theme.id, _status: 'published' } as never,
    overrideAccess: true,
  })
  principleId = principle.id as number
})

type Case = { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; json?: unknown; signedIn?: boolean }

async function answer({ method = 'GET', path, json, signedIn }: Case) {
  const res = await rest(method, path, { json, token: signedIn ? editorToken : undefined })
  const text = await res.text()
  return { status: res.status, text }
}

/** 4xx with Payload's error shape and a message; no stack trace, no server path. */
function expectClearRefusal({ status, text }: { status: number; text: string }, label: string) {
  expect(status, `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(status, label).toBeLessThan(500)
  const body = JSON.parse(text) as { errors?: { message?: string }[] }
  expect(body.errors?.[0]?.message, label).toMatch(/\S/)
  expect(text, label).not.toMatch(/\/work\/|node_modules|at \w+ \(|stack/i)
}

const collections = [...Object.keys(PUBLIC_COLLECTION_INFO), 'users', 'submissions', 'media', 'sources']
const BAD_IDS = ['abc', '1e308', '99999999999', '-1', '1.5', '0x10', '0', "1'", '1%20OR%201=1']

describe('ids in the address', () => {
  for (const slug of collections) {
    it(`/api/${slug}/<id> and /versions/<id> answer 404 for ids that cannot exist`, async () => {
      for (const id of BAD_IDS) {
        for (const path of [`/api/${slug}/${id}`, `/api/${slug}/versions/${id}`]) {
          for (const signedIn of [false, true]) {
            const got = await answer({ path, signedIn })
            expectClearRefusal(got, `${path} ${signedIn ? 'editor' : 'anonymous'}`)
          }
        }
      }
    })
  }

  it('the global site-settings: /versions/<id> too, and PATCH /api/<collection>/<bad id>', async () => {
    for (const id of BAD_IDS) {
      expectClearRefusal(await answer({ path: `/api/globals/site-settings/versions/${id}`, signedIn: true }), id)
      expectClearRefusal(
        await answer({ method: 'PATCH', path: `/api/principles/${id}`, json: { title: 'x' }, signedIn: true }),
        `PATCH ${id}`,
      )
      expectClearRefusal(
        await answer({ method: 'DELETE', path: `/api/principles/${id}`, signedIn: true }),
        `DELETE ${id}`,
      )
    }
  })

  it('a media file that is not there answers 404, not 500', async () => {
    for (const name of ['missing.png', 'missing-400x300.webp']) {
      const got = await answer({ path: `/api/media/file/${name}` })
      expect(got.status, name).toBe(404)
      expect(got.text).not.toMatch(/\/tmp\/|\/work\/|media\//)
    }
  })

  it('a real id is still found', async () => {
    const res = await rest('GET', `/api/principles/${principleId}`)
    expect(res.status).toBe(200)
    expect((await res.json()).title).toBe('Guarded principle')
  })
})

const BAD_QUERIES = [
  'limit=1e308',
  'limit=-1',
  'limit=abc',
  'page=-1',
  'page=0',
  'page=1e308',
  'depth=abc',
  'depth=1e308',
  'locale=xx',
  'locale=en%00',
  'fallback-locale=klingon',
  'draft=maybe',
  'sort=title;drop table users',
  'sort=(select 1)',
  'where[id][in]=1,abc',
  'where[id][equals]=abc',
  'where[id][equals]=1e308',
  'where[id][like]=abc',
  'where[id][greater_than]=abc',
  'where[theme][equals]=abc',
  'where[theme][in]=1,2,x',
  'where[topics][equals]=abc',
  'where[title][near]=1,2',
  'where[title][within]=1',
  'where[title][equals]=a%00b',
  'where[title][like]=%00',
  'where[title][nonsense]=1',
  'where[title]=plain',
  'where=plain',
  'where[or]=plain',
  'where[or][0][id][equals]=abc',
  'where[and][0][or][0][theme][in]=x',
  'where[title][exists]=maybe',
  'where[order][equals]=abc',
  'where[createdAt][greater_than]=not-a-date',
  'where[updatedAt][less_than]=1e308e',
  'a=%E0%A4%A',
  'where[title][equals]=%',
]

describe('query parameters', () => {
  for (const query of BAD_QUERIES) {
    it(`?${query} is refused with a message`, async () => {
      for (const signedIn of [false, true]) {
        expectClearRefusal(await answer({ path: `/api/principles?${query}`, signedIn }), `${query} ${signedIn}`)
      }
    })
  }

  it('messages name what was wrong', async () => {
    const limit = JSON.parse((await answer({ path: '/api/principles?limit=1e308' })).text)
    expect(limit.errors[0].message).toMatch(/`limit` must be a whole number/)
    const where = JSON.parse((await answer({ path: '/api/principles?where[id][in]=1,abc' })).text)
    expect(where.errors[0].message).toMatch(/where\[id\]\[in\].*whole number/)
    const near = JSON.parse((await answer({ path: '/api/principles?where[title][near]=1,2' })).text)
    expect(near.errors[0].message).toMatch(/near.*point/)
  })

  it('good queries still work: filters, lists of ids, sorting, locales, dates', async () => {
    for (const query of [
      `where[id][in]=${principleId},2`,
      `where[theme][exists]=true`,
      'where[title][like]=Guarded',
      'sort=-createdAt,title',
      'locale=fr&fallback-locale=en',
      'limit=10&page=1&depth=0',
      'where[createdAt][greater_than]=2000-01-01',
      `where[or][0][id][equals]=${principleId}&where[or][1][slug][equals]=nothing`,
    ]) {
      const res = await rest('GET', `/api/principles?${query}`)
      expect(res.status, query).toBe(200)
      const body = await res.json()
      expect(Array.isArray(body.docs), query).toBe(true)
    }
  })
})

/**
 * Payload answers a POST with `X-HTTP-Method-Override: GET` as a GET, reading its query from a form
 * body (the admin's relationship fields send long queries this way): the same query gets the same answer.
 */
describe('a query in the body of a POST answered as a GET', () => {
  for (const query of BAD_QUERIES) {
    it(`${query} in a form body is refused as ?${query} is`, async () => {
      for (const signedIn of [false, true]) {
        const label = `${query} ${signedIn ? 'editor' : 'anonymous'}`
        const viaGet = await answer({ path: `/api/principles?${query}`, signedIn })
        const viaPost = await overridden('/api/principles', query, { signedIn })
        expectClearRefusal(viaPost, label)
        expect(viaPost.status, label).toBe(viaGet.status)
        expect(JSON.parse(viaPost.text).errors[0].message, label).toBe(JSON.parse(viaGet.text).errors[0].message)
      }
    })
  }

  it('with either header Payload takes, and a bad id in the address answers 404 as a GET does', async () => {
    for (const header of ['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override']) {
      const limit = await overridden('/api/principles', 'limit=1e308', { header })
      expectClearRefusal(limit, header)
      expect(JSON.parse(limit.text).errors[0].message, header).toMatch(/`limit` must be a whole number/)
      const where = await overridden('/api/principles', 'where[id][in]=1,abc', { header })
      expect(where.status, header).toBe(400)
      expect(JSON.parse(where.text).errors[0].message, header).toMatch(/where\[id\]\[in\].*whole number/)
      for (const id of BAD_IDS) {
        const got = await overridden(`/api/principles/${id}`, 'depth=0', { header, signedIn: true })
        expect(got.status, `${header} ${id}`).toBe(404)
      }
    }
  })

  it('a JSON body: a locale that is not the site’s, and JSON that does not parse, get a 400', async () => {
    const locale = await overridden('/api/principles', JSON.stringify({ locale: 'xx' }), { type: 'application/json' })
    expectClearRefusal(locale, 'locale xx')
    expect(JSON.parse(locale.text).errors[0].message).toMatch(/`locale` must be one of/)
    for (const body of ['{"locale": "en"', '']) {
      const got = await overridden('/api/principles', body, { type: 'application/json' })
      expectClearRefusal(got, `JSON ${JSON.stringify(body)}`)
      expect(JSON.parse(got.text).errors[0].message).toMatch(/not valid JSON/)
    }
  })

  it('good queries still work this way: a list of ids, a filter, a locale', async () => {
    for (const query of [
      `where[id][in]=${principleId},2&depth=0`,
      'where[title][like]=Guarded&limit=5&page=1',
      'locale=fr&fallback-locale=en',
    ]) {
      const got = await overridden('/api/principles', query)
      expect(got.status, `${query}: ${got.text.slice(0, 200)}`).toBe(200)
      expect(
        JSON.parse(got.text).docs.map((d: { title: string }) => d.title),
        query,
      ).toContain('Guarded principle')
    }
    const json = await overridden('/api/principles', JSON.stringify({ locale: 'fr' }), { type: 'application/json' })
    expect(json.status, json.text.slice(0, 200)).toBe(200)
  })

  it('the admin’s relationship field still finds documents this way (its two queries, as it builds them)', async () => {
    // @payloadcms/ui fields/Relationship/Input.js: the options to pick from, searched by title …
    const search = qs.stringify({
      depth: 0,
      draft: true,
      limit: 10,
      locale: 'en',
      page: 1,
      select: { title: true },
      sort: 'title',
      where: { and: [{ id: { not_in: [principleId + 1000] } }, { title: { like: 'Guarded' } }] },
    })
    // … and the labels of the documents already chosen
    const chosen = qs.stringify({
      depth: 0,
      draft: true,
      limit: 1,
      locale: 'en',
      select: { title: true },
      where: { id: { in: [principleId] } },
    })
    for (const body of [search, chosen]) {
      const got = await overridden('/api/principles', body, {
        header: 'X-Payload-HTTP-Method-Override',
        signedIn: true,
      })
      expect(got.status, `${body}: ${got.text.slice(0, 200)}`).toBe(200)
      expect(JSON.parse(got.text).docs, body).toEqual([{ id: principleId, title: 'Guarded principle' }])
    }
  })
})

describe('bodies', () => {
  it('NUL bytes in login and forgot-password emails', async () => {
    for (const path of ['/api/users/login', '/api/users/forgot-password']) {
      expectClearRefusal(
        await answer({ method: 'POST', path, json: { email: 'admin\u0000@example.test', password: 'x' } }),
        path,
      )
    }
  })

  it('malformed JSON and a NUL in a saved title', async () => {
    const res = await rest('POST', '/api/users/login', { headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBeLessThan(500)
    const broken = await fetchJson('/api/principles', '{"title": "unterminated')
    expectClearRefusal(broken, 'broken JSON')
    expect(JSON.parse(broken.text).errors[0].message).toMatch(/not valid JSON/)
    expectClearRefusal(
      await answer({
        method: 'PATCH',
        path: `/api/principles/${principleId}`,
        json: { title: 'a\u0000b' },
        signedIn: true,
      }),
      'NUL title',
    )
    // nothing changed
    const doc = await payload.findByID({ collection: 'principles', id: principleId, overrideAccess: true })
    expect(doc.title).toBe('Guarded principle')
  })

  it('a verification token that does not exist, and a JSON body past the limit', async () => {
    expectClearRefusal(await answer({ method: 'POST', path: '/api/users/verify/abc' }), 'verify')
    const huge = await rest('POST', '/api/principles', {
      json: { title: 'x'.repeat(3 * 1024 * 1024) },
      token: editorToken,
    })
    expect(huge.status).toBe(413)
    expect((await huge.json()).errors[0].message).toMatch(/at most 2 MB/)
  })

  it('/api/payload-migrations is not there, for anyone', async () => {
    for (const signedIn of [false, true]) {
      const got = await answer({ path: '/api/payload-migrations', signedIn })
      expect(got.status).toBe(404)
      expect(got.text).not.toMatch(/127\.0\.0\.1|localhost|postgres/)
    }
  })
})

describe('GraphQL bodies', () => {
  it('malformed JSON, a missing query and a form body get a 400 with a message', async () => {
    const { POST } = await import('@/app/(payload)/api/graphql/route')
    const send = (body: string, type = 'application/json') =>
      POST(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'Content-Type': type }, body }))
    for (const [body, type] of [
      ['{"query": "{ Principles { docs { title } } }"', 'application/json'],
      ['{"variables": {}}', 'application/json'],
      ['[1, 2]', 'application/json'],
      ['"just a string"', 'application/json'],
      ['query={ Principles { docs { title } } }', 'application/x-www-form-urlencoded'],
      ['{"query": "{ Principles(where: {title: {equals: \\"a\\u0000\\"}}) { docs { title } } }"}', 'application/json'],
    ] as const) {
      const res = await send(body, type)
      const text = await res.text()
      expect(res.status, body).toBe(400)
      expect(JSON.parse(text).errors[0].message, body).toMatch(/\S/)
    }
  })

  it('a good query still answers', async () => {
    const res = await graphql('{ Principles { docs { title } } }')
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('Guarded principle')
  })
})

async function fetchJson(path: string, body: string) {
  const { POST } = await import('@/app/(payload)/api/[...slug]/route')
  const url = new URL(path, 'http://localhost')
  const res = await POST(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body,
    }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  return { status: res.status, text: await res.text() }
}

/** A POST that Payload answers as a GET, with the query (or JSON) as its body, as the admin sends it. */
async function overridden(
  path: string,
  body: string,
  {
    type = 'application/x-www-form-urlencoded',
    header = 'X-HTTP-Method-Override',
    signedIn = false,
  }: { type?: string; header?: string; signedIn?: boolean } = {},
) {
  const { POST } = await import('@/app/(payload)/api/[...slug]/route')
  const url = new URL(path, 'http://localhost')
  const res = await POST(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': type, [header]: 'GET', ...(signedIn ? { Authorization: `JWT ${editorToken}` } : {}) },
      body,
    }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  return { status: res.status, text: await res.text() }
}
