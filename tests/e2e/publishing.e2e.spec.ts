/** The publishing rule over real HTTP: GraphQL and REST bulk updates refuse an editor's publish. */
import { expect, test } from '@playwright/test'
import { tokenFor } from './accounts'
import { ADMIN } from './env'

test('an editor cannot publish through GraphQL or a REST bulk update', async ({ request }) => {
  const adminToken = await tokenFor(request, ADMIN)
  const editor = {
    email: `pub-editor-${Date.now()}@example.test`,
    password: 'pub-editor-password-1',
    name: 'Pat Editor',
  }
  expect(
    (
      await request.post('/api/users', {
        headers: { Authorization: `JWT ${adminToken}` },
        data: { ...editor, roles: ['editor'] },
      })
    ).status(),
  ).toBe(201)
  const token = await tokenFor(request, editor)
  const auth = { Authorization: `JWT ${token}` }

  const created = await request.post('/api/resources?draft=true', {
    headers: auth,
    data: {
      title: `Bulk ${Date.now()}`,
      url: 'https://example.org/bulk',
      summary: 'S.',
      kind: 'article',
      language: 'en',
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id as number
  const status = async () =>
    (
      await (
        await request.get(`/api/resources/${id}?draft=true&depth=0`, {
          headers: { Authorization: `JWT ${adminToken}` },
        })
      ).json()
    )._status

  const gql = await (
    await request.post('/api/graphql', {
      headers: auth,
      data: { query: `mutation { updateResource(id: ${id}, data: { _status: published }) { id _status } }` },
    })
  ).json()
  expect(gql.errors?.[0]?.message).toBeTruthy()
  expect(await status()).toBe('draft')

  const bulk = await request.patch(`/api/resources?where[id][equals]=${id}`, {
    headers: auth,
    data: { _status: 'published' },
  })
  const body = await bulk.json()
  expect(bulk.status() === 403 || (body.errors?.length ?? 0) > 0, JSON.stringify(body)).toBe(true)
  expect(await status()).toBe('draft')
})
