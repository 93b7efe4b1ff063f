/**
 * Over HTTP on the production server: events in people's calendars (/events.ics, one event's
 * download, linked from /events with webcal:// too), a sitemap that validates against the
 * sitemaps.org 0.9 schema, and head signals that do not contradict themselves (the 404 page,
 * filtered resource lists).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { BASE_URL } from './env'

const vevents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))

test.describe('calendars', () => {
  test('/events.ics and /fr/events.ics are iCalendar feeds, observance days repeating yearly', async ({ request }) => {
    for (const [url, lang] of [
      ['/events.ics', 'en'],
      ['/fr/events.ics', 'fr'],
    ] as const) {
      const res = await request.get(url)
      expect(res.status(), url).toBe(200)
      expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8')
      const events = vevents(await res.text())
      const inuit = events.find(
        (e) => e.uid && e.component.getFirstPropertyValue('url')?.toString().endsWith('#international-inuit-day'),
      )
      expect(inuit, url).toBeTruthy()
      expect(inuit!.isRecurring()).toBe(true)
      expect(inuit!.component.getFirstProperty('summary')!.getParameter('language')).toBe(lang)
      const etag = res.headers()['etag']!
      expect((await request.get(url, { headers: { 'if-none-match': etag } })).status()).toBe(304)
    }
  })

  test('the events page links the feed (webcal:// too) and an "Add to calendar" download per event', async ({
    page,
    request,
  }) => {
    await page.goto('/events')
    await page.screenshot({ path: 'test-results/calendar-events.png', fullPage: true })
    await expect(page.locator(`a[href="${BASE_URL.replace(/^http:/, 'webcal:')}/events.ics"]`)).toHaveCount(1)
    const add = page.getByRole('link', { name: /^Add to calendar: / }).first()
    const href = await add.getAttribute('href')
    expect(href).toMatch(/^\/events\/[a-z0-9-]+\.ics$/)
    const res = await request.get(href!)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.ics"$/)
    expect(vevents(await res.text())).toHaveLength(1)
    expect((await request.get('/events/no-such-event.ics')).status()).toBe(404)
    await page.goto('/fr/events')
    await expect(page.getByRole('link', { name: /^Ajouter à mon agenda : / }).first()).toHaveAttribute(
      'href',
      /^\/fr\/events\/[a-z0-9-]+\.ics$/,
    )
  })
})

test.describe('crawler signals', () => {
  test('sitemap.xml validates against the sitemaps.org 0.9 schema', async ({ request }) => {
    const res = await request.get('/sitemap.xml')
    expect(res.status()).toBe(200)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'sitemap.xml')
    writeFileSync(file, await res.text())
    const xsd = path.resolve(import.meta.dirname, '../fixtures/sitemap.xsd')
    let verdict = ''
    try {
      execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' })
    } catch (error) {
      verdict = String((error as { stderr?: Buffer }).stderr ?? error)
    }
    expect(verdict).toBe('')
  })

  test('the 404 page names no canonical and no alternates; filtered resources are noindex without a canonical', async ({
    page,
  }) => {
    const head = () =>
      page.evaluate(() => ({
        canonical: document.querySelectorAll('link[rel="canonical"]').length,
        hreflang: document.querySelectorAll('link[rel="alternate"][hreflang]').length,
        // Next adds its own `noindex` to a 404 answer; every robots tag must say noindex
        robots: [...document.querySelectorAll('meta[name="robots"]')].every((m) =>
          /noindex/.test(m.getAttribute('content') ?? ''),
        ),
        follow: [...document.querySelectorAll('meta[name="robots"]')].some((m) =>
          /noindex, follow/.test(m.getAttribute('content') ?? ''),
        ),
      }))
    expect((await page.goto('/no-such-page-here'))?.status()).toBe(404)
    expect(await head()).toMatchObject({ canonical: 0, hreflang: 0, robots: true, follow: true })
    await page.goto('/resources?kind=glossary')
    expect(await head()).toMatchObject({ canonical: 0, robots: true, follow: true })
    await page.goto('/resources')
    expect((await head()).canonical).toBe(1)
  })
})
