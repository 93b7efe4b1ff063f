/**
 * Site-wide search (src/search) on real PostgreSQL full-text search: ranking, rich text, stemming
 * per language, locale fallback, published content only (drafts of published documents included),
 * hostile input, plain-text highlights, typo tolerance, suggestions, paging and labels.
 * Every test uses its own made-up words, so the tests do not see each other's documents.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { matchingResourceIds, search, SEARCH_COLLECTIONS, type SearchCollection, type SearchResponse } from '@/search'
import { createDoc, type NewDoc } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
let themeId: number
let n = 0

type Inline = string | { text: string; bold?: boolean } | { link: string }
type Block = Inline[] | { list: Inline[][] }

const textNode = (text: string, format = 0) => ({
  type: 'text',
  version: 1,
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const inline = (item: Inline) =>
  typeof item === 'string'
    ? textNode(item)
    : 'link' in item
      ? {
          type: 'link',
          version: 3,
          fields: { linkType: 'custom', url: 'https://example.org/' },
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [textNode(item.link)],
        }
      : textNode(item.text, item.bold ? 1 : 0)
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
})
/** Lexical rich text: each block a paragraph of text nodes (split where formatting changes), or a list. */
const rich = (...blocks: Block[]) => ({
  root: element(
    'root',
    blocks.map((block) =>
      Array.isArray(block)
        ? element('paragraph', block.map(inline), { textFormat: 0 })
        : element(
            'list',
            block.list.map((item, i) => element('listitem', item.map(inline), { value: i + 1 })),
            { listType: 'bullet', start: 1, tag: 'ul' },
          ),
    ),
  ),
})

/** What each collection needs besides its localized text. */
function required(collection: SearchCollection): Record<string, unknown> {
  n++
  switch (collection) {
    case 'resources':
      return { url: `https://example.org/search/${n}`, kind: 'article', language: 'en' }
    case 'principles':
      return { theme: themeId }
    case 'practices':
      return { kind: 'action-tip' }
    default:
      return {}
  }
}

type Text = { title: string; summary?: string; body?: ReturnType<typeof rich> }
/** the localized fields of `collection` with their names there */
function localized(collection: SearchCollection, { title, summary, body }: Text): Record<string, unknown> {
  const names: Record<SearchCollection, [string, string | null, string]> = {
    resources: ['title', 'summary', 'notes'],
    principles: ['title', 'summary', 'explanation'],
    topics: ['title', 'summary', 'body'],
    'glossary-terms': ['term', 'summary', 'definition'],
    faqs: ['question', null, 'answer'],
    practices: ['title', 'summary', 'body'],
  }
  const [t, s, b] = names[collection]
  const data: Record<string, unknown> = { [t]: title }
  if (s) data[s] = summary ?? `About ${title}.`
  // FAQs have no summary: their answer carries it; the answer is required
  const answer = body ?? (s ? undefined : rich([summary ?? `About ${title}.`]))
  if (answer) data[b] = answer
  return data
}

// (the data's field names are chosen per collection at run time, so TypeScript takes them as they are)
async function publish(collection: SearchCollection, text: Text, fr?: Text): Promise<number> {
  const data = {
    ...required(collection),
    ...localized(collection, text),
    _status: 'published',
  } as NewDoc<SearchCollection>
  const doc = await createDoc(payload, collection, data)
  if (fr) {
    const french = { ...localized(collection, fr), _status: 'published' } as NewDoc<SearchCollection>
    await payload.update({ collection, id: doc.id, locale: 'fr', data: french, overrideAccess: true })
  }
  return doc.id
}

async function draft(collection: SearchCollection, text: Text): Promise<number> {
  const data = { ...required(collection), ...localized(collection, text) } as NewDoc<SearchCollection>
  const doc = await createDoc(payload, collection, data, { draft: true })
  return doc.id
}

const find = (q: string, locale: 'en' | 'fr' = 'en', extra: Partial<Parameters<typeof search>[1]> = {}) =>
  search(payload, { q, locale, ...extra })
const ids = (response: SearchResponse) => response.results.map((r) => `${r.collection}:${r.id}`)
const hits = (response: SearchResponse, index = 0) =>
  response.results[index]!.snippet.filter((s) => s.hit).map((s) => s.text)
const snippetText = (response: SearchResponse, index = 0) =>
  response.results[index]!.snippet.map((s) => s.text).join('')

withTestPayload(async (p) => {
  payload = p
  themeId = (await createDoc(p, 'themes', { title: 'Search theme', _status: 'published' })).id
})

describe('search: full text', () => {
  it('ranks a title hit above body hits', async () => {
    const inBody = await publish('resources', {
      title: 'Peer support groups',
      summary: 'Meeting others regularly.',
      body: rich(['Bring marmalade to the meeting; marmalade helps.'], ['Yes, marmalade again.']),
    })
    const inTitle = await publish('resources', {
      title: 'Marmalade mentoring circles',
      summary: 'Small mentoring groups.',
    })
    const response = await find('marmalade')
    expect(response.mode).toBe('fulltext')
    expect(ids(response)).toEqual([`resources:${inTitle}`, `resources:${inBody}`])
    expect(response.results[0]!.rank).toBeGreaterThan(response.results[1]!.rank)
  })

  it('finds words inside rich text: nested lists, links, and words split by formatting', async () => {
    const principle = await publish('principles', {
      title: 'Keep learning',
      body: rich(['Start here.'], {
        list: [['Read about it'], ['Ask the ', { link: 'quokka network' }, ' for advice']],
      }),
    })
    const topic = await publish('topics', {
      title: 'Kindness at work',
      summary: 'Small acts.',
      body: rich([{ text: 'Bene', bold: true }, 'volence matters.']),
    })
    const inList = await find('quokka')
    expect(ids(inList)).toEqual([`principles:${principle}`])
    expect(hits(inList)).toEqual(['quokka'])
    const split = await find('benevolence')
    expect(ids(split)).toEqual([`topics:${topic}`])
    expect(snippetText(split)).toContain('Benevolence matters.')
  })

  it('stems English on English rows and French on French rows', async () => {
    const id = await publish(
      'practices',
      { title: 'Hold space', summary: 'We listen before we respond to criticism.' },
      { title: 'Faire de la place', summary: 'Elle écoutait les personnes concernées avant de répondre.' },
    )
    expect(ids(await find('listening'))).toEqual([`practices:${id}`])
    expect(hits(await find('listening'))).toEqual(['listen'])
    const fr = await find('écouter', 'fr')
    expect(ids(fr)).toEqual([`practices:${id}`])
    expect(fr.results[0]!.locale).toBe('fr')
    expect(hits(fr)).toEqual(['écoutait'])
    // English has no French stemming (and English pages do not fall back to French)
    expect((await find('écouter', 'en')).total).toBe(0)
  })

  it('in French, also finds documents without a French translation, once each, preferring the French row', async () => {
    const englishOnly = await publish('glossary-terms', {
      title: 'Bystander intervention',
      summary: 'Stepping in as a bystander.',
    })
    const translated = await publish(
      'glossary-terms',
      { title: 'Bystander effect', summary: 'Why a bystander often waits.' },
      { title: 'Effet du témoin (bystander)', summary: 'Pourquoi le témoin attend souvent.' },
    )
    const response = await find('bystander', 'fr')
    expect(response.total).toBe(2)
    expect([...ids(response)].sort()).toEqual([`glossary-terms:${englishOnly}`, `glossary-terms:${translated}`].sort())
    const byId = new Map(response.results.map((r) => [r.id, r]))
    expect(byId.get(englishOnly)).toMatchObject({ locale: 'en', title: 'Bystander intervention' })
    expect(byId.get(translated)).toMatchObject({ locale: 'fr', title: 'Effet du témoin (bystander)' })
    // a translated document whose French row does not match is still found through its English row
    const english = await find('waits', 'fr')
    expect(english.results.map((r) => [r.id, r.locale])).toEqual([[translated, 'en']])
  })
})

describe('search: published content only', () => {
  it('never finds drafts', async () => {
    await draft('faqs', { title: 'Is a nebulous draft visible?' })
    const visible = await publish('faqs', { title: 'Is this nebulous question visible?' })
    expect(ids(await find('nebulous'))).toEqual([`faqs:${visible}`])
  })

  it('keeps finding the published text while a draft edit of it waits, then the new text once published', async () => {
    const id = await publish('resources', { title: 'Walrus watching', summary: 'The original walrus summary.' })
    await payload.update({
      collection: 'resources',
      id,
      data: { title: 'Pangolin patrol', summary: 'A pangolin draft summary.' },
      overrideAccess: true,
      draft: true,
    })
    // the draft is saved (staff see it) ...
    const latest = await payload.findByID({ collection: 'resources', id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('Pangolin patrol')
    // ... and search still shows what is published
    const published = await find('walrus')
    expect(ids(published)).toEqual([`resources:${id}`])
    expect(published.results[0]!.title).toBe('Walrus watching')
    expect(await find('pangolin')).toMatchObject({ mode: 'none', total: 0 })

    await payload.update({
      collection: 'resources',
      id,
      data: { _status: 'published' },
      overrideAccess: true,
      draft: false,
    })
    expect(ids(await find('pangolin'))).toEqual([`resources:${id}`])
    expect((await find('walrus')).total).toBe(0)
  })

  it('a French draft edit of a published translation stays out of French results', async () => {
    const id = await publish(
      'topics',
      { title: 'Gentle feedback', summary: 'Say it kindly.' },
      { title: 'Retour bienveillant', summary: 'Le dire avec douceur.' },
    )
    await payload.update({
      collection: 'topics',
      id,
      locale: 'fr',
      data: { summary: 'Brouillon: capybara.' },
      overrideAccess: true,
      draft: true,
    })
    expect((await find('capybara', 'fr')).total).toBe(0)
    expect(ids(await find('douceur', 'fr'))).toEqual([`topics:${id}`])
  })

  it('drops a document once it is unpublished or deleted', async () => {
    const unpublished = await publish('principles', { title: 'Tamarind principle one' })
    const deleted = await publish('principles', { title: 'Tamarind principle two' })
    expect((await find('tamarind')).total).toBe(2)
    await payload.update({
      collection: 'principles',
      id: unpublished,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'principles', id: deleted, overrideAccess: true })
    expect(await find('tamarind')).toMatchObject({ total: 0, results: [] })
  })
})

describe('search: input and output', () => {
  it('an empty query runs nothing and finds nothing', async () => {
    for (const q of ['', '   ', '\n\t']) {
      expect(await find(q)).toEqual({ query: '', mode: 'none', total: 0, results: [], suggestions: [] })
    }
  })

  it('never throws on hostile input, and caps the query at 200 characters', async () => {
    const id = await publish('resources', {
      title: 'Quince & script safety',
      summary: 'Notes on quince: "quotes", <script> tags & more!',
    })
    const hostile = [
      '"',
      "'",
      ':',
      '&',
      '!',
      '|',
      '(',
      ')',
      '<->',
      '*',
      ':*',
      '\\',
      '%',
      '_',
      '--',
      '-',
      'or',
      'OR',
      '&&&',
      '!!!quince',
      '"unterminated quince',
      'quince:*',
      'quince & (',
      '<script>alert(1)</script>',
      "'; drop table resources; --",
      'quince\u0000nul',
      '\uE000quince\uE001',
      '🙂 quince',
      'x'.repeat(500),
      'quince '.repeat(100),
    ]
    for (const q of hostile) {
      for (const locale of ['en', 'fr'] as const) {
        const response = await find(q, locale)
        expect(['fulltext', 'similar', 'none']).toContain(response.mode)
        expect(Array.from(response.query).length).toBeLessThanOrEqual(200)
      }
    }
    expect(ids(await find('!!!quince'))).toEqual([`resources:${id}`])
    expect(ids(await find('"unterminated quince'))).toEqual([])
    expect((await find('x'.repeat(500))).query).toBe('x'.repeat(200))
    // the table is still there
    expect(ids(await find('quince'))).toEqual([`resources:${id}`])
  })

  it('marks the matched words in plain-text segments, keeping the text exactly as written', async () => {
    const summary = 'Use the <b>pause</b> button & breathe before answering.'
    await publish('practices', { title: 'Pause first', summary })
    const response = await find('breathing')
    expect(response.results).toHaveLength(1)
    const snippet = response.results[0]!.snippet
    expect(snippet.filter((s) => s.hit)).toEqual([{ text: 'breathe', hit: true }])
    // the author's text comes back as text (the page escapes it), with no markup added by the database
    expect(snippet.map((s) => s.text).join('')).toBe(summary)
    for (const s of snippet) expect(s.text).not.toMatch(/[\u0000-\u001f\uE000-\uF8FF]/)
    // a word inside what looks like a tag is text too
    expect(hits(await find('pause'), 0)).toEqual(['pause'])
  })

  it('labels every result with its collection, slug and title', async () => {
    const made = new Map<SearchCollection, number>()
    for (const collection of SEARCH_COLLECTIONS) {
      made.set(
        collection,
        await publish(collection, { title: `The heliotrope ${collection}`, summary: 'Heliotrope summary.' }),
      )
    }
    const response = await find('heliotrope', 'en', { limit: 10 })
    expect(response.total).toBe(SEARCH_COLLECTIONS.length)
    expect(response.results.map((r) => r.collection).sort()).toEqual([...SEARCH_COLLECTIONS].sort())
    for (const result of response.results) {
      expect(result.id).toBe(made.get(result.collection))
      expect(result.title).toBe(`The heliotrope ${result.collection}`)
      expect(result.slug).toBe(`the-heliotrope-${result.collection}`)
      expect(result.locale).toBe('en')
    }
    const onlyFaqs = await find('heliotrope', 'en', { collections: ['faqs', 'topics'] })
    expect(onlyFaqs.results.map((r) => r.collection).sort()).toEqual(['faqs', 'topics'])
  })

  it('pages with limit and offset, with the total of all matches', async () => {
    const made: number[] = []
    for (let i = 1; i <= 7; i++) made.push(await publish('practices', { title: `Kumquat practice ${i}` }))
    const pages = await Promise.all([0, 3, 6].map((offset) => find('kumquat', 'en', { limit: 3, offset })))
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7])
    expect(pages.map((p) => p.results.length)).toEqual([3, 3, 1])
    const seen = pages.flatMap((p) => p.results.map((r) => r.id))
    expect(new Set(seen).size).toBe(7)
    expect([...seen].sort((a, b) => a - b)).toEqual(made)
    const beyond = await find('kumquat', 'en', { limit: 3, offset: 30 })
    expect(beyond).toMatchObject({ mode: 'fulltext', total: 7, results: [] })
  })
})

describe('search: typos and suggestions', () => {
  it('falls back to titles close to a misspelt query', async () => {
    const id = await publish('topics', { title: 'Allyship at work', summary: 'Supporting colleagues.' })
    await draft('topics', { title: 'Allyship drafts', summary: 'Not published.' })
    const response = await find('allyshp')
    expect(response.mode).toBe('similar')
    expect(response.results.map((r) => [r.collection, r.id, r.title])).toEqual([['topics', id, 'Allyship at work']])
    expect(response.total).toBe(1)
    expect(response.results[0]!.snippet).toEqual([{ text: 'Supporting colleagues.', hit: false }])
    expect(response.suggestions).toEqual(['Allyship at work'])
  })

  it('finds nothing for a query nothing is close to, and suggests the nearest titles when some are', async () => {
    await publish('glossary-terms', { title: 'Performative allyship', summary: 'Allyship for show.' })
    const near = await find('performative xylophone')
    expect(near).toMatchObject({ mode: 'none', total: 0, results: [] })
    expect(near.suggestions).toContain('Performative allyship')
    expect(await find('qqzzvvxxkk')).toEqual({
      query: 'qqzzvvxxkk',
      mode: 'none',
      total: 0,
      results: [],
      suggestions: [],
    })
  })
})

describe('matchingResourceIds', () => {
  it('lists published resources matching the query, best first', async () => {
    const inSummary = await publish('resources', { title: 'Reading list', summary: 'A nasturtium reading list.' })
    const inTitle = await publish('resources', { title: 'Nasturtium guide', summary: 'The guide.' })
    await draft('resources', { title: 'Nasturtium draft', summary: 'Unpublished.' })
    await publish('topics', { title: 'Nasturtium topic', summary: 'Not a resource.' })
    expect(await matchingResourceIds(payload, 'nasturtiums', 'en')).toEqual([inTitle, inSummary])
    expect(await matchingResourceIds(payload, 'nasturtim', 'fr')).toEqual([inTitle])
    expect(await matchingResourceIds(payload, '  ', 'en')).toEqual([])
  })
})
