/**
 * Curators' rough edges in the admin (issue 15 part 6), in a real browser: an admin creating an
 * account still picks its roles (the create-first-user form, where the picker gives way to a note,
 * needs an empty database: tests/int/admin-rough-edges.int.spec.ts), and an editor's "Restore this
 * version" on a published version succeeds, as a draft, leaving the public page as it was.
 */
import { expect, test } from '@playwright/test'
import { account, as, bearer, createUser, login, tokenFor } from './accounts'
import { ADMIN } from './env'

test('an admin creating an account picks its roles', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password)
  await page.goto('/admin/collections/users/create')
  await expect(page.locator('#field-roles')).toBeVisible()
  await expect(page.getByText('The very first account is always an admin.')).toBeVisible()
  await expect(page.getByTestId('first-account-role')).toHaveCount(0)
})

test('an editor restores a published version: it becomes a draft for review, the live page stays', async ({
  browser,
  request,
}) => {
  const editor = account('restore-editor', 'Rhea Restorer')
  await createUser(request, editor, ['editor'])
  const asEditor = bearer(await tokenFor(request, editor))
  const asAdmin = bearer(await tokenFor(request, ADMIN))
  const stamp = Date.now().toString(36)

  // written by the editor, published twice by the admin (not the author)
  const created = await request.post('/api/resources?draft=true', {
    headers: asEditor,
    data: {
      title: `Restore probe ${stamp}`,
      url: `https://example.org/restore-${stamp}`,
      summary: 'First summary.',
      kind: 'article',
      language: 'en',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  const publish = () => request.patch(`/api/resources/${id}`, { headers: asAdmin, data: { _status: 'published' } })
  expect((await publish()).status()).toBe(200)
  const edited = await request.patch(`/api/resources/${id}?draft=true`, {
    headers: asEditor,
    data: { summary: 'Second summary.' },
  })
  expect(edited.status()).toBe(200)
  expect((await publish()).status()).toBe(200)
  const versions = await (
    await request.get(`/api/resources/versions?where[parent][equals]=${id}&limit=50&depth=0`, { headers: asAdmin })
  ).json()
  const first = (versions.docs as { id: number; version: { _status: string; summary: string } }[]).find(
    (v) => v.version._status === 'published' && v.version.summary === 'First summary.',
  )!
  expect(first, 'the first published version').toBeTruthy()

  const { page, close } = await as(browser, editor)
  await page.goto(`/admin/collections/resources/${id}/versions/${first.id}`)
  const restore = page.getByRole('button', { name: 'Restore this version', exact: true })
  await expect(restore).toBeVisible()
  await restore.click()
  await page.getByRole('button', { name: 'Confirm', exact: true }).click()
  await expect(page.getByText(/Restored as a draft/)).toBeVisible()
  await expect(page.getByText('There was a problem restoring this version')).toHaveCount(0)
  await page.waitForURL(new RegExp(`/admin/collections/resources/${id}$`))
  await expect(page.locator('#field-summary')).toHaveValue('First summary.')
  await page.screenshot({ path: 'test-results/screenshots/admin-restore-as-editor.png', fullPage: true })
  await close()

  // the draft waits for review; the public still sees the second summary
  const draft = await (await request.get(`/api/resources/${id}?draft=true&depth=0`, { headers: asAdmin })).json()
  expect(draft.summary).toBe('First summary.')
  expect(draft._status).toBe('draft')
  const live = await (await request.get(`/api/resources/${id}?depth=0`)).json()
  expect(live.summary).toBe('Second summary.')
})
