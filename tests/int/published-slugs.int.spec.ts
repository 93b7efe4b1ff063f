/**
 * The proxy's published slugs (src/db/published.ts) live in memory and follow every public change:
 * publish, slug change, unpublish and delete are answered right when the write returns, even though
 * the change's signal comes before its transaction commits; once the table has settled, lookups of
 * known and unknown slugs alike make no database query; a change to another collection leaves the
 * set alone.
 */
import pg from 'pg'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishedExists, PublishedSlugs } from '@/db/published'
import type { User } from '@/payload-types'
import { seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

/** short, so that the test sees a table settle; the app's is SETTLE_MS */
const SETTLE = 300
const settled = () => new Promise((resolve) => setTimeout(resolve, SETTLE + 400))

let payload: Payload
let editor: User
let reviewer: User
let pool: pg.Pool
let slugs: PublishedSlugs
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ editor, reviewer } = await seedStaff(p, { admin: 'Ad', editor: 'Edi Editor', reviewer: 'Remi Reviewer' }))
})

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  pool.on('error', () => undefined)
  slugs = new PublishedSlugs({ pool: () => pool, settleMs: SETTLE })
  slugs.listen()
  await settled() // past the start, which counts as unsettled
})

afterAll(async () => {
  slugs.close()
  await pool.end()
})

const draft = () =>
  createDraft(
    payload,
    'resources',
    {
      title: `Slug set ${++n}`,
      slug: `slug-set-${n}-${Date.now().toString(36)}`,
      url: `https://example.org/slug-set/${n}`,
      summary: 'Summary.',
      kind: 'article',
      language: 'en',
    },
    editor,
  )

/** as a reviewer who is not the author publishes (the publishing rule) */
const asReviewer = () => ({ user: reviewer, overrideAccess: false, depth: 0 }) as const

/** Lookups that must all be answered from memory: the count of database queries does not move. */
async function fromMemory(expected: Record<string, boolean>) {
  const before = { ...slugs.stats }
  for (let i = 0; i < 20; i++) {
    for (const [slug, exists] of Object.entries(expected)) {
      expect(await slugs.has('resources', slug), slug).toBe(exists)
    }
  }
  expect(slugs.stats, 'lookups made database queries').toEqual(before)
}

describe('the proxy’s published slugs', () => {
  it('follow publish, slug change, unpublish and delete at once, and answer from memory once settled', async () => {
    const doc = await draft()
    expect(await slugs.has('resources', doc.slug)).toBe(false)
    await settled()
    await fromMemory({ [doc.slug]: false, 'no-such-resource': false })

    // published: there as soon as the write returns
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, ...asReviewer() })
    expect(await slugs.has('resources', doc.slug)).toBe(true)
    await settled()
    await fromMemory({ [doc.slug]: true, 'no-such-resource': false })

    // a new slug, published: the new one is there, the old one gone (its redirect is another matter)
    const renamed = `${doc.slug}-renamed`
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { slug: renamed, _status: 'published' },
      ...asReviewer(),
    })
    expect(await slugs.has('resources', renamed)).toBe(true)
    expect(await slugs.has('resources', doc.slug)).toBe(false)
    await settled()
    await fromMemory({ [renamed]: true, [doc.slug]: false })

    // unpublished: gone at once
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'draft' }, ...asReviewer() })
    expect(await slugs.has('resources', renamed)).toBe(false)
    await settled()
    await fromMemory({ [renamed]: false })

    // published again, then deleted: gone at once
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, ...asReviewer() })
    expect(await slugs.has('resources', renamed)).toBe(true)
    await payload.delete({ collection: 'resources', id: doc.id, overrideAccess: true })
    expect(await slugs.has('resources', renamed)).toBe(false)
    await settled()
    await fromMemory({ [renamed]: false })
  })

  it('a lookup while the publish is still committing does not hide the document once it has', async () => {
    const doc = await draft()
    await settled()
    await fromMemory({ [doc.slug]: false })
    // the hooks announce the change inside the write's transaction, before it commits
    const req = await createLocalReq({ user: reviewer }, payload)
    await initTransaction(req)
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, req, ...asReviewer() })
    expect(await slugs.has('resources', doc.slug)).toBe(false) // not committed yet: not public yet
    await commitTransaction(req)
    expect(await slugs.has('resources', doc.slug)).toBe(true)
    await settled()
    await fromMemory({ [doc.slug]: true })
  })

  it('a change to another collection leaves the resources’ set alone', async () => {
    const doc = await draft()
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, ...asReviewer() })
    await settled()
    await fromMemory({ [doc.slug]: true })
    const term = await createDraft(
      payload,
      'glossary-terms',
      { term: `Slug set term ${Date.now()}`, summary: 'A word.', definition: paragraph('A word.') },
      editor,
    )
    await payload.update({ collection: 'glossary-terms', id: term.id, data: { _status: 'published' }, ...asReviewer() })
    await fromMemory({ [doc.slug]: true, 'no-such-resource': false })
    expect(await slugs.has('glossary_terms', term.slug)).toBe(true)
  })

  it('the proxy’s own check (publishedExists) finds a document the moment its publish returns', async () => {
    const doc = await draft()
    expect(await publishedExists('resources', doc.slug)).toBe(false)
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, ...asReviewer() })
    expect(await publishedExists('resources', doc.slug)).toBe(true)
    await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'draft' }, ...asReviewer() })
    expect(await publishedExists('resources', doc.slug)).toBe(false)
  })
})
