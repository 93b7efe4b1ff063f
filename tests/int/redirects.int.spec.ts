/**
 * A changed slug keeps its old URL working (src/redirects): publishing a new slug records a
 * redirect from the old path to the document, the proxy's lookup answers it in both languages
 * with the document's current path, and a chain never forms.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { redirectTarget } from '@/redirects/resolve'
import { seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { paragraph, withTestPayload } from '../helpers/payload'

let payload: Payload
let editor: User
let reviewer: User

withTestPayload(async (p) => {
  payload = p
  ;({ editor, reviewer } = await seedStaff(p, { admin: 'Ad', editor: 'Ed', reviewer: 'Rev' }))
})

const asUser = (user: User) => ({ user, overrideAccess: false, depth: 0 }) as const
const redirectsTo = async (collection: string, id: number) =>
  (
    await payload.find({
      collection: 'redirects',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { [`to.reference`]: { equals: { relationTo: collection, value: id } } },
    })
  ).docs
    .map((r) => r.from)
    .sort()
const allFrom = async () =>
  (await payload.find({ collection: 'redirects', overrideAccess: true, depth: 0, pagination: false })).docs
    .map((r) => r.from)
    .sort()

async function publishedResource(slug: string) {
  const doc = await createDraft(
    payload,
    'resources',
    {
      title: `Moving ${slug}`,
      slug,
      url: `https://example.org/${slug}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
    },
    editor,
    { depth: 0 },
  )
  await payload.update({ collection: 'resources', id: doc.id, data: { _status: 'published' }, ...asUser(reviewer) })
  return doc.id
}
/** What the admin does: the editor saves the new slug as a draft, a reviewer publishes it. */
async function moveTo(id: number, slug: string) {
  await payload.update({ collection: 'resources', id, data: { slug }, ...asUser(editor), draft: true })
  await payload.update({ collection: 'resources', id, data: { _status: 'published' }, ...asUser(reviewer) })
}

describe('redirects for changed slugs', () => {
  it('records nothing until the new slug is published, then sends the old path to the new one in both languages', async () => {
    const id = await publishedResource('move-a')
    expect(await redirectsTo('resources', id)).toEqual([])
    await payload.update({ collection: 'resources', id, data: { slug: 'move-b' }, ...asUser(editor), draft: true })
    // a draft changes no public URL
    expect(await redirectsTo('resources', id)).toEqual([])
    await payload.update({ collection: 'resources', id, data: { _status: 'published' }, ...asUser(reviewer) })
    expect(await redirectsTo('resources', id)).toEqual(['/resources/move-a'])
    expect(await redirectTarget('/resources/move-a', 'en')).toBe('/resources/move-b')
    expect(await redirectTarget('/resources/move-a', 'fr')).toBe('/fr/resources/move-b')
    expect(await redirectTarget('/resources/never-was', 'en')).toBeNull()
  })

  it('never forms a chain: A→B then B→C leaves A→C and B→C, and moving back to A drops A’s redirect', async () => {
    const id = await publishedResource('chain-a')
    await moveTo(id, 'chain-b')
    await moveTo(id, 'chain-c')
    expect(await redirectsTo('resources', id)).toEqual(['/resources/chain-a', '/resources/chain-b'])
    for (const old of ['/resources/chain-a', '/resources/chain-b']) {
      expect(await redirectTarget(old, 'en')).toBe('/resources/chain-c')
      expect(await redirectTarget(old, 'fr')).toBe('/fr/resources/chain-c')
    }
    await moveTo(id, 'chain-a')
    expect(await redirectsTo('resources', id)).toEqual(['/resources/chain-b', '/resources/chain-c'])
    expect(await redirectTarget('/resources/chain-c', 'en')).toBe('/resources/chain-a')
  })

  it('leads nowhere once the document is no longer published', async () => {
    const id = await publishedResource('gone-a')
    await moveTo(id, 'gone-b')
    expect(await redirectTarget('/resources/gone-a', 'en')).toBe('/resources/gone-b')
    await payload.update({ collection: 'resources', id, data: { _status: 'draft' }, ...asUser(reviewer) })
    expect(await redirectTarget('/resources/gone-a', 'en')).toBeNull()
  })

  it('works for free pages at the root, and a draft that was never published records nothing', async () => {
    const page = await createDraft(
      payload,
      'pages',
      { title: 'Old page', slug: 'old-page', body: paragraph('Hello.') },
      editor,
      { depth: 0 },
    )
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: 'older-page' },
      ...asUser(editor),
      draft: true,
    })
    expect(await redirectsTo('pages', page.id)).toEqual([])
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, ...asUser(reviewer) })
    expect(await redirectsTo('pages', page.id)).toEqual([])
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: 'new-page' },
      ...asUser(editor),
      draft: true,
    })
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, ...asUser(reviewer) })
    expect(await redirectTarget('/older-page', 'fr')).toBe('/fr/new-page')
  })

  it('is staff-only, and a hand-made redirect stays on this site', async () => {
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
    const base = { collection: 'redirects', ...asUser(editor) } as const
    for (const [i, url] of ['//evil.example/x', 'https://evil.example/', '/\\evil.example'].entries()) {
      const refused = await payload
        .create({ ...base, data: { from: `/elsewhere-${i}`, to: { type: 'custom', url } } })
        .catch((e: unknown) => e)
      expect((refused as { data?: { errors?: { path: string; message: string }[] } }).data?.errors).toEqual([
        {
          path: 'to.url',
          label: 'Custom URL',
          message: 'A path on this site, starting with a single / (no other sites).',
        },
      ])
    }
    // the locale prefix and the origin are dropped from `from`: one record serves every language
    const made = await payload.create({
      ...base,
      data: { from: 'https://hub.example/fr/old-glossary/', to: { type: 'custom', url: '/glossary' } },
    })
    expect(made.from).toBe('/old-glossary')
    expect(await redirectTarget('/old-glossary', 'fr')).toBe('/glossary')
    expect(await allFrom()).toContain('/old-glossary')
  })
})
