/**
 * Findable: the RSS/Atom feed and the sitemap, read from a real database as the public
 * sees it. Subscribers get what was published or updated, newest first, with links that
 * work from anywhere, in their language; crawlers get every public page in both
 * languages with its alternates; drafts never show.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { xml2js } from 'xml-js'
import { GET as feedRoute } from '@/app/(frontend)/[locale]/feed.xml/route'
import { GET as sitemapRoute } from '@/app/sitemap.xml/route'
import { buildFeed, FEED_SIZE } from '@/feed/build'
import { sitemapEntries, type SitemapEntry } from '@/feed/sitemap-entries'
import { createDoc, type DraftDoc, type NewDoc } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

const ORIGIN = 'https://hub.example.org'
const previousServerUrl = process.env.SERVER_URL
let payload: Payload

const HOSTILE = '</title></item><script>alert(1)</script> ]]> & ]]> <![CDATA[x'

/** Absolute URL → updatedAt of every published document with a URL, as the test made them. */
const publishedAt = new Map<string, string>()

const enUrl: Record<string, (slug: string) => string> = {
  principles: (s) => `${ORIGIN}/principles/${s}`,
  resources: (s) => `${ORIGIN}/resources/${s}`,
  topics: (s) => `${ORIGIN}/topics/${s}`,
  'glossary-terms': (s) => `${ORIGIN}/glossary/${s}`,
  faqs: (s) => `${ORIGIN}/faq#${s}`,
  events: (s) => `${ORIGIN}/events#${s}`,
  pages: (s) => `${ORIGIN}/${s}`,
  practices: (s) => `${ORIGIN}/practices/${s}`,
}

type Doc = { id: number; slug: string; updatedAt: string }

async function publish<C extends CollectionSlug>(collection: C, data: NewDoc<C>, fr?: DraftDoc<C>): Promise<Doc> {
  let doc = (await createDoc(payload, collection, { ...data, _status: 'published' })) as unknown as Doc
  // (`fr` is checked against the collection above; Payload's update cannot be, for a collection not known yet)
  if (fr)
    doc = (await payload.update({
      collection,
      id: doc.id,
      locale: 'fr',
      data: fr as never,
      overrideAccess: true,
    })) as unknown as Doc
  if (enUrl[collection]) publishedAt.set(enUrl[collection]!(doc.slug), doc.updatedAt)
  return doc
}

/** The feed's items as a reader's app sees them (RSS). */
type RssItem = { title: string; link: string; guid: string; pubDate: string; description?: string; category?: string }
function rssItems(xml: string): { channel: Record<string, string>; items: RssItem[] } {
  const parsed = xml2js(xml, { compact: true }) as unknown as { rss: { channel: Record<string, unknown> } }
  const channel = parsed.rss.channel
  const text = (node: unknown): string => {
    const n = node as { _text?: string; _cdata?: string } | undefined
    return n?._cdata ?? n?._text ?? ''
  }
  const raw = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item]
  return {
    channel: {
      title: text(channel.title),
      link: text(channel.link),
      language: text(channel.language),
      description: text(channel.description),
    },
    items: (raw as Record<string, unknown>[]).map((item) => ({
      title: decodeHtml(text(item.title)),
      link: text(item.link),
      guid: text(item.guid),
      pubDate: text(item.pubDate),
      description: item.description ? decodeHtml(text(item.description)) : undefined,
      category: text(item.category),
    })),
  }
}

/** What a feed reader shows for HTML text. */
const decodeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

let principle: Doc
let hostile: Doc
let term: Doc
let faq: Doc
let event: Doc
let page: Doc
let editedAfterPublishing: Doc
let draft: Doc

// registered before Payload's hooks: the origin is set before it opens, and put back after it closes
beforeAll(() => {
  process.env.SERVER_URL = ORIGIN
})
afterAll(() => {
  process.env.SERVER_URL = previousServerUrl
})

withTestPayload(async (p) => {
  payload = p
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { siteName: 'Allyship Hub Test', tagline: 'Learn & practise allyship.' },
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'fr',
    data: { siteName: 'Carrefour de l’alliance', tagline: 'Apprendre l’alliance.' },
    overrideAccess: true,
  })

  const theme = await createDoc(payload, 'themes', { title: 'Responsibility', _status: 'published' })
  principle = await publish(
    'principles',
    { title: 'We listen more', slug: 'we-listen-more', theme: theme.id, summary: 'Listening first.' },
    { title: 'Nous écoutons davantage', summary: 'D’abord écouter.' },
  )
  hostile = await publish('resources', {
    title: HOSTILE,
    slug: 'hostile',
    url: 'https://example.org/?a=1&b=2',
    summary: `Summary with <b>markup</b>, a bell\u0007 and ]]> inside.`,
    kind: 'article',
    language: 'en',
  })
  term = await publish('glossary-terms', { term: 'Privilege', slug: 'privilege', summary: 'Unearned advantage.' })
  faq = await publish('faqs', {
    question: 'Who can be an ally?',
    slug: 'who-can-be-an-ally',
    answer: paragraph('Anyone willing to keep learning.'),
  })
  event = await publish('events', {
    title: 'Inuit Day',
    slug: 'inuit-day',
    kind: 'observance',
    recurrence: 'yearly',
    startDate: '2024-11-07',
    summary: 'Celebrating Inuit culture.',
  })
  page = await publish(
    'pages',
    { title: 'About us', slug: 'about-us', body: paragraph('Who we are.') },
    { title: 'À propos', body: paragraph('Qui nous sommes.') },
  )
  await publish('practices', {
    title: 'Ask before helping',
    slug: 'ask-before-helping',
    kind: 'action-tip',
    body: paragraph('Offer, then wait for the answer.'),
  })
  await publish('topics', { title: 'Active listening', slug: 'active-listening', summary: 'Listening to understand.' })

  // published, then edited as a draft: the public keeps seeing the published version
  editedAfterPublishing = await publish('resources', {
    title: 'Public title',
    slug: 'public-title',
    url: 'https://example.org/public',
    summary: 'Public summary.',
    kind: 'guide',
    language: 'en',
  })
  await payload.update({
    collection: 'resources',
    id: editedAfterPublishing.id,
    data: { title: 'Unpublished edit', summary: 'Draft summary.' },
    draft: true,
    overrideAccess: true,
  })
  // never published
  draft = await createDoc(
    payload,
    'resources',
    {
      title: 'Secret draft',
      slug: 'secret-draft',
      url: 'https://example.org/secret',
      summary: 'Not yet.',
      kind: 'article',
      language: 'en',
      _status: 'draft',
    },
    { draft: true },
  )

  // an update brings an old item back to the top
  const updated = await payload.update({
    collection: 'principles',
    id: principle.id,
    data: { summary: 'Listening first, always.' },
    overrideAccess: true,
  })
  publishedAt.set(enUrl.principles!(principle.slug), updated.updatedAt)
  principle = updated
})

describe('the feed (RSS, /feed.xml)', () => {
  it('lists every published item newest update first, with absolute links and ids', async () => {
    const { channel, items } = rssItems(await buildFeed(payload, 'en', { format: 'rss' }))
    const expected = [...publishedAt.entries()].sort((a, b) => Date.parse(b[1]) - Date.parse(a[1])).map(([url]) => url)
    expect(items.map((i) => i.link)).toEqual(expected)
    expect(items[0]).toMatchObject({
      title: 'We listen more',
      link: `${ORIGIN}/principles/we-listen-more`,
      description: 'Listening first, always.',
      category: 'Principle',
    })
    expect(items.map((i) => i.guid)).toEqual(expected)
    expect(items.find((i) => i.link === `${ORIGIN}/faq#who-can-be-an-ally`)?.description).toBe(
      'Anyone willing to keep learning.',
    )
    expect(items.find((i) => i.link === `${ORIGIN}/practices/ask-before-helping`)?.description).toBe(
      'Offer, then wait for the answer.',
    )
    const dates = items.map((i) => Date.parse(i.pubDate))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    expect(new Date(items[0]!.pubDate).toUTCString()).toBe(new Date(principle.updatedAt).toUTCString())
    expect(channel).toMatchObject({
      title: 'Allyship Hub Test',
      link: `${ORIGIN}/`,
      language: 'en',
      description: 'Learn & practise allyship.',
    })
  })

  it('never shows a draft, nor a draft edit of a published item', async () => {
    const xml = await buildFeed(payload, 'en', { format: 'rss' })
    const { items } = rssItems(xml)
    expect(xml).not.toContain('Secret draft')
    expect(xml).not.toContain('Unpublished edit')
    expect(xml).not.toContain('Draft summary')
    expect(items.find((i) => i.link.endsWith('/resources/public-title'))).toMatchObject({
      title: 'Public title',
      description: 'Public summary.',
    })
    expect(items.some((i) => i.link.includes(draft.slug))).toBe(false)
  })

  it('stays well-formed XML with hostile titles: the script is text, not markup', async () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = await buildFeed(payload, 'en', { format })
      expect(() => xml2js(xml, { compact: true })).not.toThrow()
      expect(xml).not.toMatch(NOT_XML)
      expect(xml).not.toContain('<script>')
      expect(xml).not.toContain('</item><script>')
    }
    const { items } = rssItems(await buildFeed(payload, 'en', { format: 'rss' }))
    const item = items.find((i) => i.link === `${ORIGIN}/resources/hostile`)
    expect(item?.title).toBe(HOSTILE)
    expect(item?.description).toBe('Summary with <b>markup</b>, a bell and ]]> inside.')
  })

  it('in French, uses French text where it exists and English otherwise, with /fr links', async () => {
    const { channel, items } = rssItems(await buildFeed(payload, 'fr', { format: 'rss' }))
    expect(channel).toMatchObject({ title: 'Carrefour de l’alliance', language: 'fr' })
    expect(channel.link).toMatch(/^https:\/\/hub\.example\.org\/fr\/?$/)
    const byLink = new Map(items.map((i) => [i.link, i]))
    expect(byLink.get(`${ORIGIN}/fr/principles/we-listen-more`)).toMatchObject({
      title: 'Nous écoutons davantage',
      category: 'Principe',
    })
    expect(byLink.get(`${ORIGIN}/fr/about-us`)?.title).toBe('À propos')
    expect(byLink.get(`${ORIGIN}/fr/glossary/privilege`)).toMatchObject({
      title: 'Privilege',
      description: 'Unearned advantage.',
    })
    expect(byLink.get(`${ORIGIN}/fr/events#inuit-day`)?.title).toBe('Inuit Day')
    expect(items).toHaveLength(publishedAt.size)
    expect(items.every((i) => i.link.startsWith(`${ORIGIN}/fr/`))).toBe(true)
  })

  it('as Atom, carries the same entries with absolute ids, update and publication dates', async () => {
    const xml = await buildFeed(payload, 'en', { format: 'atom' })
    const parsed = xml2js(xml, { compact: true }) as unknown as {
      feed: {
        entry: Record<string, { _text?: string }>[]
        author: unknown
        link: { _attributes: { rel: string; href: string } }[]
      }
    }
    const entries = parsed.feed.entry
    expect(entries).toHaveLength(publishedAt.size)
    const first = entries[0]!
    expect(first.id?._text).toBe(`${ORIGIN}/principles/we-listen-more`)
    expect(first.updated?._text).toBe(new Date(principle.updatedAt).toISOString())
    expect(Date.parse(first.published!._text!)).toBeLessThan(Date.parse(first.updated!._text!))
    expect(parsed.feed.author).toBeTruthy()
    expect(parsed.feed.link.find((l) => l._attributes.rel === 'self')?._attributes.href).toBe(
      `${ORIGIN}/feed.xml?format=atom`,
    )
  })

  it('is served at /feed.xml and /fr/feed.xml as RSS, answers 404 for an unknown language, and 304 when unchanged', async () => {
    const call = (url: string, locale: string, headers: Record<string, string> = {}) =>
      feedRoute(new Request(url, { headers }), { params: Promise.resolve({ locale }) })
    const en = await call(`${ORIGIN}/feed.xml`, 'en')
    expect(en.status).toBe(200)
    expect(en.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(rssItems(await en.text()).items[0]?.title).toBe('We listen more')
    const fr = await call(`${ORIGIN}/fr/feed.xml`, 'fr')
    expect(rssItems(await fr.text()).items[0]?.title).toBe('Nous écoutons davantage')
    const atom = await call(`${ORIGIN}/feed.xml?format=atom`, 'en')
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')
    const frAtom = await call(`${ORIGIN}/fr/feed.xml?format=atom`, 'fr')
    expect(await frAtom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')
    expect((await call(`${ORIGIN}/de/feed.xml`, 'de')).status).toBe(404)
    const etag = en.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await call(`${ORIGIN}/feed.xml`, 'en', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })
})

describe('the sitemap', () => {
  let entries: SitemapEntry[]
  const find = (url: string) => entries.find((e) => e.url === url)

  beforeAll(async () => {
    entries = await sitemapEntries(payload)
  })

  it('lists each published page in both languages, with alternates and its last change', () => {
    const en = find(`${ORIGIN}/principles/we-listen-more`)
    const fr = find(`${ORIGIN}/fr/principles/we-listen-more`)
    const languages = {
      en: `${ORIGIN}/principles/we-listen-more`,
      fr: `${ORIGIN}/fr/principles/we-listen-more`,
      'x-default': `${ORIGIN}/principles/we-listen-more`,
    }
    expect(en).toEqual({ url: languages.en, lastModified: principle.updatedAt, alternates: { languages } })
    expect(fr).toEqual({ url: languages.fr, lastModified: principle.updatedAt, alternates: { languages } })
    for (const path of [
      '/resources/hostile',
      '/glossary/privilege',
      '/practices/ask-before-helping',
      '/topics/active-listening',
      '/resources/public-title',
    ]) {
      expect(find(`${ORIGIN}${path}`), path).toBeTruthy()
      expect(find(`${ORIGIN}/fr${path}`), path).toBeTruthy()
    }
  })

  it('lists free pages at /<slug>', () => {
    expect(find(`${ORIGIN}/about-us`)).toMatchObject({ lastModified: page.updatedAt })
    expect(find(`${ORIGIN}/fr/about-us`)?.alternates?.languages).toMatchObject({
      en: `${ORIGIN}/about-us`,
      fr: `${ORIGIN}/fr/about-us`,
    })
  })

  it('lists the list pages in both languages; /faq and /events are dated by their newest item', () => {
    for (const path of [
      '/principles',
      '/resources',
      '/topics',
      '/glossary',
      '/faq',
      '/events',
      '/credits',
      '/contribute',
    ]) {
      expect(find(`${ORIGIN}${path}`), path).toBeTruthy()
      expect(find(`${ORIGIN}/fr${path}`), path).toBeTruthy()
    }
    expect(entries.some((e) => e.url === `${ORIGIN}/` || e.url === ORIGIN)).toBe(true)
    expect(entries.some((e) => /^https:\/\/hub\.example\.org\/fr\/?$/.test(e.url))).toBe(true)
    expect(find(`${ORIGIN}/faq`)?.lastModified).toBe(faq.updatedAt)
    expect(find(`${ORIGIN}/fr/events`)?.lastModified).toBe(event.updatedAt)
    expect(find(`${ORIGIN}/glossary`)?.lastModified).toBe(term.updatedAt)
  })

  it('leaves out drafts, URL fragments and search result pages, and lists no URL twice', () => {
    expect(entries.some((e) => e.url.includes('secret-draft'))).toBe(false)
    expect(entries.some((e) => e.url.includes('#'))).toBe(false)
    expect(entries.some((e) => e.url.includes('/search'))).toBe(false)
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length)
    expect(entries.every((e) => e.url.startsWith(ORIGIN))).toBe(true)
  })

  it('dates every URL, /contribute included, and validates against the sitemaps.org 0.9 schema', async () => {
    expect(entries.filter((e) => !e.lastModified).map((e) => e.url)).toEqual([])
    const response = await sitemapRoute()
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'sitemap.xml')
    writeFileSync(file, xml)
    // throws with xmllint's complaint when the document does not validate
    execFileSync(
      'xmllint',
      ['--noout', '--schema', path.resolve(import.meta.dirname, '../fixtures/sitemap.xsd'), file],
      {
        stdio: 'pipe',
      },
    )
    expect(xml).toContain(`<loc>${ORIGIN}/fr/contribute</loc>\n  <lastmod>`)
  })
})

describe('unpublishing and volume', () => {
  it('an unpublished item leaves the feed and the sitemap', async () => {
    await payload.update({ collection: 'resources', id: hostile.id, data: { _status: 'draft' }, overrideAccess: true })
    const { items } = rssItems(await buildFeed(payload, 'en', { format: 'rss' }))
    expect(items.some((i) => i.link.endsWith('/resources/hostile'))).toBe(false)
    expect((await sitemapEntries(payload)).some((e) => e.url.endsWith('/resources/hostile'))).toBe(false)
  })

  it(`carries only the ${FEED_SIZE} most recently updated items`, async () => {
    const made: string[] = []
    for (let i = 0; i < FEED_SIZE + 2; i++) {
      const doc = await publish('glossary-terms', { term: `Bulk term ${i}`, slug: `bulk-term-${i}`, summary: 'Bulk.' })
      made.push(`${ORIGIN}/glossary/${doc.slug}`)
    }
    const { items } = rssItems(await buildFeed(payload, 'en', { format: 'rss' }))
    expect(items).toHaveLength(FEED_SIZE)
    expect(items.map((i) => i.link)).toEqual(made.slice(-FEED_SIZE).reverse())
  })
})
