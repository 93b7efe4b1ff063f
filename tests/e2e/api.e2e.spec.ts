/** Anonymous REST and GraphQL read published content and are refused everything else. */
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ADMIN } from './env'

async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })
  expect(res.status()).toBe(200)
  return (await res.json()).token as string
}

test.describe('anonymous REST', () => {
  let draftId: number

  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    const token = await adminToken(request)
    const theme = await request.get('/api/themes?limit=1', { headers: { Authorization: `JWT ${token}` } })
    const themeId = (await theme.json()).docs[0].id
    const created = await request.post('/api/principles?draft=true', {
      headers: { Authorization: `JWT ${token}` },
      data: { title: 'An unpublished principle', theme: themeId, _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    draftId = (await created.json()).doc.id
    await request.dispose()
  })

  test('reads published principles, in French too, and never drafts', async ({ request }) => {
    const res = await request.get('/api/principles?limit=100&depth=0')
    expect(res.status()).toBe(200)
    const body = await res.json()
    expect(body.totalDocs).toBe(10)
    expect(body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
    expect(body.docs.map((d: { id: number }) => d.id)).not.toContain(draftId)
    const asDraft = await request.get(`/api/principles?draft=true&limit=100&depth=0`)
    expect((await asDraft.json()).docs.map((d: { id: number }) => d.id)).not.toContain(draftId)
    expect((await request.get(`/api/principles/${draftId}?draft=true`)).status()).toBe(404)
    const fr = await (await request.get('/api/principles?locale=fr&limit=1&sort=order&depth=0')).json()
    const en = await (await request.get('/api/principles?locale=en&limit=1&sort=order&depth=0')).json()
    expect(fr.docs[0].title).not.toBe(en.docs[0].title)
  })

  test('reads the site settings', async ({ request }) => {
    const res = await request.get('/api/globals/site-settings')
    expect(res.status()).toBe(200)
    expect((await res.json()).siteName).toBe('Allyship Hub')
  })

  test('cannot read users or submissions', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
    expect((await request.get('/api/submissions')).status()).toBe(403)
    expect((await request.get('/api/users/me')).status()).toBe(200) // answers "nobody is logged in"
    expect((await (await request.get('/api/users/me')).json()).user).toBeNull()
  })

  test('cannot create, update or delete anything', async ({ request }) => {
    const principles = await (await request.get('/api/principles?limit=1&depth=0')).json()
    const id = principles.docs[0].id
    expect(
      (
        await request.post('/api/resources', {
          data: { title: 'x', url: 'https://example.org', summary: 'x', kind: 'article' },
        })
      ).status(),
    ).toBe(403)
    expect((await request.patch(`/api/principles/${id}`, { data: { title: 'Defaced' } })).status()).toBe(403)
    expect((await request.delete(`/api/principles/${id}`)).status()).toBe(403)
    expect((await request.post('/api/submissions', { data: { kind: 'feedback', message: 'x' } })).status()).toBe(403)
    expect(
      (
        await request.post('/api/users', {
          data: { email: 'x@example.test', password: 'long-password-1', name: 'X', roles: ['admin'] },
        })
      ).status(),
    ).toBe(403)
    expect((await request.post('/api/globals/site-settings', { data: { siteName: 'Defaced' } })).status()).toBe(403)
  })
})

test.describe('anonymous GraphQL', () => {
  const gql = (request: APIRequestContext, query: string) => request.post('/api/graphql', { data: { query } })

  test('reads published content', async ({ request }) => {
    const res = await gql(request, '{ Principles(limit: 100) { totalDocs docs { title _status } } }')
    const body = await res.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.Principles.totalDocs).toBe(10)
    expect(body.data.Principles.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
  })

  test('is refused users, submissions and every mutation', async ({ request }) => {
    const first = await (await gql(request, '{ Principles(limit: 1) { docs { id } } }')).json()
    const id = first.data.Principles.docs[0].id
    for (const query of [
      '{ Users { docs { email } } }',
      '{ Submissions { docs { email message } } }',
      `mutation { updatePrinciple(id: ${id}, data: { title: "Defaced" }) { id } }`,
      `mutation { deletePrinciple(id: ${id}) { id } }`,
      'mutation { createSource(data: { title: "Spam", slug: "spam", kind: organisation, licence: unknown, workflowStatus: draft }) { id } }',
      'mutation { updateSiteSetting(data: { siteName: "Defaced" }) { siteName } }',
    ]) {
      const body = await (await gql(request, query)).json()
      expect(body.errors?.[0]?.message, query).toMatch(/not allowed|forbidden/i)
    }
  })
})

test.describe('health check', () => {
  test('answers 200 with no content but its status, never cached, for GET and HEAD', async ({ request }) => {
    const res = await request.get('/api/health')
    expect(res.status()).toBe(200)
    expect(res.headers()['cache-control']).toContain('no-store')
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' })
    const head = await request.head('/api/health')
    expect(head.status()).toBe(200)
    expect(head.headers()['cache-control']).toContain('no-store')
  })
})
