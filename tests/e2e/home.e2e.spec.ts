import { expect, test } from '@playwright/test'

test.describe('home page', () => {
  test('shows the seeded hub: principles by theme and the newest resources', async ({ page, request }) => {
    // other specs publish resources too: the newest is whatever the public API says it is
    const api = await (await request.get('/api/resources?sort=-createdAt&limit=1&depth=0')).json()
    const newestTitle = api.docs[0].title as string
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allyship Hub')
    const principles = page.getByRole('region', { name: 'Principles' })
    await expect(principles.getByRole('heading', { level: 3 })).toHaveCount(4)
    await expect(principles.locator('.themes').getByRole('link')).toHaveCount(10)
    const newestList = page.getByRole('region', { name: 'Newest resources' })
    await expect(newestList.getByRole('listitem')).toHaveCount(6)
    await expect(newestList.getByRole('heading', { level: 3 }).first()).toHaveText(newestTitle)
    await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true })
  })

  test('is served with baseline security headers', async ({ request }) => {
    const response = await request.get('/')
    const headers = response.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-powered-by']).toBeUndefined()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the home page still shows its content and a working skip link', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allyship Hub')
    await expect(page.getByRole('region', { name: 'Principles' }).getByRole('link').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
  })
})
