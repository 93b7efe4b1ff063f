/**
 * WCAG 2.2 AA on every page type in both languages (axe-core in real Chromium), the
 * 360 px phone layout, and the keyboard's first stop. While at it, records how much
 * JavaScript each page type ships (test-results/js-weight.json; the README quotes it).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import fs from 'node:fs'

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  principles: '/principles',
  principle: '/principles/listen-more-speak-less',
  resources: '/resources?kind=glossary',
  resource: '/resources/guide-to-allyship',
  topics: '/topics',
  topic: '/topics/active-listening',
  practice: '/practices/how-much-space-are-we-taking-up',
  glossary: '/glossary',
  term: '/glossary/allyship',
  faq: '/faq',
  events: '/events',
  credits: '/credits',
  page: '/about',
  contribute: '/contribute',
  search: '/search?q=listening',
  'search-none': '/search?q=qqqxxzzv',
  'not-found': '/no-such-page',
}

const weights: Record<string, number> = {}

test.afterAll(() => {
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/js-weight.json', JSON.stringify(weights, null, 2))
  console.log('JavaScript shipped per page type (KB over the wire, as served by next start):')
  console.table(Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, { KB: Math.round(v / 102.4) / 10 }])))
})

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  for (const prefix of ['', '/fr']) {
    test(`${name} (${prefix ? 'fr' : 'en'}) has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`${prefix}${path === '/' && prefix ? '' : path}`)
      await page.waitForLoadState('networkidle')
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      )
      expect(summary, summary.join('\n')).toEqual([])
      if (!prefix) {
        weights[name] = await page.evaluate(() =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
            .reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0),
        )
      }
    })
  }
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  for (const name of ['home', 'resources', 'topic', 'glossary', 'search']) {
    test(`${name} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(PAGE_TYPES[name]!)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }
})

test('the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
  await page.goto('/topics/active-listening')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('main')).toBeFocused()
})
