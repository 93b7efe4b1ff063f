/**
 * "How to cite this": citations of a hub page and of the work a resource points to,
 * built by citation-js from CSL-JSON, in APA and plain text (Harvard), in English and
 * French; titles stay text whatever they contain.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { dateParts, formatCitation, pageItem, workItem, type PageCitation } from '@/lib/citation'

const URL = 'https://hub.example.org/principles/listen-more-speak-less'
const page = (over: Partial<PageCitation> = {}): PageCitation => ({
  title: 'Listen more, speak less',
  authors: [],
  siteName: 'Allyship Hub',
  url: URL,
  issued: '2025-03-04T10:00:00.000Z',
  accessed: new Date('2026-11-23T08:00:00.000Z'),
  language: 'en',
  ...over,
})

describe('a hub page', () => {
  it('APA, in English: the organisation, the date first published, title, site and absolute URL', () => {
    const { apa } = formatCitation(pageItem(page()), 'en')
    expect(apa).toBe(`Allyship Hub. (2025, March 4). Listen more, speak less. Allyship Hub. ${URL}`)
  })

  it('plain text, in English: with the date it was accessed', () => {
    const { plain } = formatCitation(pageItem(page()), 'en')
    expect(plain).toBe(
      `Allyship Hub (2025) Listen more, speak less, Allyship Hub. Available at: ${URL} (Accessed: November 23, 2026).`,
    )
  })

  it('in French: French month names and terms', () => {
    const fr = page({
      title: 'Écouter plus, parler moins',
      url: 'https://hub.example.org/fr/principles/listen-more-speak-less',
      language: 'fr',
    })
    const { apa, plain } = formatCitation(pageItem(fr), 'fr')
    expect(apa).toContain('(2025, mars 4)')
    expect(apa).toContain('Écouter plus, parler moins')
    expect(apa).toContain('https://hub.example.org/fr/principles/listen-more-speak-less')
    expect(plain).toContain('Disponible sur')
    expect(plain).toContain('23 novembre 2026')
    expect(plain).not.toMatch(/Available at|Accessed/)
  })

  it('credits its author sources: people by family name and initial, organisations as written', () => {
    const item = pageItem(
      page({
        authors: [
          { name: 'Amélie Lamont', person: true },
          { name: 'PeerNetBC', person: false },
        ],
      }),
    )
    const { apa } = formatCitation(item, 'en')
    expect(apa).toMatch(/^Lamont, A\.,? & PeerNetBC\. \(2025, March 4\)/)
    expect(item.author).toEqual([{ family: 'Lamont', given: 'Amélie' }, { literal: 'PeerNetBC' }])
  })

  it('without authors (or only blank ones), the hub is the author, as an organisation', () => {
    const item = pageItem(page({ authors: [{ name: '  ', person: true }] }))
    expect(item.author).toEqual([{ literal: 'Allyship Hub' }])
    expect(item['container-title']).toBe('Allyship Hub')
    expect(formatCitation(item, 'fr').apa.startsWith('Allyship Hub. (2025')).toBe(true)
  })

  it('carries the language, the dates (in UTC) and the URL as CSL-JSON', () => {
    const item = pageItem(page({ issued: '2025-12-31T23:30:00.000Z', language: 'fr' }))
    expect(item).toMatchObject({
      type: 'webpage',
      URL: URL,
      language: 'fr',
      issued: { 'date-parts': [[2025, 12, 31]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
    })
    expect(dateParts(new Date('2024-02-29T00:00:00.000Z'))).toEqual({ 'date-parts': [[2024, 2, 29]] })
  })

  it('without a known date, APA says "n.d."', () => {
    expect(formatCitation(pageItem(page({ issued: null })), 'en').apa).toContain('(n.d.)')
  })

  it('a title with <script>-like or tag-like text stays text, character for character', () => {
    const title = 'Tom & Jerry <script>alert(1)</script> <i>not italic</i> <b>x</b> <img src=x onerror=alert(1)>'
    const { apa, plain } = formatCitation(pageItem(page({ title })), 'en')
    for (const text of [apa, plain]) {
      expect(text).toContain(title)
      expect(text).not.toMatch(/[\uE000\uE001]/)
    }
    // and React escapes it where the page shows it
    const html = renderToStaticMarkup(createElement('pre', null, apa))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
  })
})

describe('the original work of a resource', () => {
  const accessed = new Date('2026-11-23T08:00:00.000Z')

  it('its author, year, title, publisher and URL', () => {
    const item = workItem({
      title: 'Allyship (OpenTEAM Equity Resource)',
      authors: [{ name: 'Jane Doe', person: true }],
      publisher: 'OpenTEAM',
      year: 2022,
      url: 'https://openteam-equity-resource.webflow.io/leadself/allyship',
      kind: 'toolkit',
      language: 'en',
      accessed,
    })
    const { apa } = formatCitation(item, 'en')
    expect(apa).toBe(
      'Doe, J. (2022). Allyship (OpenTEAM Equity Resource). OpenTEAM. https://openteam-equity-resource.webflow.io/leadself/allyship',
    )
  })

  it('without credited authors, its publisher is the author (and not repeated)', () => {
    const item = workItem({
      title: 'The Guide to Allyship',
      authors: [],
      publisher: 'Amélie Lamont',
      year: null,
      url: 'https://guidetoallyship.com/',
      kind: 'guide',
      accessed,
    })
    expect(item.author).toEqual([{ literal: 'Amélie Lamont' }])
    expect(item.publisher).toBeUndefined()
    const { apa, plain } = formatCitation(item, 'en')
    // APA: an undated page says when it was retrieved
    expect(apa).toBe(
      'Amélie Lamont. (n.d.). The Guide to Allyship. Retrieved November 23, 2026, from https://guidetoallyship.com/',
    )
    expect(plain).toContain('Available at: https://guidetoallyship.com/')
  })

  it('maps its kind to a CSL type, and leaves "other" languages out', () => {
    expect(
      workItem({ title: 'B', authors: [], url: 'https://e.org/', kind: 'book', language: 'other', accessed }),
    ).toMatchObject({ type: 'book' })
    expect(
      workItem({ title: 'B', authors: [], url: 'https://e.org/', kind: 'book', language: 'other', accessed }).language,
    ).toBeUndefined()
    expect(workItem({ title: 'V', authors: [], url: 'https://e.org/', kind: 'website', accessed }).type).toBe('webpage')
  })

  it('in French', () => {
    const item = workItem({
      title: 'Guide',
      authors: [],
      publisher: 'Réseau',
      year: 2020,
      url: 'https://e.org/g',
      accessed,
    })
    expect(formatCitation(item, 'fr').plain).toContain('Consulté le')
  })
})

describe('person names', () => {
  it('keeps a note in brackets out of the name and splits given and family names itself', async () => {
    const { personName } = await import('@/lib/citation')
    expect(personName('Amélie Lamont (The Guide to Allyship)')).toEqual({ family: 'Lamont', given: 'Amélie' })
    expect(personName('Jean-Paul de la Fontaine')).toEqual({ family: 'Fontaine', given: 'Jean-Paul de la' })
    expect(personName('Prince')).toEqual({ literal: 'Prince' })
    expect(personName('R2-D2 & friends')).toEqual({ literal: 'R2-D2 & friends' })
  })
})
