/**
 * What independent checkers (the W3C validator, axe, Lighthouse) flagged on the production
 * build, kept gone (issue 15): nothing scrolls sideways on a 320 px screen and the header's
 * search button stays in view; no invalid `<li value>` in bullet lists, no fieldset without a
 * legend, no empty `href="#"` links; the icons and the web manifest exist; every page type has
 * an absolute Open Graph image that is a PNG.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  principles: '/principles',
  principle: '/principles/listen-more-speak-less',
  topics: '/topics',
  topic: '/topics/active-listening',
  resources: '/resources',
  resource: '/resources/guide-to-allyship',
  glossary: '/glossary',
  term: '/glossary/allyship',
  faq: '/faq',
  events: '/events',
  contribute: '/contribute',
  search: '/search?q=listening',
  credits: '/credits',
  page: '/code-of-conduct',
  'not-found': '/no-such-page',
}

const localised = (prefix: string, path: string) => `${prefix}${path === '/' && prefix ? '' : path}`

/** Fetches a URL the page points to and returns its status and media type. */
async function fetched(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  return { status: response.status(), type: (response.headers()['content-type'] ?? '').split(';')[0]!.trim() }
}

async function markupProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const li of document.querySelectorAll('ul > li[value]')) {
      problems.push(`<li value> in a <ul>: ${li.textContent?.trim().slice(0, 40)}`)
    }
    for (const fieldset of document.querySelectorAll('fieldset')) {
      if (!fieldset.querySelector(':scope > legend')?.textContent?.trim()) {
        problems.push(`fieldset without a legend: ${fieldset.closest('form')?.id ?? '?'}`)
      }
    }
    for (const a of document.querySelectorAll('a[href="#"], a[href=""]')) {
      problems.push(`link to nowhere: ${a.outerHTML.slice(0, 80)}`)
    }
    return problems
  })
}

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    for (const prefix of ['', '/fr']) {
      test(`${name} (${prefix ? 'fr' : 'en'}) fits, validates and has a PNG card`, async ({ page, request }) => {
        await page.goto(localised(prefix, path))

        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, 'the page scrolls sideways').toBeLessThanOrEqual(320)
        const button = page.locator('.site-header form[role="search"] button[type="submit"]')
        await expect(button).toBeVisible()
        const box = (await button.boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width, 'the search button is cut off').toBeLessThanOrEqual(320)

        expect(await markupProblems(page)).toEqual([])

        const image = await page.locator('meta[property="og:image"]').first().getAttribute('content')
        expect(image, 'og:image is absolute').toMatch(/^https?:\/\/[^/]+\/og\//)
        const { pathname, search } = new URL(image!)
        expect(await fetched(request, `${pathname}${search}`)).toEqual({ status: 200, type: 'image/png' })
        await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute('content', '1200')
      })
    }
  }
})

test('the suggestion form does not offer to autofill the address of a resource', async ({ page }) => {
  for (const path of ['/contribute', '/fr/contribute']) {
    await page.goto(path)
    await expect(page.locator('input[name="url"]')).toHaveAttribute('autocomplete', 'off')
  }
})

test('rich-text bullet lists render as valid lists (FAQ and a page)', async ({ page }) => {
  for (const path of ['/faq', '/fr/faq', '/code-of-conduct']) {
    await page.goto(path)
    expect(await page.locator('.prose ul > li').count(), `${path} has bullet lists`).toBeGreaterThan(0)
    expect(await page.locator('ul > li[value]').count()).toBe(0)
  }
})

test('favicon, icons and the web manifest answer with the right types', async ({ page, request }) => {
  expect(await fetched(request, '/favicon.ico')).toMatchObject({ status: 200, type: expect.stringMatching(/icon/) })
  for (const path of ['/', '/fr']) {
    await page.goto(path)
    const links = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((els) =>
      els.map((el) => ({
        rel: el.getAttribute('rel'),
        href: el.getAttribute('href')!,
        type: el.getAttribute('type'),
      })),
    )
    expect(links.map((l) => l.rel)).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon']))
    for (const link of links) {
      const answer = await fetched(request, link.href)
      expect(answer.status, link.href).toBe(200)
      expect(answer.type, link.href).toMatch(/^image\//)
      if (link.type) expect(answer.type, link.href).toBe(link.type)
    }
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(manifestHref).toBeTruthy()
    const manifestResponse = await request.get(manifestHref!)
    expect(manifestResponse.status()).toBe(200)
    expect(manifestResponse.headers()['content-type']).toContain('application/manifest+json')
    const manifest = (await manifestResponse.json()) as {
      name: string
      short_name: string
      theme_color: string
      start_url: string
      display: string
      icons: { src: string; type: string; sizes: string }[]
    }
    expect(manifest).toMatchObject({ theme_color: '#5b2a86', start_url: '/', display: 'standalone' })
    expect(manifest.name).toBeTruthy()
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) {
      expect(await fetched(request, icon.src), icon.src).toEqual({ status: 200, type: icon.type })
    }
  }
})

test('an Open Graph card is only drawn for a query our pages signed', async ({ page, request }) => {
  await page.goto('/resources/guide-to-allyship')
  const image = new URL((await page.locator('meta[property="og:image"]').first().getAttribute('content'))!)
  expect(image.pathname).toBe('/og/resource.png')
  image.searchParams.set('t', 'Something else entirely')
  expect((await request.get(`${image.pathname}${image.search}`)).status()).toBe(404)
})
