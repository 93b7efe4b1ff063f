/**
 * Bulk import in the admin, as an editor: upload a small CSV above the resources list, read the
 * dry run's table (what would be created, a duplicate, a bad link), import, read the summary, and
 * find the new drafts in the list.
 */
import { expect, test } from '@playwright/test'
import { account, as, bearer, createUser, tokenFor } from './accounts'
import { ADMIN } from './env'

const EDITOR = account('import-editor', 'Iris Importer')
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SOURCE = `Import library ${stamp}`

test.beforeAll(async ({ request }) => {
  await createUser(request, EDITOR, ['editor'])
  const res = await request.post('/api/sources', {
    headers: bearer(await tokenFor(request, ADMIN)),
    data: { title: SOURCE, kind: 'organisation' },
  })
  expect(res.status(), await res.text()).toBe(201)
})

test('an editor checks a CSV, imports it as drafts and finds them in the list', async ({ browser }) => {
  test.setTimeout(120_000)
  const csv = [
    'title,url,summary,kind',
    `Imported guide ${stamp},https://guide-${stamp}.example.org/,A guide to start with.,guide`,
    `Imported video ${stamp},https://video-${stamp}.example.org/watch,A talk worth watching.,video`,
    `Same guide again ${stamp},HTTPS://www.guide-${stamp}.example.org,Listed twice.,guide`,
    `Broken link ${stamp},not a link,No address.,article`,
  ].join('\n')
  const editor = await as(browser, EDITOR)
  const { page } = editor
  await page.goto('/admin/collections/resources')
  await page.getByText('Import or export CSV').click()
  await expect(page.getByRole('link', { name: 'Export CSV' })).toBeVisible()
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'resources.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByLabel('Source to credit').selectOption({ label: SOURCE })
  await page.getByRole('button', { name: 'Check (dry run)' }).click()

  const table = page.getByRole('table', { name: 'Dry run, row by row' })
  await expect(table).toBeVisible()
  await expect(
    page.getByText('Dry run: 2 would be created, 1 duplicates, 1 with errors. Nothing was saved.'),
  ).toBeVisible()
  await expect(
    table.getByRole('row', { name: new RegExp(`Same guide again ${stamp}.*Duplicate.*Same link as row 2`) }),
  ).toBeVisible()
  await expect(
    table.getByRole('row', { name: new RegExp(`Broken link ${stamp}.*Not imported.*url: Enter a full URL`) }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/import-dry-run.png', fullPage: true })

  await page.getByRole('button', { name: 'Import 2 rows as drafts' }).click()
  await expect(page.getByText('Imported: 2 drafts created, 1 duplicates and 1 rows with errors skipped.')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Import, row by row' })).toBeVisible()

  await page.goto(`/admin/collections/resources?search=${stamp}`)
  await expect(page.getByRole('link', { name: `Imported guide ${stamp}` })).toBeVisible()
  await expect(page.getByRole('link', { name: `Imported video ${stamp}` })).toBeVisible()
  await expect(page.getByRole('link', { name: `Same guide again ${stamp}` })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/import-list.png', fullPage: true })
  await editor.close()
})
