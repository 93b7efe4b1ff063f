/**
 * The public site as readers meet it: every page type in both languages, server-rendered,
 * readable and usable without JavaScript, with the right <head> for sharing and search.
 */
import { expect, test, type Page } from '@playwright/test'
import { BASE_URL } from './env'

const PAGES = [
  { path: '/', h1: 'Allyship Hub' },
  { path: '/principles', h1: 'Principles' },
  { path: '/principles/listen-more-speak-less' },
  { path: '/resources', h1: 'Resources' },
  { path: '/resources/guide-to-allyship' },
  { path: '/topics', h1: 'Topics' },
  { path: '/topics/active-listening' },
  { path: '/practices/how-much-space-are-we-taking-up' },
  { path: '/glossary', h1: 'Glossary' },
  { path: '/glossary/allyship' },
  { path: '/faq', h1: 'Frequently asked questions' },
  { path: '/events', h1: 'Events' },
  { path: '/credits', h1: 'Credits' },
  { path: '/about' },
  { path: '/search?q=listening' },
]

async function head(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    hreflang: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    ),
    feed: document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
    h1s: document.querySelectorAll('h1').length,
  }))
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const { path, h1 } of PAGES) {
    for (const prefix of ['', '/fr']) {
      const url = `${prefix}${path === '/' && prefix ? '' : path}`
      test(`${url} renders on the server with its metadata`, async ({ page }) => {
        const response = await page.goto(url)
        expect(response?.status()).toBe(200)
        const h = await head(page)
        expect(h.lang).toBe(prefix ? 'fr' : 'en')
        expect(h.h1s).toBe(1)
        if (h1 && !prefix) await expect(page.locator('h1')).toHaveText(h1)
        expect(h.title).toBeTruthy()
        expect(h.description).toBeTruthy()
        const bare = path.split('?')[0]!
        // absolute URLs; Next writes the site root without its trailing slash
        const abs = (p: string) => (p === '/' ? BASE_URL : `${BASE_URL}${p}`)
        const english = abs(bare)
        const french = abs(`/fr${bare === '/' ? '' : bare}`)
        if (!path.startsWith('/search')) expect(h.canonical).toBe(prefix ? french : english)
        expect(h.hreflang.en).toBe(english)
        expect(h.hreflang.fr).toBe(french)
        expect(h.hreflang['x-default']).toBe(english)
        expect(h.feed).toBe(`${BASE_URL}${prefix}/feed.xml`)
        expect(h.ogTitle).toBeTruthy()
        expect(h.ogUrl).toBeTruthy()
        expect(h.twitter).toBe('summary_large_image')
        // the skip link leads to the main landmark
        await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main')
        await expect(page.locator('main#main')).toHaveCount(1)
      })
    }
  }

  test('the language switch leads to the same page in the other language', async ({ page }) => {
    await page.goto('/principles/listen-more-speak-less')
    await page.getByRole('link', { name: 'Lire cette page en français' }).click()
    await expect(page).toHaveURL(/\/fr\/principles\/listen-more-speak-less$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await page.getByRole('link', { name: 'Read this page in English' }).click()
    await expect(page).toHaveURL(/\/principles\/listen-more-speak-less$/)
  })

  test('the language switch keeps the query on pages that take one, and the address on the 404 page', async ({
    page,
  }) => {
    const toFrench = page.getByRole('link', { name: 'Lire cette page en français' })
    const toEnglish = page.getByRole('link', { name: 'Read this page in English' })
    await page.goto('/search?q=listening')
    await expect(toFrench).toHaveAttribute('href', '/fr/search?q=listening')
    await page.goto('/fr/resources?kind=glossary')
    await expect(toEnglish).toHaveAttribute('href', '/resources?kind=glossary')
    await page.goto('/fr')
    await expect(toEnglish).toHaveAttribute('href', '/')
    // a missing page offers the same address in the other language (missing there too)
    expect((await page.goto('/no-such-page'))?.status()).toBe(404)
    await expect(toFrench).toHaveAttribute('href', '/fr/no-such-page')
    expect((await page.goto('/fr/glossary/nope'))?.status()).toBe(404)
    await expect(toEnglish).toHaveAttribute('href', '/glossary/nope')
    await toEnglish.click()
    await expect(page.locator('h1')).toHaveText('Page not found')
  })

  test('the menu marks the section of the page showing', async ({ page }) => {
    for (const [url, nav, current] of [
      ['/principles/listen-more-speak-less', 'Main', 'Principles'],
      ['/fr/glossary', 'Menu principal', 'Glossaire'],
      ['/resources?kind=glossary', 'Main', 'Resources'],
    ] as const) {
      await page.goto(url)
      const marked = page.getByRole('navigation', { name: nav, exact: true }).locator('a[aria-current="page"]')
      await expect(marked, url).toHaveCount(1)
      await expect(marked, url).toHaveText(current)
    }
    await page.goto('/')
    await expect(page.getByRole('navigation', { name: 'Main', exact: true }).locator('a[aria-current]')).toHaveCount(0)
  })

  test('content pages carry the feedback form about themselves; the 404 page has none', async ({ page }) => {
    for (const url of ['/', '/principles/listen-more-speak-less', '/fr/glossary', '/resources?kind=glossary']) {
      await page.goto(url)
      await expect(page.locator('form#feedback input[name="page"]'), url).toHaveValue(url.split('?')[0]!)
    }
    await page.goto('/no-such-page')
    await expect(page.locator('form#feedback')).toHaveCount(0)
  })

  test('/en/... redirects to the unprefixed English URL', async ({ page }) => {
    await page.goto('/en/principles')
    await expect(page).toHaveURL(`${BASE_URL}/principles`)
  })

  test('a French page without a translation says so in French and shows the English text', async ({ page }) => {
    await page.goto('/fr/resources/guide-to-allyship')
    await expect(page.getByRole('note')).toHaveText(/pas encore traduite/)
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible()
  })

  test('resources filter and page through plain links and a GET form', async ({ page }) => {
    await page.goto('/resources')
    const all = Number((await page.locator('.count').innerText()).match(/\d+/)?.[0])
    expect(all).toBeGreaterThan(3)
    await page.getByLabel('Kind').selectOption('glossary')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]kind=glossary/)
    const items = page.locator('ul.resources > li')
    const n = await items.count()
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(all)
    for (let i = 0; i < n; i++) await expect(items.nth(i).locator('.meta')).toContainText('Glossary')
    // bookmarkable: the same URL gives the same list, and the form shows the filter
    await page.goto(page.url())
    await expect(page.getByLabel('Kind')).toHaveValue('glossary')
    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(`${BASE_URL}/resources`)
  })

  test('resources search by words with the q parameter', async ({ page }) => {
    await page.goto('/resources?q=glossary')
    const titles = await page.locator('ul.resources .list-title').allInnerTexts()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.join(' ').toLowerCase()).toContain('glossary')
    await page.goto('/resources?q=zzzxqvv')
    await expect(page.getByText('No resource matches these filters.')).toBeVisible()
  })

  test('outbound links are marked as external and open safely', async ({ page }) => {
    await page.goto('/resources/guide-to-allyship')
    const link = page.getByRole('link', { name: /Open the original/ })
    await expect(link).toHaveAttribute('rel', /noopener/)
    await expect(link).toContainText('(external site)')
    // provenance: sources, licence with its meaning, last updated
    const provenance = page.getByRole('region', { name: 'Sources and reuse' })
    await expect(provenance).toContainText('Licence')
    await expect(provenance).toContainText('Last updated')
  })

  test('search finds content across types, highlights matches and helps when nothing matches', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search the hub' }).first().fill('listening')
    await page.getByRole('button', { name: 'Search' }).first().click()
    await expect(page).toHaveURL(/\/search\?q=listening/)
    await expect(page.locator('h1')).toContainText('listening')
    await expect(page.locator('ol.results > li').first()).toBeVisible()
    await expect(page.locator('ol.results mark').first()).toBeVisible()
    await expect(page.locator('ol.results .tag').first()).toBeVisible()
    await page.goto('/search?q=allyshp')
    await expect(page.locator('.count')).toContainText('close to what you typed')
    await expect(page.locator('ol.results a').first()).toContainText(/Allyship/i)
    await page.goto('/search?q=qqqxxzzv')
    await expect(page.getByText('Nothing matched')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Glossary' }).last()).toBeVisible()
  })

  test('the glossary has letter navigation that jumps to its terms', async ({ page }) => {
    await page.goto('/glossary')
    await page
      .getByRole('navigation', { name: 'Jump to a letter' })
      .getByRole('link', { name: 'A', exact: true })
      .click()
    await expect(page).toHaveURL(/#letter-A$/)
    await expect(page.locator('#letter-A + dl')).toContainText('Allyship')
  })

  test('each FAQ has a stable anchor listed in the table of contents', async ({ page }) => {
    await page.goto('/faq')
    const toc = page.getByRole('navigation', { name: 'Questions on this page' })
    await toc.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/faq#what-is-allyship$/)
    await expect(page.locator('#what-is-allyship h2')).toBeVisible()
  })

  test('events: yearly observance days show their next date; past gatherings are archived', async ({ page }) => {
    await page.goto('/events')
    const upcoming = page.getByRole('region', { name: 'Upcoming' })
    await expect(upcoming).toContainText('Every year')
    const past = page.getByRole('region', { name: 'Past events' })
    await expect(past.locator('li')).not.toHaveCount(0)
    const today = new Date().toISOString().slice(0, 10)
    const yearly = upcoming.locator('li', { hasText: 'Every year' })
    expect(await yearly.count()).toBeGreaterThan(0)
    for (const start of await yearly.evaluateAll((els) =>
      els.map((li) => li.querySelector('time')!.getAttribute('datetime')!),
    )) {
      expect(start >= today, `${start} is not before ${today}`).toBe(true)
    }
  })

  test('unknown addresses answer 404 with a search box, in the right language', async ({ page }) => {
    for (const [url, lang, text] of [
      ['/principles/no-such-principle', 'en', 'Page not found'],
      ['/no-such-page', 'en', 'Page not found'],
      ['/a/b/c', 'en', 'Page not found'],
      ['/fr/glossary/nope', 'fr', 'Page introuvable'],
    ] as const) {
      const response = await page.goto(url)
      expect(response?.status(), url).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('h1')).toHaveText(text)
      await expect(page.getByRole('search').last()).toBeVisible()
    }
  })

  test('credits list every source with what the hub drew from it', async ({ page }) => {
    await page.goto('/credits')
    const ipac = page.locator('#source-ipac')
    await expect(ipac).toBeVisible()
    await expect(ipac.getByRole('link').first()).toBeVisible()
  })
})

test.describe('with JavaScript', () => {
  test('the header links the browser renders are the ones the server sent, and nothing fails while hydrating', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    for (const [url, lang, href] of [
      ['/principles/listen-more-speak-less', 'Lire cette page en français', '/fr/principles/listen-more-speak-less'],
      ['/fr', 'Read this page in English', '/'],
      ['/search?q=listening', 'Lire cette page en français', '/fr/search?q=listening'],
      ['/no-such-page', 'Lire cette page en français', '/fr/no-such-page'],
    ] as const) {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      await expect(page.getByRole('link', { name: lang }), url).toHaveAttribute('href', href)
    }
    // a 404 answer is reported once per page as a failed resource load, not as a script error
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
  })
})

test.describe('structured data', () => {
  const jsonLd = async (page: Page, url: string) => {
    await page.goto(url)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    return blocks.flatMap((text) => [JSON.parse(text)].flat()) as { '@type': string; [key: string]: unknown }[]
  }

  test('glossary terms, FAQs, resources, events and the site describe themselves in JSON-LD', async ({ page }) => {
    const term = (await jsonLd(page, '/glossary/allyship')).find((d) => d['@type'] === 'DefinedTerm')
    expect(term?.name).toBe('Allyship')
    expect(term?.inDefinedTermSet).toBeTruthy()
    const faq = (await jsonLd(page, '/faq')).find((d) => d['@type'] === 'FAQPage')
    expect((faq?.mainEntity as unknown[]).length).toBeGreaterThan(2)
    const work = (await jsonLd(page, '/resources/guide-to-allyship')).find((d) => d['@type'] === 'CreativeWork')
    expect(work?.url).toMatch(/^https?:\/\//)
    const events = (await jsonLd(page, '/events')).filter((d) => d['@type'] === 'Event')
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      expect(String(e.startDate) >= new Date().toISOString().slice(0, 10) || e.endDate).toBeTruthy()
      expect(e.location).toBeTruthy()
      expect(e.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Online|Offline)EventAttendanceMode$/)
      expect(e.organizer).toMatchObject({ '@type': 'Organization' })
    }
    // robots.txt keeps crawlers off /search, so the site offers no SearchAction pointing there
    const site = (await jsonLd(page, '/')).find((d) => d['@type'] === 'WebSite')
    expect(site).toBeTruthy()
    expect(site).not.toHaveProperty('potentialAction')
  })
})

test.describe('feeds and crawlers', () => {
  test('sitemap.xml lists public documents in both languages', async ({ request }) => {
    const res = await request.get('/sitemap.xml')
    expect(res.status()).toBe(200)
    const xml = await res.text()
    expect(xml).toContain(`${BASE_URL}/principles/listen-more-speak-less`)
    expect(xml).toContain(`${BASE_URL}/fr/principles/listen-more-speak-less`)
    expect(xml).toContain('<lastmod>')
    expect(xml).toContain(`${BASE_URL}/about`)
  })

  test('robots.txt points at the sitemap and keeps crawlers out of the admin', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text()
    expect(text).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`)
    expect(text).toMatch(/Disallow: \/admin/)
  })

  test('feed.xml is an RSS feed of published content, in English and in French', async ({ request }) => {
    for (const path of ['/feed.xml', '/fr/feed.xml']) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(200)
      expect(res.headers()['content-type']).toContain('xml')
      const xml = await res.text()
      expect(xml).toContain('<rss')
      expect(xml).toContain(`${BASE_URL}${path.startsWith('/fr') ? '/fr' : ''}/`)
    }
  })
})
