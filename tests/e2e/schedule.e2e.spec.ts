/**
 * Scheduled publish under the publishing rule, in the admin: a reviewer who is not the author
 * schedules it from the Publish button; the author is not offered scheduling at all; when the job
 * runs (the server's own jobs queue, no request involved) the public pages show the item at once.
 */
import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import pg from 'pg'
import { account, as, bearer, createUser, tokenFor } from './accounts'
import { E2E_DATABASE_FILE } from './env'

const EDITOR = account('schedule-editor', 'Sam Editor')
const REVIEWER = account('schedule-reviewer', 'Sky Reviewer')
const stamp = Date.now()

async function sql(query: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: fs.readFileSync(E2E_DATABASE_FILE, 'utf8').trim() })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return await client.query(query, params)
  } finally {
    await client.end()
  }
}

test.beforeAll(async ({ request }) => {
  await createUser(request, EDITOR, ['editor'])
  await createUser(request, REVIEWER, ['reviewer'])
})

test('a reviewer schedules a publish; the job publishes it and the public pages show it without anyone saving', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const title = `Scheduled resource ${stamp}`
  const slug = `scheduled-${stamp}`
  const created = await request.post('/api/resources?draft=true', {
    headers: bearer(await tokenFor(request, EDITOR)),
    data: {
      title,
      slug,
      url: `https://example.org/${slug}`,
      summary: 'Goes public on schedule.',
      kind: 'guide',
      language: 'en',
      _status: 'draft',
      workflowStatus: 'in_review',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number

  // the public list is read (and cached) before the job runs
  await page.goto('/resources')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  expect((await page.request.get(`/resources/${slug}`)).status()).toBe(404)

  // the author is offered neither Publish nor Schedule
  const editor = await as(browser, EDITOR)
  await editor.page.goto(`/admin/collections/resources/${id}`)
  await expect(editor.page.locator('#field-title')).toHaveValue(title)
  await expect(editor.page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  await expect(editor.page.getByText(/schedule publish/i)).toHaveCount(0)
  await editor.close()

  // the reviewer schedules it from the Publish button's menu
  const reviewer = await as(browser, REVIEWER)
  await reviewer.page.goto(`/admin/collections/resources/${id}`)
  await expect(reviewer.page.locator('#field-title')).toHaveValue(title)
  await reviewer.page
    .getByRole('button', { name: /^publish/i })
    .locator('xpath=ancestor::div[contains(@class, "btn--withPopup")][1]')
    .locator('.popup-button')
    .click()
  await reviewer.page.locator('#schedule-publish').click()
  const drawer = reviewer.page.getByRole('dialog').filter({ hasText: 'Schedule publish for' })
  await drawer.getByText('Publish', { exact: true }).click()
  const when = new Date(Date.now() + 2 * 60_000)
  const input = drawer.locator('.react-datepicker__input-container input')
  await input.click()
  await input.fill(
    when
      .toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' })
      .replace(' at ', ' '),
  )
  await input.press('Enter')
  await drawer.getByRole('button', { name: /^save$/i }).click()
  await expect(reviewer.page.getByText(/scheduled successfully/i)).toBeVisible()
  await reviewer.page.screenshot({ path: 'test-results/screenshots/schedule-publish.png' })

  // the job is queued as the reviewer, for this document
  const jobs = await sql(
    `select id, wait_until, input from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`,
    [String(id)],
  )
  expect(jobs.rowCount).toBe(1)
  expect(jobs.rows[0].input.user.value).toBeTruthy()
  expect(jobs.rows[0].input.type).toBe('publish')
  // bring the scheduled time forward instead of waiting two minutes
  await sql(`update payload_jobs set wait_until = now() where id = $1`, [jobs.rows[0].id])

  // the server's jobs queue publishes it; the cached list and the page show it at once
  await expect
    .poll(async () => (await page.request.get(`/resources/${slug}`)).status(), { timeout: 30_000, intervals: [1_000] })
    .toBe(200)
  await page.goto('/resources')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await page.goto(`/resources/${slug}`)
  await expect(page.getByText('Sky Reviewer')).toBeVisible()
  await reviewer.close()
})
