/**
 * The moderators' side in a real browser: a contributor suggests a resource, a moderator accepts
 * it in the admin (a draft resource is made from it, crediting them), another reviewer publishes
 * that resource, and the contributor's status link shows it, credited by name. Then the queue's
 * tools: quick filters, and the CSV export offered to admins only.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { as, createUser } from './accounts'
import { ADMIN } from './env'

const MIN_FILL_MS = 3_200
const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
const MODERATOR = {
  email: `e2e-moderator-${stamp}@example.test`,
  password: 'e2e-moderator-password-1',
  name: 'Morgan Moderator',
}
const PUBLISHER = {
  email: `e2e-publisher-${stamp}@example.test`,
  password: 'e2e-publisher-password-1',
  name: 'Pat Publisher',
}
const EDITOR = {
  email: `e2e-mod-editor-${stamp}@example.test`,
  password: 'e2e-mod-editor-password-1',
  name: 'Eli Editor',
}

async function adminHeaders(request: APIRequestContext) {
  const res = await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })
  expect(res.status()).toBe(200)
  return { Authorization: `JWT ${(await res.json()).token}` }
}

test.beforeAll(async ({ request }) => {
  await createUser(request, MODERATOR, ['reviewer'])
  await createUser(request, PUBLISHER, ['reviewer'])
  await createUser(request, EDITOR, ['editor'])
})

test('a moderator accepts a suggestion, another reviewer publishes it, and the status link shows it credited', async ({
  page,
  browser,
  request,
}) => {
  // three people's sessions and the admin's first visits to the list and edit views: on a loaded
  // 2-core machine this journey has run past the default 60 s (a navigation still pending)
  test.setTimeout(120_000)
  // 1. a contributor suggests a resource on /contribute, agreeing to be credited
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${200 + (Date.now() % 50)}` })
  await page.goto('/contribute')
  const form = page.getByRole('region', { name: 'Suggest a resource or a correction' })
  const title = `Listening circles ${stamp}`
  const message = `A practical guide to listening circles, with exercises (${stamp}).`
  await form.getByLabel('Your suggestion').fill(message)
  await form.getByLabel(/^Link/).fill(`https://circles.example.org/e2e-${stamp}`)
  await form.getByLabel(/^Title of the link/).fill(title)
  await form.getByLabel('Your name').fill('Casey Contributor')
  await form.getByLabel('Your email').fill('casey.e2e@example.org')
  await form.getByLabel('Credit me by name if this is added to the hub').check()
  await page.waitForTimeout(MIN_FILL_MS)
  await form.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(form.getByText('Thank you! We have received your suggestion.')).toBeVisible()
  const statusHref = (await form.locator('a.status-link').getAttribute('href'))!
  expect(statusHref).toMatch(/\/contribute\/status\/[A-Za-z0-9_-]{43}$/)

  // 2. the moderator sees the queue's count, opens the suggestion and accepts it
  const moderator = await as(browser, MODERATOR)
  const mod = moderator.page
  const count = mod.getByTestId('new-submissions-count')
  await expect(count).toBeVisible()
  expect(Number(await count.textContent())).toBeGreaterThan(0)
  // the admin's navigation starts closed: open it as a moderator would
  const menu = mod.getByRole('button', { name: 'Open Menu' })
  if (await menu.isVisible()) await menu.click()
  await mod.getByRole('link', { name: /Moderation queue/ }).click()
  await mod.waitForURL(/\/admin\/collections\/submissions/)
  await mod
    .getByRole('link', { name: new RegExp(stamp) })
    .first()
    .click()
  await mod.waitForURL(/\/admin\/collections\/submissions\/\d+/)
  const panel = mod.getByTestId('moderation-panel')
  await panel.getByRole('button', { name: 'Accept: create a draft resource' }).click()
  const outcome = mod.getByTestId('moderation-result')
  await expect(outcome).toContainText('Led to the resource')
  await expect(outcome).toContainText('(draft)')
  await expect(outcome).toContainText('crediting “Casey Contributor”')
  const resourceLink = outcome.getByRole('link', { name: `“${title}”` })
  await expect(resourceLink).toHaveAttribute('href', /\/admin\/collections\/resources\/\d+$/)
  const resourceAdminPath = (await resourceLink.getAttribute('href'))!
  await mod.screenshot({ path: 'test-results/screenshots/moderation-accepted.png', fullPage: true })

  // the draft is pre-filled from the suggestion, authored by the moderator, who may not publish it
  await resourceLink.click()
  await mod.waitForURL(new RegExp(`${resourceAdminPath}$`))
  await expect(mod.locator('#field-title')).toHaveValue(title)
  await expect(mod.locator('#field-url')).toHaveValue(`https://circles.example.org/e2e-${stamp}`)
  await expect(mod.locator('#field-summary')).toHaveValue(message)
  const resourceId = Number(resourceAdminPath.split('/').pop())
  const headers = await adminHeaders(request)
  const draft = await (await request.get(`/api/resources/${resourceId}?draft=true&depth=1`, { headers })).json()
  expect(draft).toMatchObject({
    _status: 'draft',
    createdBy: { name: MODERATOR.name },
    contributors: [{ name: 'Casey Contributor', contribution: 'suggested' }],
  })
  // the resource itself stores the chosen name only (depth 0: the staff-only link to the submission stays an id)
  const bare = await (await request.get(`/api/resources/${resourceId}?draft=true&depth=0`, { headers })).json()
  expect(JSON.stringify(bare)).not.toContain('casey.e2e@example.org')
  await moderator.close()

  // the status page says accepted, not yet linked
  await page.goto(statusHref)
  await expect(page.getByRole('heading', { level: 2, name: 'Accepted' })).toBeVisible()

  // 3. another reviewer publishes the resource in the admin
  const publisher = await as(browser, PUBLISHER)
  const pub = publisher.page
  await pub.goto(resourceAdminPath)
  await pub.getByRole('button', { name: 'Publish changes' }).click()
  await expect(pub.getByText('Status:').locator('..')).toContainText('Published')
  await publisher.close()

  // 4. the submission is added by itself, and the status link shows the resource, credited
  const [submission] = (
    await (
      await request.get(`/api/submissions?depth=0&where[message][equals]=${encodeURIComponent(message)}`, { headers })
    ).json()
  ).docs
  expect(submission).toMatchObject({ status: 'added', result: { relationTo: 'resources', value: resourceId } })
  await page.goto(statusHref)
  await expect(page.getByRole('heading', { level: 2, name: 'Added to the hub' })).toBeVisible()
  await expect(page.getByText('Credited as: Casey Contributor')).toBeVisible()
  await expect(page.getByText('casey.e2e@example.org')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/moderation-status-added.png', fullPage: true })
  await page.getByRole('link', { name: title }).click()
  await expect(page).toHaveURL(/\/resources\/listening-circles-/)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // the public page and /credits credit them by the name they chose, never with their email
  const provenance = page.getByRole('region', { name: 'Sources and reuse' })
  await expect(provenance).toContainText('From the community')
  await expect(provenance).toContainText('Casey Contributor (suggested it)')
  await page.goto('/credits')
  const community = page.getByRole('region', { name: 'Community contributors' })
  await expect(
    community.getByRole('listitem').filter({ hasText: 'Casey Contributor' }).getByRole('link', { name: title }),
  ).toBeVisible()
  await expect(page.getByText('casey.e2e@example.org')).toHaveCount(0)
})

test('the queue filters by status and kind, and offers the CSV export to admins only', async ({ browser }) => {
  const admin = await as(browser, ADMIN)
  const page = admin.page
  await page.goto('/admin/collections/submissions')
  await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'New' }).click()
  await expect(page).toHaveURL(
    /where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=new|where\[and\]\[0\]\[status\]\[equals\]=new/,
  )
  await expect(
    page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'New' }),
  ).toHaveAttribute('aria-current', 'true')
  await page.getByRole('navigation', { name: 'Filter by kind' }).getByRole('link', { name: 'Suggestions' }).click()
  await expect(
    page.getByRole('navigation', { name: 'Filter by kind' }).getByRole('link', { name: 'Suggestions' }),
  ).toHaveAttribute('aria-current', 'true')
  await expect(
    page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'New' }),
  ).toHaveAttribute('aria-current', 'true')

  const exportLink = page.getByRole('link', { name: 'Export these as CSV' })
  await expect(exportLink).toHaveAttribute('href', /\/api\/submissions\/export\?where/)
  // fetched from the admin page itself, with the browser's cookie and Sec-Fetch-Site (as a click would)
  const fetchFrom = (p: Page, href: string) =>
    p.evaluate(async (url) => {
      const res = await fetch(url)
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
    }, href)
  const csv = await fetchFrom(page, (await exportLink.getAttribute('href'))!)
  expect(csv.status).toBe(200)
  expect(csv.type).toMatch(/^text\/csv/)
  expect(csv.text).toMatch(/^\uFEFF?id,createdAt,kind,status/)
  await admin.close()

  const editor = await as(browser, EDITOR)
  await editor.page.goto('/admin/collections/submissions')
  await expect(editor.page.getByRole('navigation', { name: 'Filter by status' })).toBeVisible()
  await expect(editor.page.getByRole('link', { name: 'Export these as CSV' })).toHaveCount(0)
  expect((await fetchFrom(editor.page, '/api/submissions/export')).status).toBe(403)
  await editor.close()
})
