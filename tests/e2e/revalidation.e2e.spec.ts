/**
 * Pages are cached and revalidated on demand: a change made behind Payload's back stays
 * invisible (the cache is real), while publishing, editing, unpublishing and deleting
 * through Payload show on every page at once, without waiting for a timer.
 */
import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import pg from 'pg'
import { tokenFor } from './accounts'
import { ADMIN, E2E_DATABASE_FILE } from './env'

async function sql(query: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: fs.readFileSync(E2E_DATABASE_FILE, 'utf8').trim() })
  await client.connect()
  try {
    return await client.query(query, params)
  } finally {
    await client.end()
  }
}

test('publishing, editing, unpublishing and deleting show on the public pages at once', async ({ request, page }) => {
  const admin = { Authorization: `JWT ${await tokenFor(request, ADMIN)}` }
  const editor = {
    email: `reval-editor-${Date.now()}@example.test`,
    password: 'reval-editor-password-1',
    name: 'Robin Editor',
  }
  expect((await request.post('/api/users', { headers: admin, data: { ...editor, roles: ['editor'] } })).status()).toBe(
    201,
  )
  const asEditor = { Authorization: `JWT ${await tokenFor(request, editor)}` }

  const stamp = Date.now().toString(36)
  const title = `Cache probe ${stamp}`
  const slug = `cache-probe-${stamp}`
  // warm the caches of the pages that will show it
  for (const url of ['/', '/resources', '/topics/active-listening', '/feed.xml'])
    expect((await request.get(url)).status()).toBe(200)

  const topics = await (await request.get('/api/topics?where[slug][equals]=active-listening&depth=0')).json()
  const created = await request.post('/api/resources?draft=true', {
    headers: asEditor,
    data: {
      title,
      slug,
      url: `https://example.org/${slug}`,
      summary: 'A resource made by the cache test.',
      kind: 'article',
      language: 'en',
      topics: [topics.docs[0].id],
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id as number
  expect((await request.get(`/resources/${slug}`)).status()).toBe(404)
  expect(await (await request.get('/resources')).text()).not.toContain(title)

  // a reviewer (the admin, not the author) publishes: every page that shows it updates
  expect(
    (await request.patch(`/api/resources/${id}`, { headers: admin, data: { _status: 'published' } })).status(),
  ).toBe(200)
  expect((await request.get(`/resources/${slug}`)).status()).toBe(200)
  for (const url of ['/', '/resources', '/topics/active-listening', '/feed.xml']) {
    expect(await (await request.get(url)).text(), url).toContain(title)
  }

  // behind Payload's back: the cached pages keep what was published (no per-request reads)
  await sql(`update resources_locales set title = $1 where _parent_id = $2 and _locale = 'en'`, [`Sneaky ${stamp}`, id])
  expect(await (await request.get(`/resources/${slug}`)).text()).toContain(title)
  expect(await (await request.get('/resources')).text()).not.toContain(`Sneaky ${stamp}`)

  // an edit through Payload is visible at once
  const edited = `Edited probe ${stamp}`
  expect(
    (
      await request.patch(`/api/resources/${id}`, { headers: admin, data: { title: edited, _status: 'published' } })
    ).status(),
  ).toBe(200)
  await page.goto(`/resources/${slug}`)
  await expect(page.locator('h1')).toHaveText(edited)
  expect(await (await request.get('/resources')).text()).toContain(edited)

  // unpublished: gone from the page and the lists
  expect((await request.patch(`/api/resources/${id}`, { headers: admin, data: { _status: 'draft' } })).status()).toBe(
    200,
  )
  expect((await request.get(`/resources/${slug}`)).status()).toBe(404)
  expect(await (await request.get('/resources')).text()).not.toContain(edited)

  // published again, then deleted: gone again
  expect(
    (await request.patch(`/api/resources/${id}`, { headers: admin, data: { _status: 'published' } })).status(),
  ).toBe(200)
  expect(await (await request.get('/resources')).text()).toContain(edited)
  expect((await request.delete(`/api/resources/${id}`, { headers: admin })).status()).toBe(200)
  expect((await request.get(`/resources/${slug}`)).status()).toBe(404)
  expect(await (await request.get('/topics/active-listening')).text()).not.toContain(edited)
})

test('site settings changes show in every page’s header and footer at once', async ({ request }) => {
  const admin = { Authorization: `JWT ${await tokenFor(request, ADMIN)}` }
  const before = await (await request.get('/api/globals/site-settings?depth=0')).json()
  expect(await (await request.get('/glossary')).text()).toContain(before.footer ?? before.siteName)
  const footer = `Footer probe ${Date.now().toString(36)}`
  expect((await request.post('/api/globals/site-settings', { headers: admin, data: { footer } })).status()).toBe(200)
  try {
    for (const url of ['/', '/glossary', '/principles/listen-more-speak-less'])
      expect(await (await request.get(url)).text(), url).toContain(footer)
  } finally {
    await request.post('/api/globals/site-settings', { headers: admin, data: { footer: before.footer ?? '' } })
  }
})
