/**
 * Search when a query matches a great many documents (src/search/rank.ts): past RANK_ALL_LIMIT
 * matching rows, documents whose title holds a word of the query come first and only they are
 * ranked while the page lies among them; a page past them ranks everything, in the same order. The
 * limit is lowered here (fulltextRankedWith) so that a handful of documents shows what 20,000 do:
 * exact totals, pages that neither repeat nor skip a document, title matches first (stems
 * included), drafts never, French rows preferred.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { RANK_ALL_LIMIT, fulltextRankedWith, type Ranked } from '@/search/rank'
import { drizzleOf } from '@/search/sql'
import { createDoc } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

let payload: Payload
let n = 0

withTestPayload((p) => {
  payload = p
})

/** A published resource with this English text (and French, when given). */
async function resource(
  title: string,
  summary: string,
  options: { notes?: string; draft?: boolean; fr?: { title: string; summary: string } } = {},
) {
  n++
  const doc = await createDoc(
    payload,
    'resources',
    {
      title,
      summary,
      ...(options.notes ? { notes: paragraph(options.notes) } : {}),
      url: `https://example.org/scale/${n}`,
      kind: 'article',
      language: 'en',
      _status: options.draft ? 'draft' : 'published',
    },
    options.draft ? { draft: true } : {},
  )
  if (options.fr) {
    await payload.update({
      collection: 'resources',
      id: doc.id,
      locale: 'fr',
      data: { ...options.fr, _status: 'published' },
      overrideAccess: true,
    })
  }
  return doc.id
}

const db = () => drizzleOf(payload)
/** past the limit from two matching rows on */
const crowded = fulltextRankedWith(1)
/** every match ranked, as below the limit */
const exact = fulltextRankedWith(Number.MAX_SAFE_INTEGER)
const ids = (ranked: Ranked) => ranked.hits.map((h) => h.id)
const run = (ranker: typeof exact, q: string, limit = 20, offset = 0, locale: 'en' | 'fr' = 'en') =>
  ranker(db(), q, locale, ['resources'], limit, offset)

describe('search at scale: many matches', () => {
  let longTitled: number
  let shortTitled: number
  let stemTitled: number
  let repeated: number
  let once: number
  let inNotes: number

  beforeAll(async () => {
    // in the title, but a long text: its rank is below `repeated`'s
    longTitled = await resource('Bergamot orchards', 'Orchards.', {
      notes: 'A long description of orchards and harvests and seasons and growers. '.repeat(12).trim(),
    })
    shortTitled = await resource('Bergamot', 'Small.')
    // the title holds a stem of the query's word ("bergamots" → "bergamot")
    stemTitled = await resource('Bergamot tea', 'On tea.')
    // not in the title, but four times in a short summary: the best rank of all
    repeated = await resource('Citrus notes', 'Bergamot bergamot bergamot bergamot.')
    once = await resource('Citrus peel', 'Some bergamot in it.')
    inNotes = await resource('Peel and pith', 'Other citrus.', { notes: 'The bergamot is sour.' })
    await resource('Bergamot draft', 'Never shown.', { draft: true })
  })

  it('below the limit, ranks every match: best rank first, titled or not', async () => {
    expect(RANK_ALL_LIMIT).toBeGreaterThanOrEqual(1000)
    const all = await run(exact, 'bergamots')
    expect(all.total).toBe(6)
    // four times in a short summary outranks once in the title of a long text
    expect(ids(all).indexOf(repeated)).toBeLessThan(ids(all).indexOf(longTitled))
    const ranks = all.hits.map((h) => h.rank)
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
  })

  it('past the limit, title matches come first, each group by rank, with the exact total', async () => {
    const page = await run(crowded, 'bergamots')
    expect(page.total).toBe(6)
    const rank = new Map((await run(exact, 'bergamots')).hits.map((h) => [h.id, h.rank]))
    const byRank = (list: number[]) => [...list].sort((a, b) => rank.get(b)! - rank.get(a)!)
    const titled = byRank([longTitled, shortTitled, stemTitled])
    expect(ids(page)).toEqual([...titled, ...byRank([repeated, once, inNotes])])
    expect(ids(page).indexOf(longTitled)).toBeLessThan(ids(page).indexOf(repeated))
    // the ranks shown are the real ones
    for (const hit of page.hits) expect(hit.rank).toBeCloseTo(rank.get(hit.id)!, 5)
  })

  it('pages through the title matches and past them without repeating or skipping a document', async () => {
    const whole = ids(await run(crowded, 'bergamots'))
    const pages = await Promise.all([0, 2, 4].map((offset) => run(crowded, 'bergamots', 2, offset)))
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6])
    expect(pages.flatMap(ids)).toEqual(whole)
    // a page that straddles the last title match and the first other one
    expect(ids(await run(crowded, 'bergamots', 2, 2))).toEqual(whole.slice(2, 4))
    expect((await run(crowded, 'bergamots', 2, 6)).hits).toEqual([])
  })

  it('in French, keeps one row per document, the French one when it matches', async () => {
    const translated = await resource('Quillwort guide', 'Quillwort in English.', {
      fr: { title: 'Guide de l’isoète quillwort', summary: 'Le quillwort en français.' },
    })
    const english = await resource('Quillwort notes', 'Quillwort, English only.')
    const other = await resource('Ferns', 'Quillwort and ferns.')
    const page = await run(crowded, 'quillwort', 20, 0, 'fr')
    expect(page.total).toBe(3)
    expect(new Set(ids(page))).toEqual(new Set([translated, english, other]))
    expect(page.hits.find((h) => h.id === translated)!.locale).toBe('fr')
    expect(page.hits.find((h) => h.id === english)!.locale).toBe('en')
    // the documents with the word in their title first
    expect(ids(page).slice(-1)).toEqual([other])
    // a page of them alone (found through the title index) picks the same rows
    const titled = await run(crowded, 'quillwort', 2, 0, 'fr')
    expect(titled.total).toBe(3)
    expect(titled.hits.map((h) => [h.id, h.locale])).toEqual(page.hits.slice(0, 2).map((h) => [h.id, h.locale]))
  })

  it('a query with no word to look for in titles (only short words) still finds and pages its matches', async () => {
    await resource('Yo and yo', 'Yo.')
    await resource('Hello', 'Yo there.')
    const page = await run(crowded, 'yo', 1, 1)
    expect(page.total).toBe(2)
    expect(page.hits).toHaveLength(1)
  })
})
