/** The demo content: complete, published, valid, translated, and idempotent. */
import type { CollectionSlug, Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { ensureAdmin, seed, type SeedReport } from '@/seed'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
let first: SeedReport
const quiet = () => undefined

const MINIMUMS: [CollectionSlug, number][] = [
  ['resources', 12],
  ['principles', 10],
  ['themes', 3],
  ['topics', 5],
  ['glossary-terms', 10],
  ['faqs', 5],
  ['practices', 5],
  ['events', 3],
  ['pages', 2],
  ['sources', 6],
]

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(
      MINIMUMS.map(
        async ([c]) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs] as const,
      ),
    ),
  )

withTestPayload(async (p) => {
  payload = p
  first = await seed({ payload, log: quiet })
})

describe('seed', () => {
  it.each(MINIMUMS)('publishes at least the promised %s (%i)', async (collection, minimum) => {
    const published = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
      overrideAccess: false,
    })
    expect(published.totalDocs).toBeGreaterThanOrEqual(minimum)
    const drafts = await payload.count({ collection, where: { _status: { equals: 'draft' } }, overrideAccess: true })
    expect(drafts.totalDocs).toBe(0)
  })

  it('credits a source on every principle, resource, topic, term, FAQ, practice, event and page', async () => {
    for (const collection of [
      'principles',
      'resources',
      'topics',
      'glossary-terms',
      'faqs',
      'practices',
      'events',
      'pages',
    ] as const) {
      const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
      for (const doc of docs)
        expect((doc as { credits?: unknown[] }).credits?.length, `${collection} ${doc.slug}`).toBeGreaterThan(0)
    }
  })

  it('links both ways: a topic lists its principles and resources, a source what credits it', async () => {
    const { docs: topics } = await payload.find({
      collection: 'topics',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    const linked = topics.filter((t) => (t.principles?.docs?.length ?? 0) + (t.resources?.docs?.length ?? 0) > 0)
    expect(linked.length).toBeGreaterThan(0)
    const { docs: sources } = await payload.find({
      collection: 'sources',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    expect(sources.some((s) => (s.creditedInPrinciples?.docs?.length ?? 0) > 0)).toBe(true)
    const { docs: terms } = await payload.find({
      collection: 'glossary-terms',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    expect(terms.filter((t) => (t.relatedTerms?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(5)
  })

  it('translates every principle and the about page into French, and falls back to English elsewhere', async () => {
    const en = await payload.find({
      collection: 'principles',
      locale: 'en',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      sort: 'order',
    })
    const fr = await payload.find({
      collection: 'principles',
      locale: 'fr',
      fallbackLocale: false,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      sort: 'order',
    })
    expect(fr.docs).toHaveLength(en.docs.length)
    for (const [i, doc] of fr.docs.entries()) {
      expect(doc.title, `principle ${doc.slug}`).toBeTruthy()
      expect(doc.title).not.toBe(en.docs[i]!.title)
    }
    const about = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'about' } },
      locale: 'fr',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(about.docs[0]?.title).toBeTruthy()
    // resources are not all translated: the French read falls back to English
    const res = await payload.find({
      collection: 'resources',
      locale: 'fr',
      limit: 50,
      depth: 0,
      overrideAccess: false,
    })
    expect(res.docs.every((r) => typeof r.title === 'string' && r.title.length > 0)).toBe(true)
  })

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = await countAll()
    const versionsBefore = await payload.countVersions({ collection: 'principles', overrideAccess: true })
    const second = await seed({ payload, log: quiet })
    for (const [collection, counts] of Object.entries(second)) {
      expect(counts.created, collection).toBe(0)
      expect(counts.kept, collection).toBe((first[collection]?.created ?? 0) + (first[collection]?.kept ?? 0))
    }
    expect(await countAll()).toEqual(before)
    // no new versions either: nothing was rewritten
    expect((await payload.countVersions({ collection: 'principles', overrideAccess: true })).totalDocs).toBe(
      versionsBefore.totalDocs,
    )
  })

  it('creates the ADMIN_EMAIL admin once and keeps it afterwards', async () => {
    process.env.ADMIN_EMAIL = 'Seed-Admin@Example.test'
    process.env.ADMIN_PASSWORD = 'seed-admin-password-1'
    try {
      expect(await ensureAdmin(payload, quiet)).toBe('created')
      expect(await ensureAdmin(payload, quiet)).toBe('kept')
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'seed-admin@example.test' } },
        overrideAccess: true,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]!.roles).toContain('admin')
      const login = await payload.login({
        collection: 'users',
        data: { email: 'seed-admin@example.test', password: 'seed-admin-password-1' },
      })
      expect(login.token).toBeTruthy()
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
  })
})
