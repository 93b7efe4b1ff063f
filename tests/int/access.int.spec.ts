/**
 * Deny by default, per role and collection, through the local API with
 * `overrideAccess: false` (the same access functions REST and GraphQL use).
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { seedStaff } from '../helpers/accounts'
import { createDoc, createDraft, type NewDoc } from '../helpers/content'
import { paragraph, seedUser, withTestPayload } from '../helpers/payload'

let payload: Payload
let admin: User
let editor: User
let reviewer: User

const PUBLIC_CONTENT = [
  'themes',
  'principles',
  'topics',
  'resources',
  'sources',
  'glossary-terms',
  'practices',
  'faqs',
  'events',
  'pages',
] as const
type Content = (typeof PUBLIC_CONTENT)[number]

/** Minimal valid data per public collection, unique per call; a principle gets a theme of its own. */
let n = 0
async function sample<C extends Content>(
  collection: C,
  extra: { _status?: 'published' | 'draft'; createdBy?: number } = {},
): Promise<NewDoc<C>> {
  n++
  const t = `Access sample ${n}`
  const theme = collection === 'principles' ? (await createDoc(payload, 'themes', await sample('themes'))).id : 0
  const base: { [K in Content]: NewDoc<K> } = {
    themes: { title: t },
    principles: { title: t, theme },
    topics: { title: t, summary: 'A topic.' },
    resources: { title: t, url: `https://example.org/${n}`, summary: 'A resource.', kind: 'article', language: 'en' },
    sources: { title: t, kind: 'organisation' },
    'glossary-terms': { term: t, summary: 'A term.' },
    practices: { title: t, kind: 'action-tip' },
    faqs: { question: `${t}?`, answer: paragraph('An answer.') },
    events: { title: t, kind: 'observance', recurrence: 'yearly', startDate: '2026-11-20', summary: 'A day.' },
    pages: { title: t, body: paragraph('A page.') },
  }
  return { ...base[collection], ...extra }
}

const TITLE_FIELD: Partial<Record<CollectionSlug, string>> = { 'glossary-terms': 'term', faqs: 'question' }

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, reviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    editor: 'Eddie Editor',
    reviewer: 'Rae Reviewer',
  }))
})

describe.each(PUBLIC_CONTENT)('%s', (collection) => {
  let publishedId: number | string
  let draftId: number | string

  beforeAll(async () => {
    const pub = await createDoc(payload, collection, await sample(collection, { _status: 'published' }))
    const draft = await createDoc(payload, collection, await sample(collection, { _status: 'draft' }), { draft: true })
    publishedId = pub.id
    draftId = draft.id
  })

  it('anonymous readers see published documents and never drafts', async () => {
    const { docs } = await payload.find({ collection, overrideAccess: false, pagination: false, depth: 0 })
    const ids = docs.map((d) => d.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
    await expect(payload.findByID({ collection, id: draftId, overrideAccess: false, draft: true })).rejects.toThrow()
    // asking for drafts does not help an anonymous reader either
    const drafts = await payload.find({ collection, overrideAccess: false, draft: true, pagination: false, depth: 0 })
    expect(drafts.docs.map((d) => d.id)).not.toContain(draftId)
  })

  it('anonymous users cannot create, update or delete', async () => {
    await expect(createDoc(payload, collection, await sample(collection), { overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(payload.update({ collection, id: publishedId, data: {}, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(payload.delete({ collection, id: publishedId, overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('editors and reviewers create drafts, edit, and read drafts', async () => {
    for (const user of [editor, reviewer]) {
      const doc = await createDraft(payload, collection, await sample(collection), user)
      const updated = await payload.update({
        collection,
        id: doc.id,
        data: { [TITLE_FIELD[collection] ?? 'title']: 'Edited' },
        user,
        overrideAccess: false,
        draft: true,
      })
      expect(updated.id).toBe(doc.id)
      const found = await payload.findByID({ collection, id: draftId, user, overrideAccess: false, draft: true })
      expect(found.id).toBe(draftId)
    }
  })

  it('reviewers cannot delete; editors and admins can', async () => {
    const doc = await createDoc(payload, collection, await sample(collection))
    await expect(payload.delete({ collection, id: doc.id, user: reviewer, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await payload.delete({ collection, id: doc.id, user: editor, overrideAccess: false })
    const other = await createDoc(payload, collection, await sample(collection))
    await payload.delete({ collection, id: other.id, user: admin, overrideAccess: false })
  })
})

describe('authorship', () => {
  it('records the creator as createdBy, and nobody can set or change it', async () => {
    const doc = await createDraft(payload, 'resources', await sample('resources', { createdBy: admin.id }), editor)
    expect(doc.createdBy && (typeof doc.createdBy === 'object' ? doc.createdBy.id : doc.createdBy)).toBe(editor.id)
    const updated = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { createdBy: reviewer.id },
      user: admin,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(updated.createdBy).toBe(editor.id)
    // a reviewer sees who wrote it, but not the author's email
    const asReviewer = await payload.findByID({
      collection: 'resources',
      id: doc.id,
      user: reviewer,
      overrideAccess: false,
      draft: true,
      depth: 1,
    })
    const author = asReviewer.createdBy as User
    expect(author.name).toBe('Eddie Editor')
    expect(author.email).toBeUndefined()
  })
})

describe('users', () => {
  it('anonymous users cannot list users or create accounts', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@example.test', password: 'x-long-password', name: 'X', roles: ['admin'] },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('staff see colleagues’ public names but not their emails; admins see emails', async () => {
    const asEditor = await payload.findByID({
      collection: 'users',
      id: reviewer.id,
      user: editor,
      overrideAccess: false,
    })
    expect(asEditor.name).toBe('Rae Reviewer')
    expect(asEditor.email).toBeUndefined()
    const self = await payload.findByID({ collection: 'users', id: editor.id, user: editor, overrideAccess: false })
    expect(self.email).toBe(editor.email)
    const asAdmin = await payload.findByID({ collection: 'users', id: reviewer.id, user: admin, overrideAccess: false })
    expect(asAdmin.email).toBe(reviewer.email)
  })

  it('only admins manage accounts and roles', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `e-${Date.now()}@example.test`, password: 'long-enough-pass', name: 'E', roles: ['editor'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({
        collection: 'users',
        id: reviewer.id,
        data: { name: 'Changed' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    // an editor cannot promote themselves: the roles change is ignored
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'], name: 'Eddie E.' },
      user: editor,
      overrideAccess: false,
    })
    expect(self.roles).toEqual(['editor'])
    expect(self.name).toBe('Eddie E.')
    const promoted = await payload.update({
      collection: 'users',
      id: reviewer.id,
      data: { roles: ['reviewer', 'editor'] },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.roles).toEqual(['reviewer', 'editor'])
    await expect(
      payload.delete({ collection: 'users', id: reviewer.id, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('never locks an account, however many wrong passwords (sign-ins are throttled per address instead)', async () => {
    const target = await seedUser(payload, ['editor'], 'Not lockable')
    for (let i = 0; i < 7; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: target.email, password: 'wrong-password' } }),
      ).rejects.toThrow(/incorrect/i)
    }
    const ok = await payload.login({
      collection: 'users',
      data: { email: target.email, password: 'correct-horse-battery-staple' },
    })
    expect(ok.user?.id).toBe(target.id)
  })
})

describe('submissions', () => {
  let id: number | string
  beforeAll(async () => {
    const s = await payload.create({
      collection: 'submissions',
      data: {
        kind: 'suggestion',
        status: 'new',
        message: 'Please add this',
        email: 'sender@example.test',
        moderatorNotes: 'private',
      },
      overrideAccess: true,
    })
    id = s.id
  })

  it('cannot be read, created or changed by the public through the API', async () => {
    await expect(payload.find({ collection: 'submissions', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'submissions',
        data: { kind: 'feedback', status: 'new', message: 'hi' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'submissions', id, data: { status: 'accepted' }, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('are readable and moderated by staff; only admins delete them', async () => {
    const doc = await payload.findByID({ collection: 'submissions', id, user: reviewer, overrideAccess: false })
    expect(doc.email).toBe('sender@example.test')
    const updated = await payload.update({
      collection: 'submissions',
      id,
      data: { status: 'declined' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.status).toBe('declined')
    await expect(
      payload.delete({ collection: 'submissions', id, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await payload.delete({ collection: 'submissions', id, user: admin, overrideAccess: false })
  })
})

describe('digest subscribers', () => {
  let id: number
  beforeAll(async () => {
    const s = await payload.create({
      collection: 'digest-subscribers',
      data: { email: 'reader@example.test', locale: 'en', choice: 'weekly' },
      overrideAccess: true,
    })
    id = s.id
  })

  it('the public reads, creates and changes nothing', async () => {
    await expect(payload.find({ collection: 'digest-subscribers', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload.create({
        collection: 'digest-subscribers',
        data: { email: 'x@example.test', locale: 'en', choice: 'weekly' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('editors and reviewers neither read nor change them; admins read and delete, nobody edits', async () => {
    for (const user of [editor, reviewer]) {
      await expect(payload.find({ collection: 'digest-subscribers', user, overrideAccess: false })).rejects.toThrow(
        /not allowed/i,
      )
      await expect(payload.count({ collection: 'digest-subscribers', user, overrideAccess: false })).rejects.toThrow(
        /not allowed/i,
      )
    }
    const doc = await payload.findByID({ collection: 'digest-subscribers', id, user: admin, overrideAccess: false })
    expect(doc.email).toBe('reader@example.test')
    await expect(
      payload.update({
        collection: 'digest-subscribers',
        id,
        data: { choice: 'term' },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await payload.delete({ collection: 'digest-subscribers', id, user: admin, overrideAccess: false })
  })
})

describe('site settings', () => {
  it('are public to read and only admins change them', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.siteName).toBeTruthy()
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Hacked' }, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: 'Edited' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    const updated = await payload.updateGlobal({
      slug: 'site-settings',
      data: { footer: 'Admin footer' },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.footer).toBe('Admin footer')
  })
})
