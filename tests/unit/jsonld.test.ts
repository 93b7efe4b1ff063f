/**
 * Structured data: what search engines read about each page, and that no content can
 * break out of the <script> element it travels in.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JsonLd } from '@/components/JsonLd'
import {
  breadcrumbs,
  creativeWork,
  definedTerm,
  definedTermSet,
  event,
  faqPage,
  serializeJsonLd,
  webSite,
  type JsonLdObject,
} from '@/lib/jsonld'
import { plainTextSummary, richTextToPlainText } from '@/lib/richtext-text'
import type { Source } from '@/payload-types'

const ORIGIN = 'https://hub.example.org'
const previous = process.env.SERVER_URL
beforeAll(() => {
  process.env.SERVER_URL = `${ORIGIN}/`
})
afterAll(() => {
  process.env.SERVER_URL = previous
})

// Lexical JSON as Payload stores it
const text = (t: string) => ({ type: 'text', text: t, version: 1, format: 0 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children })
const lexical = (...children: object[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

const HOSTILE = '</script><script>alert(1)</script>'

describe('serializeJsonLd and <JsonLd>', () => {
  const data: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'Thing',
    name: `${HOSTILE} & <!-- \u2028\u2029`,
  }

  it('keeps a hostile title from closing the script element, and the JSON unchanged', () => {
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual(data)
  })

  it('renders one inert script element on the server', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data }))
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    const body = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(JSON.parse(body).name).toBe(data.name)
  })

  it('serialises a list of objects as a JSON array', () => {
    const list = [webSite({ name: 'Hub' }, 'en'), breadcrumbs([{ name: 'Home', path: '/' }])]
    expect(JSON.parse(serializeJsonLd(list))).toHaveLength(2)
  })
})

describe('glossary', () => {
  const term = { term: 'Allyship', slug: 'allyship', summary: 'Ongoing work to support people facing injustice.' }

  it('a term links to its page and to the glossary it belongs to, whose language is the page’s', () => {
    // schema.org defines inLanguage for the set (a CreativeWork), not for DefinedTerm
    expect(definedTerm(term, 'fr', { name: 'Glossaire' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      '@id': `${ORIGIN}/fr/glossary/allyship`,
      name: 'Allyship',
      description: term.summary,
      url: `${ORIGIN}/fr/glossary/allyship`,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': `${ORIGIN}/fr/glossary`,
        name: 'Glossaire',
        url: `${ORIGIN}/fr/glossary`,
        inLanguage: 'fr',
      },
    })
  })

  it('a term without a summary is described by its definition as plain text', () => {
    const t = definedTerm(
      {
        term: 'Privilege',
        slug: 'privilege',
        summary: null,
        definition: lexical(paragraph(text('Unearned '), text('advantage.'))),
      },
      'en',
      { name: 'Glossary' },
    )
    expect(t.description).toBe('Unearned advantage.')
  })

  it('the glossary lists its terms in order', () => {
    const set = definedTermSet([term, { term: 'Bias', slug: 'bias', summary: 'A leaning.' }], 'en', {
      name: 'Glossary',
      description: 'Words we use.',
    })
    expect(set['@type']).toBe('DefinedTermSet')
    expect(set.url).toBe(`${ORIGIN}/glossary`)
    expect((set.hasDefinedTerm as { url: string }[]).map((t) => t.url)).toEqual([
      `${ORIGIN}/glossary/allyship`,
      `${ORIGIN}/glossary/bias`,
    ])
  })
})

describe('faqPage', () => {
  it('gives each question its anchor and its answer as plain text', () => {
    const page = faqPage(
      [
        {
          question: 'Who can be an ally?',
          slug: 'who-can-be-an-ally',
          answer: lexical(paragraph(text('Anyone.')), {
            type: 'list',
            version: 1,
            children: [
              { type: 'listitem', version: 1, children: [text('Listen')] },
              {
                type: 'listitem',
                version: 1,
                children: [{ type: 'link', version: 1, fields: { url: 'https://x.test' }, children: [text('Learn')] }],
              },
            ],
          }),
        },
      ],
      'en',
    )
    expect(page['@type']).toBe('FAQPage')
    expect(page.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Who can be an ally?',
        url: `${ORIGIN}/faq#who-can-be-an-ally`,
        acceptedAnswer: { '@type': 'Answer', text: 'Anyone.\n\nListen\nLearn' },
      },
    ])
  })
})

describe('creativeWork', () => {
  const publisher = {
    id: 1,
    title: 'PeerNetBC',
    kind: 'organisation',
    website: 'https://www.peernetbc.com',
    _status: 'published',
  } as Source
  const resource = {
    title: 'Guide to Allyship',
    slug: 'guide-to-allyship',
    url: 'https://guidetoallyship.com/',
    summary: 'An open-source starter guide.',
    kind: 'guide' as const,
    language: 'en' as const,
    year: 2019,
    licence: 'cc-by-sa-4.0',
    publisher,
  }

  it('describes the linked work with its language, year, publisher and licence URL', () => {
    expect(creativeWork(resource, 'fr')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: 'Guide to Allyship',
      url: 'https://guidetoallyship.com/',
      mainEntityOfPage: `${ORIGIN}/fr/resources/guide-to-allyship`,
      description: 'An open-source starter guide.',
      inLanguage: 'en',
      datePublished: '2019',
      publisher: { '@type': 'Organization', name: 'PeerNetBC', url: 'https://www.peernetbc.com' },
      license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    })
  })

  it('names the credited authors (published ones), else a person who published the work', () => {
    const author = (title: string, status: 'published' | 'draft' = 'published') =>
      ({ ...publisher, id: title.length, title, kind: 'person', website: null, _status: status }) as Source
    const work = creativeWork(
      {
        ...resource,
        credits: [
          { source: author('Ada Ally'), role: 'author' },
          { source: author('Bea Draft', 'draft'), role: 'author' },
          { source: author('Cy Reviewer'), role: 'reviewed-by' },
          { source: 99, role: 'author' },
        ],
      },
      'en',
    )
    expect(work.author).toEqual({ '@type': 'Person', name: 'Ada Ally' })
    const two = creativeWork(
      {
        ...resource,
        credits: [
          { source: author('Ada Ally'), role: 'author' },
          { source: author('Di Co'), role: 'author' },
        ],
      },
      'en',
    )
    expect(two.author).toEqual([
      { '@type': 'Person', name: 'Ada Ally' },
      { '@type': 'Person', name: 'Di Co' },
    ])
    const self = author('Eve Writer')
    expect(creativeWork({ ...resource, publisher: self, credits: [] }, 'en').author).toEqual({
      '@type': 'Person',
      name: 'Eve Writer',
    })
    // an organisation that published it is its publisher, not its author
    expect(creativeWork({ ...resource, credits: [] }, 'en')).not.toHaveProperty('author')
  })

  it('states a public-domain work’s licence with the Public Domain Mark', () => {
    expect(creativeWork({ ...resource, licence: 'public-domain' }, 'en').license).toBe(
      'https://creativecommons.org/publicdomain/mark/1.0/',
    )
  })

  it('leaves out what it does not know: no licence URL, unpopulated publisher, "other" language', () => {
    const work = creativeWork(
      { ...resource, kind: 'book', licence: 'all-rights-reserved', publisher: 7, language: 'other', year: null },
      'en',
    )
    expect(work['@type']).toBe('Book')
    for (const key of ['license', 'publisher', 'inLanguage', 'datePublished']) expect(work).not.toHaveProperty(key)
  })
})

describe('event', () => {
  const now = new Date('2025-12-01T00:00:00Z')

  it('dates a yearly observance by its next occurrence and links its anchor on /events', () => {
    const e = event(
      {
        title: 'Transgender Day of Remembrance',
        slug: 'tdor',
        recurrence: 'yearly',
        startDate: '2024-11-20T00:00:00.000Z',
        summary: 'A day to remember.',
        url: 'https://tdor.info',
      },
      'en',
      now,
    )
    expect(e).toMatchObject({
      '@type': 'Event',
      name: 'Transgender Day of Remembrance',
      startDate: '2026-11-20',
      endDate: '2026-11-20',
      url: `${ORIGIN}/events#tdor`,
      sameAs: 'https://tdor.info',
      description: 'A day to remember.',
      // an observance day has no place: it is marked online, at its own link
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://tdor.info' },
    })
    expect(e).not.toHaveProperty('organizer')
  })

  it('without a link of its own, an observance day’s VirtualLocation is its anchor on the hub; the hub organises', () => {
    const e = event(
      { title: 'Day', slug: 'day', recurrence: 'yearly', startDate: '2024-03-21', summary: 'S.' },
      'fr',
      now,
      { name: 'Carrefour de l’alliance' },
    )
    expect(e.location).toEqual({ '@type': 'VirtualLocation', url: `${ORIGIN}/fr/events#day` })
    expect(e.organizer).toEqual({ '@type': 'Organization', name: 'Carrefour de l’alliance', url: `${ORIGIN}/fr` })
  })

  it('gives a gathering its place, or its online address', () => {
    const base = {
      title: 'AGM',
      slug: 'agm',
      recurrence: 'none' as const,
      startDate: '2026-07-11',
      endDate: '2026-07-14',
      summary: 'Annual meeting.',
    }
    expect(event({ ...base, location: 'Community Hall, Victoria' }, 'fr', now)).toMatchObject({
      startDate: '2026-07-11',
      endDate: '2026-07-14',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Community Hall, Victoria' },
      url: `${ORIGIN}/fr/events#agm`,
    })
    expect(event({ ...base, location: 'https://meet.example.org/agm' }, 'en', now)).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/agm' },
    })
  })
})

describe('webSite and breadcrumbs', () => {
  it('describes the site without a search box: /search is closed to crawlers (robots.txt)', () => {
    const site = webSite({ name: 'Allyship Hub', description: 'Learn allyship.' }, 'fr')
    expect(site.url).toMatch(/^https:\/\/hub\.example\.org\/fr\/?$/) // the French home page
    expect(site).not.toHaveProperty('potentialAction')
  })

  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbs([
        { name: 'Home', path: '/' },
        { name: 'Glossary', path: '/glossary' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'Glossary', item: `${ORIGIN}/glossary` },
    ])
  })
})

describe('rich text as plain text', () => {
  it('keeps paragraphs, headings, list items and line breaks apart, and drops embedded blocks', () => {
    const doc = lexical(
      { type: 'heading', tag: 'h2', version: 1, children: [text('Listen')] },
      paragraph(text('First line'), { type: 'linebreak', version: 1 }, text('second '), {
        type: 'link',
        version: 1,
        children: [text('link')],
      }),
      { type: 'upload', version: 1, value: 3 },
      {
        type: 'list',
        version: 1,
        children: [
          { type: 'listitem', version: 1, children: [text('one')] },
          { type: 'listitem', version: 1, children: [text('two')] },
        ],
      },
    )
    expect(richTextToPlainText(doc)).toBe('Listen\n\nFirst line\nsecond link\n\none\ntwo')
  })

  it('answers "" for anything that is not rich text', () => {
    for (const value of [null, undefined, 'text', 42, {}, { root: null }]) expect(richTextToPlainText(value)).toBe('')
  })

  it('shortens at a word boundary for summaries', () => {
    const long = lexical(paragraph(text('Allyship is a lifelong process of building relationships based on trust.')))
    expect(plainTextSummary(long, 30)).toBe('Allyship is a lifelong…')
    expect(plainTextSummary(long, 500)).toBe('Allyship is a lifelong process of building relationships based on trust.')
  })
})
