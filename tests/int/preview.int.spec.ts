/**
 * What a preview reads (src/data `fresh(locale, slug, true)`, used only for signed-in staff in
 * Next's draft mode) against what the public reads: the newest draft versus the published
 * version, for never-published items, published items with a pending draft, French fallback;
 * and the proxy's existence check that lets a preview through to a draft-only slug.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getGlossaryTerm, getPage, getPrinciple, getPractice, getResource, getTopic, listEvents, listFaqs } from '../../src/data/content'
import { publishedExists, publishedOrDraftExists } from '../../src/db/published'
import type { User } from '../../src/payload-types'
import { previewUrl } from '../../src/preview/url'
import { closePayload, getTestPayload, paragraph, seedUser } from '../helpers/payload'

let payload: Payload
let editor: User
let reviewer: User
let n = 0

beforeAll(async () => {
  payload = await getTestPayload()
  await seedUser(payload, ['admin'], 'Ad')
  editor = await seedUser(payload, ['editor'], 'Edna Editor')
  reviewer = await seedUser(payload, ['reviewer'], 'Rory Reviewer')
})
afterAll(async () => {
  await closePayload(payload)
})

async function draftResource(title: string) {
  n++
  return payload.create({
    collection: 'resources',
    data: { title, slug: `preview-${n}-${Date.now()}`, url: `https://example.org/preview/${n}`, summary: 'Summary.', kind: 'article', language: 'en' } as never,
    user: editor,
    overrideAccess: false,
    draft: true,
  })
}

describe('preview reads', () => {
  it('a never-published draft: the preview shows it, the public finds nothing', async () => {
    const doc = await draftResource('Only a draft')
    expect(await getResource('en', doc.slug)).toBeNull()
    const preview = await getResource.fresh('en', doc.slug, true)
    expect(preview?.doc.title).toBe('Only a draft')
    expect(preview?.doc._status).toBe('draft')
    expect(preview?.people.curatedBy).toBe('Edna Editor')
    // the French preview falls back to English and says so
    const fr = await getResource.fresh('fr', doc.slug, true)
    expect(fr?.doc.title).toBe('Only a draft')
    expect(fr?.fallback).toBe(true)
  })

  it('a published item with a newer draft: the preview shows the draft, the public the published version', async () => {
    const doc = await draftResource('First wording')
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
    await payload.update({ collection: 'resources', id: doc.id, data: { title: 'Second wording' } as never, draft: true, user: editor, overrideAccess: false })
    expect((await getResource('en', doc.slug))?.doc.title).toBe('First wording')
    const preview = await getResource.fresh('en', doc.slug, true)
    expect(preview?.doc.title).toBe('Second wording')
    expect(preview?.doc.workflowStatus).toBe('draft')
    // the published version keeps its review for the public
    expect((await getResource('en', doc.slug))?.people.reviewedBy).toBe('Rory Reviewer')
  })

  it('every previewable collection reads its draft by slug', async () => {
    const base = { summary: 'S.' }
    const theme = (await payload.create({ collection: 'themes', data: { title: 'Preview theme', _status: 'published' } as never, overrideAccess: true })).id
    const made = {
      principles: await payload.create({ collection: 'principles', data: { title: 'Draft principle', slug: `dp-${Date.now()}`, theme, ...base } as never, user: editor, overrideAccess: false, draft: true }),
      topics: await payload.create({ collection: 'topics', data: { title: 'Draft topic', slug: `dt-${Date.now()}`, ...base } as never, user: editor, overrideAccess: false, draft: true }),
      practices: await payload.create({ collection: 'practices', data: { title: 'Draft practice', slug: `dpr-${Date.now()}`, kind: 'action-tip', ...base } as never, user: editor, overrideAccess: false, draft: true }),
      pages: await payload.create({ collection: 'pages', data: { title: 'Draft page', slug: `dpg-${Date.now()}`, body: paragraph('A draft page.'), ...base } as never, user: editor, overrideAccess: false, draft: true }),
      'glossary-terms': await payload.create({ collection: 'glossary-terms', data: { term: 'Draft term', slug: `dg-${Date.now()}`, ...base } as never, user: editor, overrideAccess: false, draft: true }),
    } as Record<string, { slug: string }>
    const reads = [
      [getPrinciple, made.principles!.slug, 'Draft principle'],
      [getTopic, made.topics!.slug, 'Draft topic'],
      [getPractice, made.practices!.slug, 'Draft practice'],
      [getPage, made.pages!.slug, 'Draft page'],
    ] as const
    for (const [get, slug, title] of reads) {
      expect(await get('en', slug), `${title}: public`).toBeNull()
      expect(((await get.fresh('en', slug, true)) as { doc: { title: string } } | null)?.doc.title, `${title}: preview`).toBe(title)
    }
    expect(await getGlossaryTerm('en', made['glossary-terms']!.slug)).toBeNull()
    expect((await getGlossaryTerm.fresh('en', made['glossary-terms']!.slug, true))?.doc.term).toBe('Draft term')
  })
})

describe('lists without pages of their own (FAQs, events) in a preview', () => {
  it('show the newest drafts beside the published items; the public list shows only what is published', async () => {
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: 'A draft question?', slug: `draft-q-${Date.now()}`, answer: paragraph('A draft answer.') } as never,
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    const event = await payload.create({
      collection: 'events',
      data: { title: 'A draft gathering', slug: `draft-ev-${Date.now()}`, kind: 'gathering', recurrence: 'none', startDate: '2027-03-01', summary: 'Soon.' } as never,
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    expect((await listFaqs('en')).map((f) => f.id)).not.toContain(faq.id)
    const previewFaqs = await listFaqs.fresh('en', true)
    expect(previewFaqs.find((f) => f.id === faq.id)).toMatchObject({ question: 'A draft question?', _status: 'draft' })
    expect((await listEvents('en')).map((e) => e.id)).not.toContain(event.id)
    expect((await listEvents.fresh('en', true)).find((e) => e.id === event.id)).toMatchObject({ title: 'A draft gathering', _status: 'draft' })
  })
})

describe('the proxy lets a preview reach a draft-only slug', () => {
  it('published slugs exist for everyone; draft slugs (also a published item’s renamed draft) only with the draft-mode cookie', async () => {
    const draft = await draftResource('Proxy draft')
    expect(await publishedExists('resources', draft.slug)).toBe(false)
    expect(await publishedOrDraftExists('resources', draft.slug)).toBe(true)

    const live = await draftResource('Proxy published')
    await payload.update({ collection: 'resources', id: live.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
    const renamed = `${live.slug}-renamed`
    await payload.update({ collection: 'resources', id: live.id, data: { slug: renamed } as never, draft: true, user: editor, overrideAccess: false })
    expect(await publishedExists('resources', live.slug)).toBe(true)
    expect(await publishedExists('resources', renamed)).toBe(false)
    expect(await publishedOrDraftExists('resources', renamed)).toBe(true)
    expect(await publishedOrDraftExists('resources', 'no-such-slug-anywhere')).toBe(false)
  })
})

describe('the admin’s preview links', () => {
  it('point to the preview route by id and locale, only for collections with public pages', () => {
    expect(previewUrl('resources', 12, 'fr')).toBe('/api/preview?collection=resources&id=12&locale=fr')
    expect(previewUrl('glossary-terms', 3)).toBe('/api/preview?collection=glossary-terms&id=3')
    expect(previewUrl('faqs', 4)).toBe('/api/preview?collection=faqs&id=4')
    expect(previewUrl('sources', 3)).toBeNull()
    expect(previewUrl('submissions', 3)).toBeNull()
    expect(previewUrl('resources', undefined)).toBeNull()
  })
})
