/**
 * Subscribing to the email digest, from /subscribe and from the footer, with JavaScript (one
 * press: the form fetches its token) and without (the pages carry no token, so the first press
 * brings the form back to "check and send"). The browser-test server has no SMTP_*
 * (src/email/settings.ts: Payload's console adapter), so the reader is told that subscriptions
 * are closed and nothing is stored; the double opt-in journey over real SMTP is
 * tests/int/digest.int.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/** The signed form token is refused when sent sooner than 3 s after it was issued. */
const MIN_FILL_MS = 3_200

// a client address of its own, so the per-client allowance shared with submissions is this file's
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.210' } })

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary, summary.join('\n')).toEqual([])
}

const closed = 'This site cannot send email at the moment, so subscriptions are closed. Nothing was stored.'

test.describe('with JavaScript', () => {
  test('from /subscribe: one press, the token fetched on the way', async ({ page }) => {
    const calls: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (/^\/api\/(submit|digest)\//.test(url.pathname)) calls.push(`${r.method()} ${url.pathname}${url.search}`)
    })
    await page.goto('/subscribe')
    const form = page.locator('form#subscribe')
    await expect(form).toHaveAttribute('data-token-ready', 'true') // the script is running
    await expect(form.locator('input[name="token"]')).toHaveValue('')
    await form.getByLabel('Email address').fill('js.reader@example.org')
    await form.getByLabel('A term of the week from the glossary').check()
    // pressed at once: the form waits until its token is old enough, then goes
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page).toHaveURL(/\/subscribe\/done\?status=unavailable$/)
    await expect(page.getByRole('status')).toHaveText(closed)
    expect(calls).toEqual(['GET /api/submit/token?form=subscribe', 'POST /api/digest/subscribe'])
  })

  test('from the footer: one press, no "check and send"', async ({ page }) => {
    await page.goto('/principles')
    const footer = page.locator('footer form#footer-subscribe')
    await expect(footer).toHaveAttribute('data-token-ready', 'true')
    await footer.getByLabel('Email address').fill('footer.js@example.org')
    await footer.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page).toHaveURL(/\/subscribe\/done\?status=unavailable$/)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('from /subscribe: choose, check and send, and learn that this site sends no email', async ({ page }) => {
    await page.goto('/subscribe')
    await expect(page.getByRole('heading', { level: 1, name: 'Email digest' })).toBeVisible()
    let form = page.locator('form#subscribe')
    await form.getByLabel('Email address').fill('reader@example.org')
    await form.getByLabel('A term of the week from the glossary').check()
    await form.getByLabel('Français').check()
    await form.getByRole('button', { name: 'Subscribe' }).click()

    // the page carried no token: the form comes back as it was typed, to be sent once more
    await expect(page).toHaveURL(/\/subscribe\?problem=check#subscribe$/)
    form = page.locator('form#subscribe')
    await expect(form.getByRole('status')).toContainText('Nothing is sent yet')
    await expect(form.getByRole('status')).toContainText('then press “Subscribe”')
    await expect(page.getByRole('alert')).toBeHidden()
    await expect(form.getByLabel('Email address')).toHaveValue('reader@example.org')
    await expect(form.getByLabel('A term of the week from the glossary')).toBeChecked()
    await expect(form.getByLabel('Français')).toBeChecked()

    await page.waitForTimeout(MIN_FILL_MS)
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page).toHaveURL(/\/subscribe\/done\?status=unavailable$/)
    await expect(page.getByRole('status')).toHaveText(closed)
    await expect(page.getByRole('link', { name: 'Follow the news feed instead' })).toHaveAttribute('href', '/feed.xml')
  })

  test('from the footer: the address comes back on /subscribe to check and send', async ({ page }) => {
    await page.goto('/principles')
    const footer = page.locator('footer form#footer-subscribe')
    await footer.getByLabel('Email address').fill('footer.reader@example.org')
    await footer.getByRole('button', { name: 'Subscribe' }).click()

    await expect(page).toHaveURL(/\/subscribe\?problem=check#subscribe$/)
    const form = page.locator('form#subscribe')
    await expect(form.getByRole('status')).toContainText('Nothing is sent yet')
    await expect(form.getByLabel('Email address')).toHaveValue('footer.reader@example.org')
    await expect(form.getByLabel('Weekly digest of newly published items')).toBeChecked()
    await expect(form.getByLabel('English')).toBeChecked()

    await page.waitForTimeout(MIN_FILL_MS)
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page).toHaveURL(/\/subscribe\/done\?status=unavailable$/)
    await expect(page.getByRole('status')).toHaveText(closed)
  })

  test('in French, the footer and the page speak French', async ({ page }) => {
    await page.goto('/fr/subscribe')
    await expect(page.getByRole('heading', { level: 1, name: 'Lettre d’information' })).toBeVisible()
    await expect(page.locator('form#subscribe').getByLabel('Français')).toBeChecked()
    await expect(page.locator('footer').getByRole('link', { name: 'Plus de choix' })).toHaveAttribute(
      'href',
      '/fr/subscribe',
    )
  })

  test('an emailed link without its secret changes nothing and says so', async ({ page }) => {
    const res = await page.goto('/subscribe/confirm')
    expect(res?.status()).toBe(200)
    await expect(page.getByText('This link is not valid, or the subscription no longer exists.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toHaveCount(0)
  })
})

// axe runs in the page, so these pages are checked with JavaScript on (they render the same HTML)
test.describe('accessibility', () => {
  for (const path of [
    '/subscribe',
    '/fr/subscribe',
    '/subscribe?problem=retry',
    '/subscribe?problem=check',
    '/subscribe/done?status=unavailable',
    '/fr/subscribe/confirm?s=1&t=x',
    '/subscribe/unsubscribe?s=1&t=x',
  ]) {
    test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(path)
      await noAxeViolations(page)
    })
  }
})
