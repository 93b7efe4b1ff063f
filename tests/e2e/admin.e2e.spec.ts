/** The admin journeys of the foundation: an admin logs in; an editor writes a draft. */
import { expect, test } from '@playwright/test'
import { login } from './accounts'
import { ADMIN } from './env'

const EDITOR = {
  email: `e2e-editor-${Date.now()}@example.test`,
  password: 'e2e-editor-password-123',
  name: 'Edie Editor',
}

test('an admin logs in and sees the collections grouped for editors', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password)
  for (const group of ['Content', 'Community', 'Settings']) {
    await expect(page.getByRole('heading', { name: group, exact: true }).first()).toBeVisible()
  }
  await expect(page.getByRole('link', { name: /principles/i }).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/admin-dashboard.png', fullPage: true })
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill('not-the-password')
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page.getByText(/incorrect|invalid/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an editor creates a draft resource that the public cannot see', async ({ page, request }) => {
  const token = (
    await (await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).json()
  ).token
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { ...EDITOR, roles: ['editor'] },
  })
  expect(created.status()).toBe(201)

  await login(page, EDITOR.email, EDITOR.password)
  await page.goto('/admin/collections/resources/create')
  const title = `Draft from the e2e editor ${Date.now()}`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-url').fill('https://example.org/e2e-draft')
  await page.locator('#field-summary').fill('A short summary written in our own words.')
  await page.locator('#field-kind').click()
  await page.getByRole('option', { name: 'Guide', exact: true }).click()
  await page.getByRole('button', { name: /save draft/i }).click()
  // saving a new document moves the editor to its own edit view
  await page.waitForURL(/\/admin\/collections\/resources\/\d+/)
  await expect(page.getByText('Status:').locator('..')).toContainText('Draft')
  await page.screenshot({ path: 'test-results/screenshots/admin-editor-draft.png', fullPage: true })
  // an editor is not offered Publish (only a reviewer or admin who is not the author is)
  await expect(page.getByRole('button', { name: /save draft/i })).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  const asAdmin = await (
    await request.get(`/api/resources?draft=true&where[title][equals]=${encodeURIComponent(title)}&depth=1`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()
  expect(asAdmin.totalDocs).toBe(1)
  const doc = asAdmin.docs[0]
  expect(doc._status).toBe('draft')
  expect(doc.slug).toMatch(/^draft-from-the-e2e-editor-\d+$/)
  expect(doc.createdBy?.name).toBe(EDITOR.name)

  // the editor may not publish it: the admin does not offer it, and the API refuses it
  const editorToken = (
    await (await request.post('/api/users/login', { data: { email: EDITOR.email, password: EDITOR.password } })).json()
  ).token
  const publish = await request.patch(`/api/resources/${doc.id}`, {
    headers: { Authorization: `JWT ${editorToken}` },
    data: { _status: 'published' },
  })
  expect(publish.status()).toBe(403)
  expect(
    (
      await (
        await request.get(`/api/resources/${doc.id}?draft=true`, { headers: { Authorization: `JWT ${token}` } })
      ).json()
    )._status,
  ).toBe('draft')

  const anonymous = await (
    await request.get(`/api/resources?draft=true&where[title][equals]=${encodeURIComponent(title)}`, {
      headers: { Authorization: '' },
    })
  ).json()
  expect(anonymous.totalDocs).toBe(0)
})
