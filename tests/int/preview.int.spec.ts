/**
 * What a preview reads (src/data `fresh(locale, slug, true)`, used only for signed-in staff in
 * Next's draft mode) against what the public reads: the newest draft versus the published
 * version, for never-published items, published items with a pending draft, French fallback;
 * and the proxy's existence check that lets a preview through to a draft-only slug.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { listEvents } from '@/data/events'
import { listFaqs } from '@/data/faqs'
import { getGlossaryTerm } from '@/data/glossary'
import { getPage } from '@/data/pages'
import { getPractice } from '@/data/practices'
import { getPrinciple } from '@/data/principles'
import { getResource } from '@/data/resources'
import { getTopic } from '@/data/topics'
import { publishedExists, publishedOrDraftExists } from '@/db/published'
import type { User } from '@/payload-types'
import { previewUrl } from '@/preview/url'
import { seedStaff } from '../helpers/accounts'
import { createDoc, createDraft } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

let payload: Payload
let editor: User
let reviewer: User
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ editor, reviewer } = await seedStaff(p, { admin: 'Ad', editor: 'Edna Editor', reviewer: 'Rory Reviewer' }))
})

const draftResource = (title: string) =>
  createDraft(
    payload,
    'resources',
    {
      title,
      slug: `preview-${++n}-${Date.now()}`,
      url: `https://example.org/preview/${n}`,
      summary: 'Summary.',
      kind: 'article',
      language: 'en',
    },
    editor,
  )

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
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { title: 'Second wording' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await getResource('en', doc.slug))?.doc.title).toBe('First wording')
    const preview = await getResource.fresh('en', doc.slug, true)
    expect(preview?.doc.title).toBe('Second wording')
    expect(preview?.doc.workflowStatus).toBe('draft')
    // the published version keeps its review for the public
    expect((await getResource('en', doc.slug))?.people.reviewedBy).toBe('Rory Reviewer')
  })

  it('every previewable collection reads its draft by slug', async () => {
    const base = { summary: 'S.' }
    const theme = (await createDoc(payload, 'themes', { title: 'Preview theme', _status: 'published' })).id
    const made = {
      principles: await createDraft(
        payload,
        'principles',
        { title: 'Draft principle', slug: `dp-${Date.now()}`, theme, ...base },
        editor,
      ),
      topics: await createDraft(payload, 'topics', { title: 'Draft topic', slug: `dt-${Date.now()}`, ...base }, editor),
      practices: await createDraft(
        payload,
        'practices',
        { title: 'Draft practice', slug: `dpr-${Date.now()}`, kind: 'action-tip', ...base },
        editor,
      ),
      pages: await createDraft(
        payload,
        'pages',
        { title: 'Draft page', slug: `dpg-${Date.now()}`, body: paragraph('A draft page.'), ...base },
        editor,
      ),
      'glossary-terms': await createDraft(
        payload,
        'glossary-terms',
        { term: 'Draft term', slug: `dg-${Date.now()}`, ...base },
        editor,
      ),
    } as Record<string, { slug: string }>
    const reads = [
      [getPrinciple, made.principles!.slug, 'Draft principle'],
      [getTopic, made.topics!.slug, 'Draft topic'],
      [getPractice, made.practices!.slug, 'Draft practice'],
      [getPage, made.pages!.slug, 'Draft page'],
    ] as const
    for (const [get, slug, title] of reads) {
      expect(await get('en', slug), `${title}: public`).toBeNull()
      expect(
        ((await get.fresh('en', slug, true)) as { doc: { title: string } } | null)?.doc.title,
        `${title}: preview`,
      ).toBe(title)
    }
    expect(await getGlossaryTerm('en', made['glossary-terms']!.slug)).toBeNull()
    expect((await getGlossaryTerm.fresh('en', made['glossary-terms']!.slug, true))?.doc.term).toBe('Draft term')
  })
})

describe('lists without pages of their own (FAQs, events) in a preview', () => {
  it('show the newest drafts beside the published items; the public list shows only what is published', async () => {
    const faq = await createDraft(
      payload,
      'faqs',
      { question: 'A draft question?', slug: `draft-q-${Date.now()}`, answer: paragraph('A draft answer.') },
      editor,
    )
    const event = await createDraft(
      payload,
      'events',
      {
        title: 'A draft gathering',
        slug: `draft-ev-${Date.now()}`,
        kind: 'gathering',
        recurrence: 'none',
        startDate: '2027-03-01',
        summary: 'Soon.',
      },
      editor,
    )
    expect((await listFaqs('en')).map((f) => f.id)).not.toContain(faq.id)
    const previewFaqs = await listFaqs.fresh('en', true)
    expect(previewFaqs.find((f) => f.id === faq.id)).toMatchObject({ question: 'A draft question?', _status: 'draft' })
    expect((await listEvents('en')).map((e) => e.id)).not.toContain(event.id)
    expect((await listEvents.fresh('en', true)).find((e) => e.id === event.id)).toMatchObject({
      title: 'A draft gathering',
      _status: 'draft',
    })
  })
})

describe('the proxy lets a preview reach a draft-only slug', () => {
  it('published slugs exist for everyone; draft slugs (also a published item’s renamed draft) only with the draft-mode cookie', async () => {
    const draft = await draftResource('Proxy draft')
    expect(await publishedExists('resources', draft.slug)).toBe(false)
    expect(await publishedOrDraftExists('resources', draft.slug)).toBe(true)

    const live = await draftResource('Proxy published')
    await payload.update({
      collection: 'resources',
      id: live.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    const renamed = `${live.slug}-renamed`
    await payload.update({
      collection: 'resources',
      id: live.id,
      data: { slug: renamed },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
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
