/**
 * "How to cite / reuse this" and "curated by / reviewed by", as readers see them without
 * JavaScript: citations of the page (title, absolute URL) as selectable text, in both
 * languages, and the names of who curated and reviewed an item, current at once.
 *
 * The review fields cannot be written through the API (server-only field access): the
 * reviewer is recorded when someone other than the author publishes (src/hooks/recordReview.ts),
 * so the test publishes an editor's draft as the seeded admin.
 */
import { expect, test, type Page } from '@playwright/test'
import { tokenFor } from './accounts'
import { ADMIN, BASE_URL } from './env'

test.use({ javaScriptEnabled: false })

/** citeproc writes typographic apostrophes and quotes: compare titles without that difference */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()

/** The cite block: a section labelled by its heading, with the APA citation of this page in a <pre>. */
const citeBlock = (page: Page, locale: 'en' | 'fr') =>
  page.getByRole('region', {
    name: locale === 'en' ? 'How to cite / reuse this' : 'Comment citer ou réutiliser ce contenu',
  })

const PAGES = ['/resources/guide-to-allyship', '/principles/listen-more-speak-less']

for (const path of PAGES) {
  for (const locale of ['en', 'fr'] as const) {
    const url = `${locale === 'fr' ? '/fr' : ''}${path}`
    test(`${url} shows how to cite it, with its title and absolute URL`, async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200)
      const h1 = plain(await page.locator('h1').innerText())
      const block = citeBlock(page, locale)
      await expect(block).toBeVisible()
      await expect(block.getByRole('heading', { level: 2 })).toHaveCount(1)
      const apa = block
        .locator('figure')
        .filter({ hasText: locale === 'en' ? 'APA (7th edition)' : 'APA (7e édition)' })
        .first()
        .locator('pre')
      const plainText = block
        .locator('figure')
        .filter({ hasText: locale === 'en' ? 'Plain text' : 'Texte simple' })
        .first()
        .locator('pre')
      for (const citation of [apa, plainText]) {
        const text = plain(await citation.innerText())
        expect(text).toContain(h1)
        expect(text).toContain(`${BASE_URL}${url}`)
      }
      // the hub's own name is the container (and the author, when no author source is credited)
      expect(plain(await apa.innerText())).toMatch(/\(\d{4}, [^)]+\)/)
      // one line on reuse: the licence and its meaning
      await expect(block.locator('p.reuse')).toContainText(/—/)
      if (path.startsWith('/resources/')) {
        // the original work is cited too, at its own address
        await expect(
          block.getByRole('heading', { level: 3, name: locale === 'en' ? 'The original work' : 'L’œuvre originale' }),
        ).toBeVisible()
        await expect(block.locator('pre').filter({ hasText: 'https://guidetoallyship.com/' }).first()).toBeVisible()
      }
    })
  }
}

test('the cite block fits a 360 px screen: long URLs wrap', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/resources/guide-to-allyship')
  const overflow = await page.evaluate(() => {
    const cite = document.querySelector('.cite')!
    return {
      right: cite.getBoundingClientRect().right,
      cite: cite.scrollWidth - cite.clientWidth,
      pres: [...cite.querySelectorAll('pre')].map((p) => p.scrollWidth - p.clientWidth),
    }
  })
  expect(overflow.right).toBeLessThanOrEqual(360)
  expect(overflow.cite).toBeLessThanOrEqual(0)
  expect(overflow.pres.length).toBe(4)
  for (const extra of overflow.pres) expect(extra).toBeLessThanOrEqual(0)
})

test('an item shows who curated and who reviewed it, and a new name at once', async ({ page, request }) => {
  const admin = { Authorization: `JWT ${await tokenFor(request, ADMIN)}` }
  const adminId = (await (await request.get('/api/users/me', { headers: admin })).json()).user.id as number
  const stamp = Date.now().toString(36)
  const editor = {
    email: `cite-editor-${stamp}@example.test`,
    password: 'cite-editor-password-1',
    name: `Casey Curator ${stamp}`,
  }
  const created = await request.post('/api/users', { headers: admin, data: { ...editor, roles: ['editor'] } })
  expect(created.status()).toBe(201)
  const editorId = (await created.json()).doc.id as number
  const asEditor = { Authorization: `JWT ${await tokenFor(request, editor)}` }

  // the review fields are server-only: writing them through REST changes nothing
  const title = `Cite probe ${stamp}`
  const draft = await request.post('/api/resources?draft=true', {
    headers: asEditor,
    data: {
      title,
      url: `https://example.org/cite-${stamp}`,
      summary: 'A resource made by the cite test.',
      kind: 'article',
      language: 'en',
      _status: 'draft',
      reviewedBy: editorId,
    },
  })
  expect(draft.status()).toBe(201)
  const { id, slug } = (await draft.json()).doc as { id: number; slug: string }

  // the admin (not the author) publishes: that is the review
  expect(
    (await request.patch(`/api/resources/${id}`, { headers: admin, data: { _status: 'published' } })).status(),
  ).toBe(200)
  const stored = await (await request.get(`/api/resources/${id}?depth=0`, { headers: admin })).json()
  expect(stored.createdBy).toBe(editorId)
  expect(stored.reviewedBy, 'publishing records the reviewer, whatever the author sent').toBe(adminId)

  // anonymous visitors (the browser, never logged in) still cannot read users: names reach pages only through the data layer
  expect((await page.request.get(`/api/users/${editorId}`)).status()).not.toBe(200)

  const dd = (p: Page, label: string, region = 'Sources and reuse') =>
    p
      .getByRole('region', { name: region })
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]')

  await page.goto(`/resources/${slug}`)
  await expect(dd(page, 'Curated by')).toHaveText(editor.name)
  await expect(dd(page, 'Reviewed by')).toHaveText(ADMIN.name)
  await expect(dd(page, 'Last reviewed').locator('time')).toHaveAttribute(
    'datetime',
    stored.lastReviewedAt ?? stored.reviewedAt,
  )
  // the citation names the hub page at its absolute address
  await expect(citeBlock(page, 'en').locator('pre').first()).toContainText(`${BASE_URL}/resources/${slug}`)

  await page.goto(`/fr/resources/${slug}`)
  await expect(dd(page, 'Préparé par', 'Sources et réutilisation')).toHaveText(editor.name)
  await expect(dd(page, 'Relu par', 'Sources et réutilisation')).toHaveText(ADMIN.name)

  // /credits lists them with what they did (published content only)
  await page.goto('/credits')
  const people = page.getByRole('region', { name: 'Curators and reviewers' })
  await expect(people.getByRole('listitem').filter({ hasText: editor.name }).first()).toContainText(title)
  await expect(people.getByRole('listitem').filter({ hasText: ADMIN.name }).first()).toContainText(title)

  // a user's new name shows at once on the (cached) page and on /credits
  const renamed = `Casey Renamed ${stamp}`
  expect((await request.patch(`/api/users/${editorId}`, { headers: admin, data: { name: renamed } })).status()).toBe(
    200,
  )
  await page.goto(`/resources/${slug}`)
  await expect(dd(page, 'Curated by')).toHaveText(renamed)
  await page.goto('/credits')
  await expect(people).toContainText(renamed)
  await expect(people).not.toContainText(editor.name)

  // and nobody's email ever reaches the public pages
  for (const url of [`/resources/${slug}`, '/credits']) {
    const html = await (await page.request.get(url)).text()
    expect(html).not.toContain(editor.email)
    expect(html).not.toContain(ADMIN.email)
  }
})
