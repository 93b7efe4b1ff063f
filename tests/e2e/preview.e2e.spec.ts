/**
 * Preview before approving: a reviewer opens a draft from the admin's Preview button and sees
 * it as the public page will look, behind sign-in; nobody else sees drafts, not even with the
 * draft-mode cookie, and leaving preview is one link away.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { account, as, bearer, createUser, tokenFor } from './accounts'

const EDITOR = account('preview-editor', 'Priya Editor')
const REVIEWER = account('preview-reviewer', 'Quinn Reviewer')
const stamp = Date.now()

async function draftResource(request: APIRequestContext, token: string, title: string, slug: string) {
  const res = await request.post('/api/resources?draft=true', {
    headers: bearer(token),
    data: {
      title,
      slug,
      url: `https://example.org/${slug}`,
      summary: 'A draft summary, in our own words.',
      kind: 'guide',
      language: 'en',
      _status: 'draft',
      workflowStatus: 'in_review',
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()).doc.id as number
}

test.beforeAll(async ({ request }) => {
  await createUser(request, EDITOR, ['editor'])
  await createUser(request, REVIEWER, ['reviewer'])
})

test('anyone not signed in is sent to sign in first, then comes back to the preview; the public never sees the draft', async ({
  page,
  request,
}) => {
  const slug = `preview-anon-${stamp}`
  const id = await draftResource(request, await tokenFor(request, EDITOR), `Anonymous cannot preview ${stamp}`, slug)
  const response = await page.goto(`/api/preview?collection=resources&id=${id}`)
  expect(new URL(page.url()).pathname).toBe('/admin/login')
  expect(new URL(page.url()).searchParams.get('redirect')).toBe(`/api/preview?collection=resources&id=${id}`)
  expect(response?.ok()).toBe(true)
  expect((await page.request.get(`/resources/${slug}`)).status()).toBe(404)
  // signing in there comes back to the preview
  await page.getByLabel(/email/i).fill(REVIEWER.email)
  await page.getByLabel(/password/i).fill(REVIEWER.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL((url) => url.pathname === `/resources/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Anonymous cannot preview ${stamp}`)
  // a broken link from somewhere else says what is wrong
  const bad = await request.get('/api/preview?collection=users&id=1')
  expect(bad.status()).toBe(400)
  // leaving preview only ever returns to a path on this site
  for (const path of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
    const exit = await request.get(`/api/preview/exit?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })
    expect(exit.status(), path).toBe(307)
    expect(exit.headers().location, path).toBe('/')
  }
  const back = await request.get(`/api/preview/exit?path=${encodeURIComponent('/resources?q=x')}`, { maxRedirects: 0 })
  expect(back.headers().location).toBe('/resources?q=x')
})

test('a reviewer previews a draft from the admin, sees it as the public will, and exits preview', async ({
  browser,
  request,
}) => {
  const title = `Previewed draft ${stamp}`
  const slug = `previewed-draft-${stamp}`
  const id = await draftResource(request, await tokenFor(request, EDITOR), title, slug)

  const reviewer = await as(browser, REVIEWER)
  await reviewer.page.goto(`/admin/collections/resources/${id}`)
  await expect(reviewer.page.locator('#field-title')).toHaveValue(title)
  // the admin's Preview button opens the public page in a new tab
  const [tab] = await Promise.all([
    reviewer.context.waitForEvent('page'),
    reviewer.page.getByRole('link', { name: 'Preview', exact: true }).click(),
  ])
  await tab.waitForLoadState()
  expect(new URL(tab.url()).pathname).toBe(`/resources/${slug}`)
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(tab.getByRole('complementary', { name: 'Preview' })).toContainText('Only signed-in staff see this')
  await expect(tab.getByRole('note').filter({ hasText: 'Newest draft' })).toContainText('Review status: In review')
  await expect(tab.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  // a draft is not something to give feedback on
  await expect(tab.getByRole('heading', { name: 'Was this page useful?' })).toHaveCount(0)
  const axe = await new AxeBuilder({ page: tab })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await tab.screenshot({ path: 'test-results/screenshots/preview-draft.png', fullPage: true })

  // the draft-mode cookie alone shows nothing: a visitor holding it (signed out) gets the 404
  const cookies = await reviewer.context.cookies()
  const bypass = cookies.find((c) => c.name === '__prerender_bypass')
  expect(bypass, 'draft mode is on for the reviewer').toBeTruthy()
  const stranger = await browser.newContext()
  await stranger.addCookies([bypass!])
  const strangerPage = await stranger.newPage()
  expect((await strangerPage.goto(`/resources/${slug}`))?.status()).toBe(404)
  await expect(strangerPage.getByRole('complementary', { name: 'Preview' })).toHaveCount(0)
  await stranger.close()

  // exit preview: back on the same path, drafts gone
  await tab.getByRole('link', { name: 'Exit preview' }).click()
  await tab.waitForLoadState()
  expect(new URL(tab.url()).pathname).toBe(`/resources/${slug}`)
  await expect(tab.getByRole('heading', { level: 1 })).not.toHaveText(title)
  expect((await reviewer.context.cookies()).some((c) => c.name === '__prerender_bypass')).toBe(false)
  await reviewer.close()
})

test('a published item with a newer draft: the preview shows the draft, the public the published version', async ({
  browser,
  request,
}) => {
  const slug = `preview-published-${stamp}`
  const editorToken = await tokenFor(request, EDITOR)
  const reviewerToken = await tokenFor(request, REVIEWER)
  const id = await draftResource(request, editorToken, `Published title ${stamp}`, slug)
  const publish = await request.patch(`/api/resources/${id}`, {
    headers: bearer(reviewerToken),
    data: { _status: 'published' },
  })
  expect(publish.status(), await publish.text()).toBe(200)
  const draft = await request.patch(`/api/resources/${id}?draft=true`, {
    headers: bearer(editorToken),
    data: { title: `Reworded title ${stamp}` },
  })
  expect(draft.status(), await draft.text()).toBe(200)

  const reviewer = await as(browser, REVIEWER)
  await reviewer.page.goto(`/api/preview?collection=resources&id=${id}`)
  await expect(reviewer.page.getByRole('heading', { level: 1 })).toHaveText(`Reworded title ${stamp}`)
  await expect(reviewer.page.getByRole('note').filter({ hasText: 'Newest draft' })).toContainText(
    'Review status: Draft',
  )
  // the French page previews the same draft, falling back to English
  await reviewer.page.goto(`/api/preview?collection=resources&id=${id}&locale=fr`)
  expect(new URL(reviewer.page.url()).pathname).toBe(`/fr/resources/${slug}`)
  await expect(reviewer.page.getByRole('heading', { level: 1 })).toHaveText(`Reworded title ${stamp}`)
  await expect(reviewer.page.getByRole('complementary', { name: 'Aperçu' })).toBeVisible()

  // the public, and the cache the public reads from, still have the published version
  const visitor = await browser.newContext()
  const visitorPage = await visitor.newPage()
  await visitorPage.goto(`/resources/${slug}`)
  await expect(visitorPage.getByRole('heading', { level: 1 })).toHaveText(`Published title ${stamp}`)
  await expect(visitorPage.getByRole('complementary', { name: 'Preview' })).toHaveCount(0)
  await visitor.close()
  await reviewer.close()
})

test('live preview beside the form shows the draft and follows each save', async ({ browser, request }) => {
  const slug = `live-preview-${stamp}`
  const editor = await as(browser, EDITOR)
  const id = await draftResource(request, await tokenFor(request, EDITOR), `Live preview first words ${stamp}`, slug)
  await editor.page.goto(`/admin/collections/resources/${id}`)
  await editor.page
    .getByRole('button', { name: /live preview/i })
    .first()
    .click()
  const frame = editor.page.frameLocator('iframe').first()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Live preview first words ${stamp}`)
  await editor.page.locator('#field-title').fill(`Live preview second words ${stamp}`)
  await editor.page.getByRole('button', { name: /save draft/i }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Live preview second words ${stamp}`)
  await editor.page.screenshot({ path: 'test-results/screenshots/live-preview.png' })
  await editor.close()
})

test('a draft question is previewed at its place on /faq, marked as a draft; the public FAQ does not show it', async ({
  browser,
  request,
}) => {
  const slug = `preview-faq-${stamp}`
  const question = `Can I preview a question ${stamp}?`
  const res = await request.post('/api/faqs?draft=true', {
    headers: bearer(await tokenFor(request, EDITOR)),
    data: {
      question,
      slug,
      _status: 'draft',
      answer: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: 'Yes, behind sign-in.',
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      },
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  const id = (await res.json()).doc.id as number

  const reviewer = await as(browser, REVIEWER)
  await reviewer.page.goto(`/api/preview?collection=faqs&id=${id}`)
  expect(new URL(reviewer.page.url()).pathname).toBe('/faq')
  const entry = reviewer.page.locator(`section#${slug}`)
  await expect(entry.getByRole('heading', { level: 2 })).toHaveText(question)
  await expect(entry.getByRole('note')).toContainText('Newest draft')
  await expect(reviewer.page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await reviewer.close()

  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await page.goto('/faq')
  await expect(page.getByRole('heading', { name: question })).toHaveCount(0)
  await visitor.close()
})
