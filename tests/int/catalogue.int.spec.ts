/**
 * The benchmark catalogue (bench/catalogue.ts) writes Payload's tables with plain SQL: what it writes
 * must read back through Payload exactly like content saved in the admin, or the benchmarks measure
 * broken pages. A small catalogue, then the reads the public pages make (a resource with its topics
 * and publisher, a topic with its resources, a glossary term with its relations, the lists, search),
 * the admin's (versions, the latest draft for previews) and the French fallback.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { COMMON_WORDS, generateCatalogue, type CatalogueSummary } from '../../bench/catalogue'
import { getGlossaryTerm, listGlossary } from '@/data/glossary'
import { getResource, listResources } from '@/data/resources'
import { getTopic, listTopics } from '@/data/topics'
import { matchingResourceIds, search } from '@/search'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
let summary: CatalogueSummary

withTestPayload((p) => {
  payload = p
})

beforeAll(async () => {
  const steps = new Set<string>()
  summary = await generateCatalogue(process.env.DATABASE_URL!, {
    resources: 300,
    terms: 20,
    topics: 8,
    publishers: 10,
    french: 0.3,
    onProgress: ({ step }) => steps.add(step),
  })
  expect([...steps]).toEqual(expect.arrayContaining(['publishers', 'topics', 'resources', 'terms', 'analyze']))
})

describe('the benchmark catalogue', () => {
  it('is all there, published, with the common words as common as asked', async () => {
    for (const [collection, count] of [
      ['resources', 300],
      ['glossary-terms', 20],
      ['topics', 8],
      ['sources', 10],
    ] as const) {
      const { totalDocs } = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(totalDocs, collection).toBe(count)
    }
    const share = summary.documentsWith.allyship! / 300
    expect(share).toBeGreaterThan(COMMON_WORDS.allyship! - 0.1)
    expect(share).toBeLessThan(COMMON_WORDS.allyship! + 0.1)
  })

  it('renders as the public pages read it: a resource with its topics, publisher and related resources', async () => {
    const view = await getResource.fresh('en', summary.sample.resource)
    expect(view?.doc.slug).toBe(summary.sample.resource)
    expect(view?.doc._status).toBe('published')
    expect(view?.doc.summary.length).toBeGreaterThan(20)
    expect(view?.topics.length).toBeGreaterThanOrEqual(1)
    expect(view?.related.length).toBeGreaterThan(0)
    const withPublisher = await payload.find({
      collection: 'resources',
      where: { publisher: { exists: true } },
      limit: 1,
    })
    const other = await getResource.fresh('en', withPublisher.docs[0]!.slug)
    expect(other?.publisher?.title).toBeTruthy()
  })

  it('a topic lists its resources, a term its topics, related terms and reading; the lists page through them', async () => {
    const topic = await getTopic.fresh('en', summary.sample.topic)
    expect(topic?.doc.title).toBeTruthy()
    expect(topic?.resources.length).toBeGreaterThan(0)
    const term = await getGlossaryTerm.fresh('en', summary.sample.term)
    expect(term?.doc.term).toBeTruthy()
    expect((term?.doc.topics ?? []).length).toBeGreaterThan(0)
    expect((await listTopics.fresh('en')).length).toBe(8)
    expect((await listGlossary.fresh('en')).length).toBe(20)
    const page = await listResources.fresh('en', { page: 2 })
    expect(page).toMatchObject({ total: 300, page: 2, pages: 15 })
    expect(page.docs).toHaveLength(20)
  })

  it('the admin sees each document’s latest version, and a preview reads it', async () => {
    const resource = (
      await payload.find({ collection: 'resources', where: { slug: { equals: summary.sample.resource } } })
    ).docs[0]!
    const versions = await payload.findVersions({ collection: 'resources', where: { parent: { equals: resource.id } } })
    expect(versions.totalDocs).toBe(1)
    expect(versions.docs[0]!.version).toMatchObject({
      title: resource.title,
      slug: resource.slug,
      _status: 'published',
    })
    expect((versions.docs[0]!.version.topics ?? []).length).toBe((resource.topics ?? []).length)
    const preview = await getResource.fresh('en', summary.sample.resource, true)
    expect(preview?.doc.title).toBe(resource.title)
  })

  it('in French, translated documents read in French and the others fall back to English', async () => {
    const french = await payload.find({ collection: 'resources', locale: 'fr', fallbackLocale: false, limit: 300 })
    const translated = french.docs.filter((d) => d.title)
    expect(translated.length).toBeGreaterThan(40)
    const untranslated = french.docs.find((d) => !d.title)!
    expect((await getResource.fresh('fr', untranslated.slug))?.fallback).toBe(true)
    expect((await getResource.fresh('fr', translated[0]!.slug))?.fallback).toBe(false)
  })

  it('is found by search: its common words everywhere, its selective words in a few documents', async () => {
    const common = await search(payload, { q: 'allyship', locale: 'en' })
    expect(common.mode).toBe('fulltext')
    // the resources, and every topic and term (their summaries all carry the word)
    expect(common.total).toBe(summary.documentsWith.allyship! + 8 + 20)
    expect(common.results.some((r) => r.snippet.some((s) => s.hit))).toBe(true)
    expect((await matchingResourceIds(payload, 'inclusion', 'en')).length).toBe(summary.documentsWith.inclusion)
  })
})
