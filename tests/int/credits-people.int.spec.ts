/**
 * "Curated by" and "reviewed by" on public pages and /credits: the data layer looks up
 * the names of the users that published content refers to (anonymous visitors cannot
 * read users), and nothing else about them: no emails, nothing of drafts. Outside Next
 * the fetchers read fresh, so a new name shows on the next read (in Next, the Users
 * hook expires the 'users' tag these fetchers carry).
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { getPeopleCredits } from '@/data/credits'
import { getFaqsFirstPublishedAt, listFaqs } from '@/data/faqs'
import { getGlossaryTerm } from '@/data/glossary'
import { getPage } from '@/data/pages'
import { getPractice } from '@/data/practices'
import { getPrinciple } from '@/data/principles'
import { getResource } from '@/data/resources'
import { getTopic } from '@/data/topics'
import type { User } from '@/payload-types'
import { seedStaff } from '../helpers/accounts'
import { createDoc, createDraft, type NewDoc } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

let payload: Payload
let admin: User
let curator: User
let reviewer: User
let drafter: User
let draftReviewer: User
let themeId: number
let n = 0

type Content = 'principles' | 'topics' | 'resources' | 'glossary-terms' | 'practices' | 'faqs' | 'pages'

function sample<C extends Content>(collection: C): NewDoc<C> {
  n++
  const t = `People sample ${n}`
  const base: { [K in Content]: NewDoc<K> } = {
    principles: { title: t, theme: themeId },
    topics: { title: t, summary: 'A topic.' },
    resources: {
      title: t,
      url: `https://example.org/people/${n}`,
      summary: 'A resource.',
      kind: 'article',
      language: 'en',
    },
    'glossary-terms': { term: t, summary: 'A term.' },
    practices: { title: t, kind: 'action-tip' },
    faqs: { question: `${t}?`, answer: paragraph('An answer.') },
    pages: { title: t, body: paragraph('A page.') },
  }
  return base[collection]
}

type Doc = { id: number; slug: string; createdAt: string; updatedAt: string }

/** As the editorial workflow does it: a draft by `author`, published later with a review by `by`. */
async function draftThenPublish(
  collection: Content,
  author: User,
  by: User | null,
): Promise<{ draft: Doc; published: Doc }> {
  const draft: Doc = await createDraft(payload, collection, sample(collection), author)
  await new Promise((r) => setTimeout(r, 20))
  const now = new Date().toISOString()
  // server code without a user: publishes, and writes the review fields the workflow would
  const published = (await payload.update({
    collection,
    id: draft.id,
    data: { _status: 'published', ...(by ? { reviewedBy: by.id, reviewedAt: now, lastReviewedAt: now } : {}) },
    overrideAccess: true,
    depth: 0,
  })) as unknown as Doc
  return { draft, published }
}

const secrets = () => [admin, curator, reviewer, drafter, draftReviewer].flatMap((u) => [u.email])

function expectNoPrivateData(value: unknown) {
  const json = JSON.stringify(value)
  for (const secret of secrets()) expect(json).not.toContain(secret)
  expect(json).not.toMatch(/"(email|hash|salt|sessions|loginAttempts|roles)"/)
}

withTestPayload(async (p) => {
  payload = p
  ;({ admin, curator, reviewer, drafter, draftReviewer } = await seedStaff(p, {
    admin: 'People Admin',
    curator: ['editor', 'Cora Curator'],
    reviewer: 'Rafi Reviewer',
    drafter: ['editor', 'Dana Drafter'],
    draftReviewer: ['reviewer', 'Never Shown'],
  }))
  themeId = (await createDoc(p, 'themes', { title: 'People theme', _status: 'published' })).id
})

describe('document pages', () => {
  it('every document fetcher returns the curator’s and reviewer’s names, and only names', async () => {
    const fetchers = {
      principles: getPrinciple,
      practices: getPractice,
      resources: getResource,
      topics: getTopic,
      'glossary-terms': getGlossaryTerm,
      pages: getPage,
    } as const
    for (const [collection, get] of Object.entries(fetchers)) {
      const { published } = await draftThenPublish(collection as Content, curator, reviewer)
      const view = await get('en', published.slug)
      expect(view, collection).not.toBeNull()
      expect(view!.people, collection).toEqual({ curatedBy: 'Cora Curator', reviewedBy: 'Rafi Reviewer' })
      // the document keeps bare ids: users are never populated for the public
      expect(view!.doc.createdBy, collection).toBe(curator.id)
      expect(view!.doc.reviewedBy, collection).toBe(reviewer.id)
      expectNoPrivateData(view)
      // French pages name the same people
      expect((await get('fr', published.slug))!.people).toEqual(view!.people)
    }
  })

  it('shows only what is known: no reviewer, no author (server-created), no people', async () => {
    const { published } = await draftThenPublish('resources', curator, null)
    expect((await getResource('en', published.slug))!.people).toEqual({ curatedBy: 'Cora Curator' })
    const seeded = await createDoc(payload, 'resources', { ...sample('resources'), _status: 'published' })
    expect((await getResource('en', seeded.slug))!.people).toEqual({})
  })

  it('the date first published is when it was published, not when its draft was started', async () => {
    const { draft, published } = await draftThenPublish('principles', curator, reviewer)
    const view = await getPrinciple('en', published.slug)
    const at = new Date(view!.firstPublishedAt).getTime()
    expect(at).toBeGreaterThan(new Date(draft.createdAt).getTime())
    // the published version is written a moment after the document
    expect(Math.abs(at - new Date(published.updatedAt).getTime())).toBeLessThan(5000)
    // later edits do not move it
    await payload.update({
      collection: 'principles',
      id: published.id,
      data: { summary: 'Edited later.' },
      overrideAccess: true,
    })
    expect((await getPrinciple('en', published.slug))!.firstPublishedAt).toBe(view!.firstPublishedAt)
  })

  it('FAQ entries each carry their people, and the FAQ page its first publication', async () => {
    const { published } = await draftThenPublish('faqs', curator, reviewer)
    const faqs = await listFaqs('en')
    const entry = faqs.find((f) => f.id === published.id)
    expect(entry?.people).toEqual({ curatedBy: 'Cora Curator', reviewedBy: 'Rafi Reviewer' })
    expectNoPrivateData(faqs)
    const first = await getFaqsFirstPublishedAt()
    expect(first).toBeTruthy()
    expect(new Date(first!).getTime()).toBeLessThan(new Date(published.updatedAt).getTime() + 5000)
  })
})

describe('/credits: curators and reviewers', () => {
  it('lists who curated and reviewed published content, with what, by name only', async () => {
    const { published } = await draftThenPublish('topics', curator, reviewer)
    const people = await getPeopleCredits('en')
    expectNoPrivateData(people)
    for (const person of people) expect(Object.keys(person).sort()).toEqual(['items', 'name'])
    const cora = people.find((p) => p.name === 'Cora Curator')
    const rafi = people.find((p) => p.name === 'Rafi Reviewer')
    expect(cora?.items).toContainEqual({
      collection: 'topics',
      slug: published.slug,
      title: expect.any(String),
      role: 'curated',
    })
    expect(rafi?.items).toContainEqual({
      collection: 'topics',
      slug: published.slug,
      title: expect.any(String),
      role: 'reviewed',
    })
    expect(rafi?.items.every((i) => i.role === 'reviewed')).toBe(true)
  })

  it('does not list the people of drafts', async () => {
    const draft = await createDraft(payload, 'resources', sample('resources'), drafter)
    // a review recorded on a draft (server code) is still not public
    await payload.update({
      collection: 'resources',
      id: draft.id,
      data: { reviewedBy: draftReviewer.id },
      overrideAccess: true,
      draft: true,
    })
    const names = (await getPeopleCredits('en')).map((p) => p.name)
    expect(names).not.toContain('Dana Drafter')
    expect(names).not.toContain('Never Shown')
    expect(names).toContain('Cora Curator')
  })

  it('does not list the people of a draft saved over published content', async () => {
    const { published } = await draftThenPublish('practices', curator, reviewer)
    await payload.update({
      collection: 'practices',
      id: published.id,
      data: { reviewedBy: draftReviewer.id, _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
    expect((await getPeopleCredits('en')).map((p) => p.name)).not.toContain('Never Shown')
    expect((await getPractice('en', published.slug))!.people.reviewedBy).toBe('Rafi Reviewer')
  })
})

describe('a change of name', () => {
  it('shows on pages and /credits at the next read', async () => {
    const { published } = await draftThenPublish('resources', curator, reviewer)
    await payload.update({
      collection: 'users',
      id: reviewer.id,
      data: { name: 'Rafaela Reviewer' },
      overrideAccess: true,
    })
    expect((await getResource('en', published.slug))!.people.reviewedBy).toBe('Rafaela Reviewer')
    const names = (await getPeopleCredits('fr')).map((p) => p.name)
    expect(names).toContain('Rafaela Reviewer')
    expect(names).not.toContain('Rafi Reviewer')
  })
})
