/**
 * The Content-Security-Policy and the other response headers, and proof that the policy breaks
 * nothing: public pages and the admin (its editor and Live Preview among them) load with no
 * policy violation reported by the browser.
 */
import { expect, test, type Page } from '@playwright/test'
import { login } from './accounts'
import { ADMIN } from './env'

/** Every CSP violation the page reports, from the browser's console and its own event. */
function watchViolations(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame|connect)/i.test(m.text())) seen.push(m.text())
  })
  page.on('pageerror', (e) => {
    if (/Content Security Policy/i.test(e.message)) seen.push(e.message)
  })
  return seen
}

test.describe('response headers', () => {
  test('public pages: a strict policy, no framing, no eval', async ({ request }) => {
    for (const path of ['/', '/resources', '/fr/glossary', '/contribute']) {
      const headers = (await request.get(path)).headers()
      const policy = headers['content-security-policy'] ?? ''
      expect(policy, path).toContain("default-src 'self'")
      expect(policy, path).toMatch(/script-src 'self'[^;]*/)
      expect(policy, path).not.toContain('unsafe-eval')
      expect(policy, path).toContain("img-src 'self'")
      expect(policy, path).toContain("style-src 'self'")
      expect(policy, path).toContain("form-action 'self'")
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).toContain("object-src 'none'")
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy'], path).toContain('camera=()')
      // the e2e server runs on http: no HSTS there (it is sent when SERVER_URL is https)
      expect(headers['strict-transport-security'], path).toBeUndefined()
    }
  })

  test('the admin, and a page previewed inside it, may be framed by this site only', async ({ request }) => {
    const admin = (await request.get('/admin/login')).headers()
    expect(admin['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(admin['x-frame-options']).toBe('SAMEORIGIN')
    const previewed = (await request.get('/', { headers: { Cookie: '__prerender_bypass=1' } })).headers()
    expect(previewed['content-security-policy']).toContain("frame-ancestors 'self'")
  })
})

test.describe('nothing the site needs is refused by its policy', () => {
  test('public pages with JavaScript: search suggestions, forms, language switch', async ({ page }) => {
    const violations = watchViolations(page)
    for (const path of ['/', '/resources', '/glossary', '/contribute', '/fr/principles']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    expect(violations).toEqual([])
  })

  test('the admin: dashboard, a list, a document with its rich text editor', async ({ page }) => {
    const violations = watchViolations(page)
    await login(page, ADMIN.email, ADMIN.password)
    await page.goto('/admin')
    await page.waitForLoadState('networkidle')
    await page.goto('/admin/collections/principles')
    await page.getByRole('link').filter({ hasText: /\w/ }).first().waitFor()
    const first = page.locator('table tbody tr a').first()
    await first.click()
    await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})
