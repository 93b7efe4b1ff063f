/**
 * Issue 7, "Editorial review and credits", tried in a real browser as new users would, with three
 * accounts: an editor writes a resource and submits it; a reviewer (not the author) asks for
 * changes with a note; the editor revises and resubmits; the reviewer publishes, and the public
 * page credits them ("Reviewed by") with a citation, as does /credits. Then: an editor's "Save
 * draft" on published work leaves the public page alone, and the admin's dashboard shows stale
 * and broken-link resources with counts.
 *
 * The workflow status is a react-select labelled "Workflow Status"; these steps choose only moves
 * the user is allowed to make, so they hold whether the select lists every status or only those.
 *
 * The last three guard bugs this journey found: the server's reason was lost in the production build
 * (minified error names), the author's resubmission repeated the reviewer's note as theirs, and the
 * review history updated only on reload.
 */
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test'
import fs from 'node:fs'
import pg from 'pg'
import { bearer, login, tokenFor } from './accounts'
import { ADMIN, BASE_URL, E2E_DATABASE_FILE } from './env'

test.describe.configure({ mode: 'serial' })

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const EDITOR = {
  email: `e2e-ed-editor-${stamp}@example.test`,
  password: 'e2e-ed-editor-password-1',
  name: `Eden Editor ${stamp}`,
}
const REVIEWER = {
  email: `e2e-ed-reviewer-${stamp}@example.test`,
  password: 'e2e-ed-reviewer-password-1',
  name: `Rowan Reviewer ${stamp}`,
}
const TITLE = `Allyship in meetings ${stamp}`
const SUMMARY = 'How to share the floor in meetings, in our own words.'
const REVISED = 'How to share the floor in meetings and hand credit back, in our own words.'
const AFTER_PUBLISH = 'A later edit that waits for review, in our own words.'
const NOTE = `Please say who the guide is for (${stamp}).`
const SHOTS = 'test-results'

/** Filled in as the journey goes. */
const doc = { id: 0, slug: '', adminPath: '' }
/** The history entry the editor's resubmission made (step 5). */
const resubmission = { entry: '' }
/** The reviewer's "Waiting for my review" count while the item waited (step 4). */
let waitingBefore = 0

// ------------------------------------------------------------------ helpers

const tokenOf = async (request: APIRequestContext, user: { email: string; password: string }) =>
  bearer(await tokenFor(request, user))

/** What the "Document locked" dialogs said, when one came up (see `as`). */
const lockNotices: string[] = []

/** Payload's form-state requests (server actions) in flight, per page. */
const formStateInFlight = new WeakMap<Page, Set<Request>>()

/**
 * A page of its own for one user (separate cookies), signed in to the admin.
 *
 * Payload locks a document for 5 minutes from a form-state request made after an edit, and a save
 * removes the lock: a save clicked while that (250 ms debounced) request is still on its way leaves
 * the lock behind, and the next user meets a "Document locked" dialog. `save` waits for the form to
 * settle first, as a person would; should the dialog come up anyway, the user takes over.
 */
async function as(browser: Browser, user: { email: string; password: string }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const inFlight = new Set<Request>()
  formStateInFlight.set(page, inFlight)
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action']) inFlight.add(r)
  })
  page.on('requestfinished', (r) => inFlight.delete(r))
  page.on('requestfailed', (r) => inFlight.delete(r))
  const locked = page.getByRole('dialog', { name: 'document-locked' })
  await page.addLocatorHandler(locked, async (dialog) => {
    lockNotices.push(((await dialog.innerText()) ?? '').replace(/\s+/g, ' ').trim())
    await dialog.getByRole('button', { name: /take over/i }).click()
  })
  await login(page, user.email, user.password)
  return { page, close: () => context.close() }
}

/** Waits until the form has sent its last change to the server (Payload debounces it by 250 ms). */
async function settle(page: Page) {
  await page.waitForTimeout(400)
  await expect.poll(() => formStateInFlight.get(page)?.size ?? 0, { timeout: 10_000 }).toBe(0)
}

/** A field of the edit view, found by its visible label (the innermost wrapper: rows hold several fields). */
const field = (page: Page, label: RegExp) =>
  page
    .locator('.field-type')
    .filter({ has: page.locator('label').filter({ hasText: label }) })
    .last()
const workflowField = (page: Page) => field(page, /^Workflow Status/)

/** The value the workflow select shows. */
const workflowValue = (page: Page) => workflowField(page).locator('[class*="single-value"]')

async function chooseWorkflow(page: Page, label: string) {
  // retried: a "Document locked" dialog taken over (see `as`) can close the menu as it opens
  await expect(async () => {
    await workflowField(page).locator('[class*="control"]').first().click()
    await page.getByRole('option', { name: label, exact: true }).click({ timeout: 2_000 })
    await expect(workflowValue(page)).toHaveText(label, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}

/** The document's sidebar scrolls on its own: a tall window shows all of it, then the page and the sidebar are kept. */
async function sidebarShot(page: Page, path: string) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 1280, height: 2400 })
  await page.screenshot({ path, fullPage: true })
  await page.locator('.document-fields__sidebar').screenshot({ path: path.replace(/\.png$/, '-only.png') })
  if (size) await page.setViewportSize(size)
}

/** Payload's toasts (sonner): the region "Notifications alt+T". */
const toasts = (page: Page) => page.getByRole('region', { name: /^Notifications/ })

/** Payload's document header: "Status: Draft | Published | Changed". */
const docStatus = (page: Page) => page.getByText('Status:', { exact: true }).locator('..')

const reviewHistory = (page: Page) => page.getByRole('region', { name: 'Review history' })

/** The save request the admin sends, and its JSON body (`_payload` of the multipart form, or JSON). */
function sentBody(req: Request): Record<string, unknown> {
  const raw = req.postData() ?? ''
  const multipart = raw.match(/name="_payload"\r?\n\r?\n([\s\S]*?)\r?\n--/)
  return JSON.parse(multipart?.[1] ?? raw)
}

const isSaveOf = (id: number | null) => (r: Request) =>
  r.method() === (id ? 'PATCH' : 'POST') &&
  new URL(r.url()).pathname === (id ? `/api/resources/${id}` : '/api/resources')

/** Clicks a save button and returns what the admin sent and the server's answer. */
async function save(page: Page, button: RegExp | string, id: number | null) {
  await settle(page)
  const [req] = await Promise.all([
    page.waitForRequest(isSaveOf(id)),
    page.getByRole('button', { name: button }).click(),
  ])
  const res = (await req.response())!
  return { req, body: sentBody(req), status: res.status(), json: await res.json().catch(() => null) }
}

/** A count in the dashboard's headings ("Waiting for my review: 2"). */
async function headingCount(region: Locator) {
  const text = (await region.getByRole('heading').first().textContent()) ?? ''
  const m = text.match(/:\s*(\d+)\s*$/)
  expect(m, `no count in “${text}”`).not.toBeNull()
  return Number(m![1])
}

async function linkCount(link: Locator) {
  const text = (await link.textContent()) ?? ''
  const m = text.match(/:\s*(\d+)\s*$/)
  expect(m, `no count in “${text}”`).not.toBeNull()
  return Number(m![1])
}

let adminAuth: { Authorization: string } | null = null

/** The workflow status stored on the document's latest version, read as the admin. */
async function storedStatus(id: number) {
  const res = await fetch(`${BASE_URL}/api/resources/${id}?draft=true&depth=0`, { headers: adminAuth! })
  return ((await res.json()) as { workflowStatus?: string }).workflowStatus
}

async function sql(query: string, params: unknown[] = []) {
  const pool = new pg.Pool({ connectionString: fs.readFileSync(E2E_DATABASE_FILE, 'utf8').trim(), max: 1 })
  pool.on('error', () => {})
  try {
    return await pool.query(query, params)
  } finally {
    await pool.end()
  }
}

// ------------------------------------------------------------------ accounts

test.beforeAll(async ({ request }) => {
  const admin = await tokenOf(request, ADMIN)
  adminAuth = admin
  for (const [user, roles] of [
    [EDITOR, ['editor']],
    [REVIEWER, ['reviewer']],
  ] as const) {
    const res = await request.post('/api/users', { headers: admin, data: { ...user, roles } })
    expect(res.status(), await res.text()).toBe(201)
  }
})

// ------------------------------------------------------------------ the journey

test('1–3. an editor writes a draft, submits it for review, and cannot publish it by any route', async ({
  browser,
  request,
}) => {
  const editor = await as(browser, EDITOR)
  const page = editor.page
  await page.goto('/admin/collections/resources/create')
  await page.getByLabel(/^Title/).fill(TITLE)
  await page.getByLabel(/^Url/).fill(`https://example.org/meetings-${stamp}`)
  await page.getByLabel(/^Summary/).fill(SUMMARY)
  await field(page, /^Kind/).locator('[class*="control"]').first().click()
  await page.getByRole('option', { name: 'Guide', exact: true }).click()
  await field(page, /^Language/)
    .locator('[class*="control"]')
    .first()
    .click()
  await page.getByRole('option', { name: 'French', exact: true }).click()
  // a new item starts as a draft
  await expect(workflowValue(page)).toHaveText('Draft')

  // 1. the editor is offered "Save draft" only: no Publish button
  await expect(page.getByRole('button', { name: /save draft/i })).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)
  const created = await save(page, /save draft/i, null)
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  expect(created.body._status).toBe('draft')
  await page.waitForURL(/\/admin\/collections\/resources\/\d+$/)
  doc.adminPath = new URL(page.url()).pathname
  doc.id = Number(doc.adminPath.split('/').pop())
  await expect(docStatus(page)).toContainText('Draft')
  await expect(workflowValue(page)).toHaveText('Draft')
  await expect(field(page, /^Created By/)).toContainText(EDITOR.name)
  await expect(page.getByRole('button', { name: /save draft/i })).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  // 2. submitted for review: the history in the sidebar shows it (after a reload: see the known bugs)
  await chooseWorkflow(page, 'In review')
  const submitted = await save(page, /save draft/i, doc.id)
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
  expect(submitted.body.workflowStatus).toBe('in_review')
  await expect(workflowValue(page)).toHaveText('In review')
  await page.reload()
  await expect(workflowValue(page)).toHaveText('In review')
  await expect(reviewHistory(page).getByRole('listitem').first()).toContainText(
    `Submitted for review → In review by ${EDITOR.name}`,
  )
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  // 3. publishing through the API anyway, from the signed-in page (the browser's own cookie), is refused
  const attempts = await page.evaluate(async (id) => {
    const rest = await fetch(`/api/resources/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    const gql = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { updateResource(id: ${id}, data: { _status: published }) { id _status } }`,
      }),
    })
    return {
      rest: { status: rest.status, body: await rest.json() },
      gql: { status: gql.status, body: await gql.json() },
    }
  }, doc.id)
  expect(attempts.rest.status, JSON.stringify(attempts.rest.body)).toBe(403)
  expect(attempts.rest.body.errors?.[0]?.message).toBe(
    'Only a reviewer or an admin who is not the author can publish this. Save a draft and ask another reviewer to review it.',
  )
  expect(attempts.gql.body.errors?.[0]?.message, JSON.stringify(attempts.gql.body)).toMatch(
    /not allowed|reviewer|publish/i,
  )
  expect(attempts.gql.body.data?.updateResource ?? null).toBeNull()
  const stored = await (
    await request.get(`/api/resources/${doc.id}?draft=true&depth=0`, { headers: await tokenOf(request, ADMIN) })
  ).json()
  expect(stored).toMatchObject({ _status: 'draft', workflowStatus: 'in_review' })
  doc.slug = stored.slug
  expect((await request.get(`/resources/${doc.slug}`)).status()).toBe(404)
  await page.reload()
  await expect(docStatus(page)).toContainText('Draft')
  await editor.close()
})

test('4. the reviewer finds it waiting for review and asks for changes, with a note', async ({ browser }) => {
  const reviewer = await as(browser, REVIEWER)
  const page = reviewer.page
  const waiting = page.getByRole('region', { name: /^Waiting for my review:/ })
  await expect(waiting).toBeVisible()
  waitingBefore = await headingCount(waiting)
  expect(waitingBefore).toBeGreaterThanOrEqual(1)
  const link = waiting.getByRole('link', { name: /^Resources: \d+$/ })
  expect(await linkCount(link)).toBeGreaterThanOrEqual(1)
  await page.screenshot({ path: `${SHOTS}/editorial-reviewer-dashboard.png`, fullPage: true })
  await link.click()
  await page.waitForURL(/\/admin\/collections\/resources\?/)
  await page.getByRole('link', { name: TITLE }).click()
  await page.waitForURL(new RegExp(`${doc.adminPath}(\\?.*)?$`))
  await expect(workflowValue(page)).toHaveText('In review')
  // a reviewer who is not the author may publish
  await expect(page.getByRole('button', { name: /publish/i }).first()).toBeVisible()

  // without a note: refused, with an error toast; nothing is stored (the toast's wording: see the last test)
  await chooseWorkflow(page, 'Changes requested')
  const refused = await save(page, /save draft/i, doc.id)
  expect(refused.status).toBe(400)
  await expect(toasts(page)).toContainText(/\S/)
  expect(await storedStatus(doc.id)).toBe('in_review')
  await expect(reviewHistory(page).getByRole('listitem')).toHaveCount(1)

  // with a note: saved, and the history shows it
  await page.getByLabel(/^Review Note/).fill(NOTE)
  await expect(workflowValue(page)).toHaveText('Changes requested')
  const requested = await save(page, /save draft/i, doc.id)
  expect(requested.status, JSON.stringify(requested.json)).toBe(200)
  expect(requested.body).toMatchObject({ workflowStatus: 'changes_requested', reviewNote: NOTE })
  await page.reload()
  await expect(workflowValue(page)).toHaveText('Changes requested')
  const latest = reviewHistory(page).getByRole('listitem').first()
  await expect(latest).toContainText(`Changes requested by ${REVIEWER.name}`)
  await expect(latest).toContainText(NOTE)
  await reviewer.close()
})

test('5. the editor sees the changes requested, revises the summary and submits it again', async ({ browser }) => {
  const editor = await as(browser, EDITOR)
  const page = editor.page
  const changes = page.getByRole('region', { name: /^Changes requested:/ })
  expect(await headingCount(changes)).toBe(1)
  await changes.getByRole('link', { name: 'Resources: 1' }).click()
  await page.waitForURL(/\/admin\/collections\/resources\?/)
  await page.getByRole('link', { name: TITLE }).click()
  await page.waitForURL(new RegExp(`${doc.adminPath}(\\?.*)?$`))
  // the note, where the author works
  const asked = page.getByRole('status', { name: 'Changes requested' })
  await expect(asked).toContainText(NOTE)
  await expect(reviewHistory(page)).toContainText(NOTE)

  await page.getByLabel(/^Summary/).fill(REVISED)
  await chooseWorkflow(page, 'In review')
  const resubmitted = await save(page, /save draft/i, doc.id)
  expect(resubmitted.status, JSON.stringify(resubmitted.json)).toBe(200)
  expect(resubmitted.body).toMatchObject({ workflowStatus: 'in_review', summary: REVISED, _status: 'draft' })
  await page.reload()
  await expect(workflowValue(page)).toHaveText('In review')
  await expect(page.getByLabel(/^Summary/)).toHaveValue(REVISED)
  await expect(reviewHistory(page).getByRole('listitem').first()).toContainText(
    `Submitted for review → In review by ${EDITOR.name}`,
  )
  resubmission.entry = (await reviewHistory(page).getByRole('listitem').first().innerText()).replace(/\s+/g, ' ')
  // the request is answered: no longer on the editor's "changes requested"
  await page.goto('/admin')
  expect(await headingCount(page.getByRole('region', { name: /^Changes requested:/ }))).toBe(0)
  await editor.close()
})

test('6, 8. the reviewer publishes; the public page and /credits say who reviewed it', async ({ browser, page }) => {
  const reviewer = await as(browser, REVIEWER)
  const admin = reviewer.page
  await admin.goto(doc.adminPath)
  await expect(admin.getByLabel(/^Summary/)).toHaveValue(REVISED)
  const published = await save(admin, 'Publish changes', doc.id)
  expect(published.status, JSON.stringify(published.json)).toBe(200)
  expect(published.body._status).toBe('published')
  await expect(docStatus(admin)).toContainText('Published')
  // the sidebar's fields follow the save at once (the review history does not: see the known bugs below)
  await expect(workflowValue(admin)).toHaveText('Approved')
  await expect(field(admin, /^Reviewed By/)).toContainText(REVIEWER.name)
  await admin.reload()
  await expect(workflowValue(admin)).toHaveText('Approved')
  await expect(field(admin, /^Reviewed By/)).toContainText(REVIEWER.name)
  await expect(reviewHistory(admin).getByRole('listitem').first()).toContainText(
    `Published → Approved by ${REVIEWER.name}`,
  )
  await sidebarShot(admin, `${SHOTS}/editorial-document-published.png`)
  // no longer waiting for their review
  await admin.goto('/admin')
  await expect(
    admin
      .getByRole('region', { name: /^Waiting for my review:/ })
      .getByRole('heading')
      .first(),
  ).toHaveText(`Waiting for my review: ${waitingBefore - 1}`)
  await admin.screenshot({ path: `${SHOTS}/editorial-reviewer-dashboard-end.png`, fullPage: true })

  // the public page shows it at once, credited
  await page.goto(`/resources/${doc.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText(REVISED)).toBeVisible()
  const provenance = page.getByRole('region', { name: 'Sources and reuse' })
  await expect(provenance.getByRole('definition').filter({ hasText: REVIEWER.name })).toBeVisible()
  await expect(provenance).toContainText(`Reviewed by${REVIEWER.name}`)
  await expect(provenance).toContainText(`Curated by${EDITOR.name}`)
  const cite = page.getByRole('region', { name: 'How to cite / reuse this' })
  await expect(cite).toContainText(TITLE)
  await expect(cite).toContainText(`/resources/${doc.slug}`)

  // 8. /credits lists the reviewer among the curators and reviewers
  await page.goto('/credits')
  const people = page.getByRole('region', { name: 'Curators and reviewers' })
  const entry = people.getByRole('listitem').filter({ has: page.getByText(REVIEWER.name, { exact: true }) })
  await expect(entry.getByRole('link', { name: TITLE })).toBeVisible()
  await expect(entry).toContainText('(reviewed it)')
  const curator = people.getByRole('listitem').filter({ has: page.getByText(EDITOR.name, { exact: true }) })
  await expect(curator).toContainText('(curated it)')
  await reviewer.close()
})

test('an editor’s “Save draft” on published work keeps the published version up and reopens review', async ({
  browser,
  page,
}) => {
  const editor = await as(browser, EDITOR)
  const admin = editor.page
  await admin.goto(doc.adminPath)
  await expect(workflowValue(admin)).toHaveText('Approved')
  await expect(admin.getByRole('button', { name: /publish/i })).toHaveCount(0)
  await admin.getByLabel(/^Summary/).fill(AFTER_PUBLISH)
  const saved = await save(admin, /save draft/i, doc.id)
  // what the admin sends: a draft, to the draft endpoint
  expect(new URL(saved.req.url()).searchParams.get('draft')).toBe('true')
  expect(saved.body._status).toBe('draft')
  expect(saved.status, JSON.stringify(saved.json)).toBe(200)
  await admin.reload()
  await expect(admin.getByLabel(/^Summary/)).toHaveValue(AFTER_PUBLISH)
  await expect(workflowValue(admin)).toHaveText('Draft')
  // Payload's header: published, with a newer draft
  await expect(docStatus(admin)).toContainText('Changed')
  // "Revert to published" would re-publish: not offered to the editor, offered to the reviewer
  await expect(admin.locator('#action-revert-to-published')).toBeHidden()
  await expect(reviewHistory(admin).getByRole('listitem').first()).toContainText(
    `Edited after publishing → Draft by ${EDITOR.name}`,
  )
  await sidebarShot(admin, `${SHOTS}/editorial-document-sidebar.png`)

  // the public page still shows the published version, not the draft
  await page.goto(`/resources/${doc.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText(REVISED)).toBeVisible()
  await expect(page.getByText(AFTER_PUBLISH)).toHaveCount(0)
  expect(await (await page.request.get(`/api/resources/${doc.id}?depth=0`)).json()).toMatchObject({
    _status: 'published',
    summary: REVISED,
  })
  await editor.close()
  const reviewer = await as(browser, REVIEWER)
  await reviewer.page.goto(doc.adminPath)
  await expect(docStatus(reviewer.page)).toContainText('Changed')
  await expect(reviewer.page.locator('#action-revert-to-published')).toBeVisible()
  await reviewer.close()
})

test('7. the admin’s dashboard counts stale and broken-link resources', async ({ browser, request }) => {
  const asAdmin = await tokenOf(request, ADMIN)
  const asEditor = await tokenOf(request, EDITOR)
  const make = async (name: string) => {
    const created = await request.post('/api/resources?draft=true', {
      headers: asEditor,
      data: {
        title: `${name} ${stamp}`,
        url: `https://example.org/${name.toLowerCase().replace(/\W+/g, '-')}-${stamp}`,
        summary: 'S.',
        kind: 'article',
        language: 'en',
        _status: 'draft',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const id = (await created.json()).doc.id as number
    const published = await request.patch(`/api/resources/${id}`, { headers: asAdmin, data: { _status: 'published' } })
    expect(published.status(), await published.text()).toBe(200)
    return { id, title: `${name} ${stamp}` }
  }
  const stale = await make('Old guide')
  const broken = await make('Dead link')

  const admin = await as(browser, ADMIN)
  const page = admin.page
  const staleRegion = page.getByRole('region', { name: /^Published but not reviewed for 12 months:/ })
  const linksRegion = page.getByRole('region', { name: 'Links to check' })
  const brokenLink = linksRegion.getByRole('link', { name: /^Broken: \d+$/ })
  const staleBefore = await headingCount(staleRegion)
  const brokenBefore = await linkCount(brokenLink)

  // a year and a month without review, and a link the checker found broken (both rows: document and latest version)
  await sql(`update resources set last_reviewed_at = now() - interval '13 months' where id = $1`, [stale.id])
  await sql(
    `update _resources_v set version_last_reviewed_at = now() - interval '13 months' where parent_id = $1 and latest = true`,
    [stale.id],
  )
  await sql(
    `update resources set link_health_status = 'broken', link_health_http_status = 404, link_health_checked_at = now(), link_health_final_url = url where id = $1`,
    [broken.id],
  )
  await sql(
    `update _resources_v set version_link_health_status = 'broken', version_link_health_http_status = 404, version_link_health_checked_at = now(), version_link_health_final_url = version_url where parent_id = $1 and latest = true`,
    [broken.id],
  )

  await page.reload()
  await expect(staleRegion.getByRole('heading').first()).toHaveText(
    `Published but not reviewed for 12 months: ${staleBefore + 1}`,
  )
  await expect(brokenLink).toHaveText(`Broken: ${brokenBefore + 1}`)
  await expect(linksRegion).toContainText(/\d+ resources? ha(s|ve) a link to check/)
  await page.screenshot({ path: `${SHOTS}/editorial-admin-dashboard.png`, fullPage: true })

  // each count leads to a list that holds the item
  await brokenLink.click()
  await page.waitForURL(/\/admin\/collections\/resources\?/)
  await expect(page.getByRole('link', { name: broken.title })).toBeVisible()
  await expect(page.getByRole('link', { name: stale.title })).toHaveCount(0)
  await page.goto('/admin')
  await staleRegion.getByRole('link', { name: /^Resources: \d+$/ }).click()
  await page.waitForURL(/\/admin\/collections\/resources\?/)
  await expect(page.getByRole('link', { name: stale.title })).toBeVisible()
  await admin.close()
})

/**
 * In the production build, refusals thrown as plain APIErrors lost their class name to minification
 * (`name: ""`), so Payload answered "An unknown error occurred." instead of their message, over REST
 * and in the admin's toast. They are RefusalErrors now (src/lib/errors.ts), named by a literal.
 */
test('the admin shows the server’s reason when a request for changes has no note', async ({ browser, request }) => {
  const created = await request.post('/api/resources?draft=true', {
    headers: await tokenOf(request, EDITOR),
    data: {
      title: `Needs a note ${stamp}`,
      url: `https://example.org/needs-a-note-${stamp}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
      workflowStatus: 'in_review',
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  const reviewer = await as(browser, REVIEWER)
  try {
    const page = reviewer.page
    await page.goto(`/admin/collections/resources/${id}`)
    await chooseWorkflow(page, 'Changes requested')
    const refused = await save(page, /save draft/i, id)
    expect(refused.status).toBe(400)
    expect(refused.json?.errors?.[0]?.message).toBe('Requesting changes needs a note to the author (Review note).')
    await expect(toasts(page)).toContainText('Requesting changes needs a note to the author (Review note).', {
      timeout: 5_000,
    })
  } finally {
    await reviewer.close()
  }
})

/**
 * While changes are requested, the "Review Note" field holds the reviewer's note; the author's
 * resubmission sends it back, and it must not be recorded as the author's (src/workflow/hooks.ts).
 */
test('the author’s resubmission does not repeat the reviewer’s note as theirs', async () => {
  expect(resubmission.entry, 'step 5 ran').toContain('Submitted for review')
  expect(resubmission.entry).not.toContain(NOTE)
})

/**
 * The review history (a server component in a `ui` field) was drawn with the page only; it now
 * refreshes after each save (src/components/admin/ReviewHistoryRefresh.tsx).
 */
test('the review history shows a step as soon as it is saved', async ({ browser, request }) => {
  const created = await request.post('/api/resources?draft=true', {
    headers: await tokenOf(request, EDITOR),
    data: {
      title: `Fresh history ${stamp}`,
      url: `https://example.org/fresh-history-${stamp}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  const editor = await as(browser, EDITOR)
  try {
    const page = editor.page
    await page.goto(`/admin/collections/resources/${id}`)
    await expect(reviewHistory(page)).toContainText('No review steps yet.')
    await chooseWorkflow(page, 'In review')
    const submitted = await save(page, /save draft/i, id)
    expect(submitted.status).toBe(200)
    await expect(reviewHistory(page).getByRole('listitem').first()).toContainText('Submitted for review', {
      timeout: 5_000,
    })
  } finally {
    await editor.close()
  }
})

test.afterAll(() => {
  if (lockNotices.length) console.log(`“Document locked” dialogs taken over:\n- ${lockNotices.join('\n- ')}`)
})
