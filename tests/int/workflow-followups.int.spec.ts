/**
 * Follow-ups to the review workflow:
 *
 * - restoring a version writes its review-history entry (src/workflow/hooks.ts): Payload's restoreVersion
 *   hands the afterChange hooks a new `data`, so the transition is found in the request's context; a
 *   restore as published by a reviewer is a `published` entry by them, a restore as a draft records the
 *   move it makes (if any), each with a note naming the restored version; the context is left clean for
 *   a later write on the same request;
 * - duplicating a document with a slug (src/fields/slug.ts) gives the copy a fresh unique slug,
 *   `<slug>-copy`, `<slug>-copy-2`…, in every content collection with one, while the slug is still
 *   derived from the title when left empty and kept once set.
 *
 * Real Payload on PostgreSQL, local API and REST routes as the admin panel calls them.
 */
import { createLocalReq, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { Resource, User } from '@/payload-types'
import { restoreNote, UNPUBLISHED_NOTE, WORKFLOW_STASHES } from '@/workflow/hooks'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { resourceSteps } from '../helpers/resources'
import { restJson } from '../helpers/rest'

let payload: Payload
let admin: User
let editor: User
let author: User
let reviewer: User
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, author, reviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    editor: 'Eddie Editor',
    author: ['editor', 'Aki Author'],
    reviewer: 'Rowan Reviewer',
  }))
})

// ------------------------------------------------------------------ helpers

const draftBy = (user: User, data: Partial<Resource> = {}) =>
  createDraft(
    payload,
    'resources',
    {
      title: `Follow-up ${++n}`,
      url: `https://example.org/followups/${n}`,
      summary: 'First summary.',
      kind: 'article',
      language: 'en',
      ...data,
    },
    user,
    { depth: 0 },
  )
const { latest, live, publishAs, editDraft, versionsOf, eventsOf } = resourceSteps(() => payload)

/** POST through the app's REST route handler, as the admin panel calls it. */
const restPost = async (path: string, user: User, body?: unknown) =>
  restJson('POST', path, { token: await loginToken(payload, user), json: body ?? {} })
const restoreRest = (user: User, versionId: string, asDraft = false) =>
  restPost(`/api/resources/versions/${versionId}${asDraft ? '?draft=true' : ''}`, user)

/**
 * A resource by the author with two published versions, "First summary." then "Second summary." (live
 * now), both published by the reviewer. Returns it and the first published version.
 */
async function withHistory() {
  const doc = await draftBy(author)
  await publishAs(reviewer, doc.id)
  await editDraft(author, doc.id, { summary: 'Second summary.' })
  await publishAs(reviewer, doc.id)
  const first = (await versionsOf(doc.id)).find(
    (v) => v.version._status === 'published' && v.version.summary === 'First summary.',
  )!
  expect(first, 'the first published version').toBeTruthy()
  return { id: doc.id, version: first, versionId: String(first.id) }
}

/** The note an entry of a restore of `version` carries: its date as the review history shows dates. */
const restoredNote = (version: { version: { updatedAt?: string | null } }, extra: string | null = null) =>
  restoreNote(version.version.updatedAt, extra)
const RESTORED = /^Restored version from \d{4}-\d\d-\d\d \d\d:\d\d UTC\./

// ------------------------------------------------------------------ restoring a version

describe('restoring a version writes the review history', () => {
  it('restore as published by a reviewer (local API): a `published` entry by them, naming the version', async () => {
    const { id, version, versionId } = await withHistory()
    const before = (await eventsOf(id)).length
    await payload.restoreVersion({
      collection: 'resources',
      id: versionId,
      user: reviewer,
      overrideAccess: false,
      depth: 0,
    })
    expect((await live(id)).summary).toBe('First summary.')
    const events = await eventsOf(id)
    expect(events).toHaveLength(before + 1)
    const entry = events.at(-1)!
    expect(entry).toMatchObject({
      action: 'published',
      from: 'approved',
      to: 'approved',
      by: reviewer.id,
      title: expect.stringMatching(/^Follow-up/),
    })
    expect(entry.note).toMatch(RESTORED)
    expect(entry.note).toBe(restoredNote(version))
  })

  it('restore as published through REST (the admin’s Restore): the same entry, by the admin', async () => {
    const { id, version, versionId } = await withHistory()
    const res = await restoreRest(admin, versionId)
    expect(res.status).toBe(200)
    const entry = (await eventsOf(id)).at(-1)!
    expect(entry).toMatchObject({ action: 'published', to: 'approved', by: admin.id, note: restoredNote(version) })
  })

  it('a refused restore as published records nothing', async () => {
    const { id, versionId } = await withHistory()
    const before = await eventsOf(id)
    // (through REST the admin's Restore gives such a user a draft instead: tests/int/admin-rough-edges.int.spec.ts)
    await expect(
      payload.restoreVersion({ collection: 'resources', id: versionId, user: author, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.restoreVersion({ collection: 'resources', id: versionId, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await eventsOf(id)).toEqual(before)
  })

  it('restore as a draft over approved, published content: the move back to draft, by the restorer, saying it was a restore', async () => {
    const { id, version, versionId } = await withHistory()
    const before = (await eventsOf(id)).length
    const res = await restoreRest(editor, versionId, true)
    expect(res.status).toBe(200)
    expect((await latest(id)).workflowStatus).toBe('draft')
    expect((await live(id)).summary).toBe('Second summary.')
    const events = await eventsOf(id)
    expect(events).toHaveLength(before + 1)
    expect(events.at(-1)).toMatchObject({
      action: 'reopened',
      from: 'approved',
      to: 'draft',
      by: editor.id,
      note: restoredNote(version),
    })
  })

  it('restore as a draft that leaves the status as it is records nothing, and keeps the review note', async () => {
    const doc = await draftBy(author, { summary: 'Draft one.' })
    await editDraft(author, doc.id, { summary: 'Draft two.', workflowStatus: 'in_review' })
    await editDraft(reviewer, doc.id, { workflowStatus: 'changes_requested', reviewNote: 'Cite the study.' })
    const before = await eventsOf(doc.id)
    const first = (await versionsOf(doc.id)).find((v) => v.version.summary === 'Draft one.')!
    expect((await restoreRest(author, String(first.id), true)).status).toBe(200)
    const now = await latest(doc.id)
    expect(now.summary).toBe('Draft one.')
    expect(now.workflowStatus).toBe('changes_requested')
    expect(now.reviewNote).toBe('Cite the study.')
    expect(await eventsOf(doc.id)).toEqual(before)
  })

  it('restore as published of content with changes requested: the entry carries the restore, not the old request', async () => {
    const { id, version, versionId } = await withHistory()
    await editDraft(author, id, { summary: 'Third summary.', workflowStatus: 'in_review' })
    await editDraft(reviewer, id, { workflowStatus: 'changes_requested', reviewNote: 'Too long.' })
    const res = await restoreRest(reviewer, versionId)
    expect(res.status).toBe(200)
    const now = await live(id)
    expect(now.summary).toBe('First summary.')
    expect(now.workflowStatus).toBe('approved')
    expect(now.reviewNote ?? null).toBeNull()
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'published',
      from: 'changes_requested',
      to: 'approved',
      by: reviewer.id,
      note: restoredNote(version),
    })
  })

  it('restoring an unpublished version as it was (not as a draft) takes the content down: an `unpublished` entry naming the version', async () => {
    const doc = await draftBy(author, { summary: 'Never published.' })
    const draftVersion = (await versionsOf(doc.id)).find((v) => v.version.summary === 'Never published.')!
    await editDraft(author, doc.id, { summary: 'Published one.' })
    await publishAs(reviewer, doc.id)
    expect((await live(doc.id))._status).toBe('published')
    const res = await restoreRest(reviewer, String(draftVersion.id))
    expect(res.status).toBe(200)
    const now = await live(doc.id)
    expect(now._status).toBe('draft')
    expect(now.workflowStatus).toBe('draft')
    const entry = (await eventsOf(doc.id)).at(-1)!
    expect(entry).toMatchObject({ action: 'unpublished', from: 'approved', to: 'draft', by: reviewer.id })
    expect(entry.note).toBe(restoredNote(draftVersion, UNPUBLISHED_NOTE))
  })

  it('a later write on the same request is an ordinary write again: its own entry, its own note, nothing left behind', async () => {
    const { id, version, versionId } = await withHistory()
    const req = await createLocalReq({ user: admin }, payload)
    await payload.restoreVersion({ collection: 'resources', id: versionId, req, overrideAccess: false, depth: 0 })
    expect(req.context[WORKFLOW_STASHES] ?? {}).toEqual({})
    // Payload leaves its own restore flag set on the request, and its field hooks then refuse a partial
    // update (they skip filling what was not sent): what a later write on this request sees is our part
    delete req.context.isRestoringVersion
    // the admin then edits the restored content (a new draft: the review reopens) and sends it back for review
    await payload.update({
      collection: 'resources',
      id,
      data: { summary: 'Edited after restore.' },
      req,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    await payload.update({
      collection: 'resources',
      id,
      data: { workflowStatus: 'in_review', reviewNote: 'Ready again.' },
      req,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(req.context[WORKFLOW_STASHES] ?? {}).toEqual({})
    const events = (await eventsOf(id)).slice(-3)
    expect(events.map((e) => [e.action, e.to, e.by, e.note])).toEqual([
      ['published', 'approved', admin.id, restoredNote(version)],
      ['reopened', 'draft', admin.id, null],
      ['submitted', 'in_review', admin.id, 'Ready again.'],
    ])
  })

  it('a transition left in the request’s context by a write that never finished is not taken by the next one', async () => {
    const doc = await draftBy(author)
    const before = await eventsOf(doc.id)
    const req = await createLocalReq({ user: author }, payload)
    // say a submit whose save then failed
    req.context[WORKFLOW_STASHES] = {
      [`resources:${doc.id}`]: {
        action: 'submitted',
        from: 'draft',
        to: 'in_review',
        note: 'Left behind.',
        mainWasPublished: false,
      },
    }
    // an edit that moves nothing
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'Just an edit.' },
      req,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(await eventsOf(doc.id)).toEqual(before)
    expect(req.context[WORKFLOW_STASHES]).toEqual({})
  })

  it('ordinary saves still record their entries (create, submit, publish) exactly once', async () => {
    const doc = await draftBy(author, { workflowStatus: 'in_review' })
    await publishAs(reviewer, doc.id)
    expect((await eventsOf(doc.id)).map((e) => [e.action, e.by, e.note ?? null])).toEqual([
      ['created', author.id, null],
      ['published', reviewer.id, null],
    ])
  })
})

// ------------------------------------------------------------------ duplicating

const duplicate = (
  collection: 'resources' | 'topics' | 'glossary-terms',
  id: number,
  user: User,
  data?: { slug?: string; _status?: 'draft' },
) =>
  payload.duplicate({ collection, id, user, overrideAccess: false, depth: 0, ...(data ? { data } : {}) }) as Promise<{
    id: number
    slug: string
    generateSlug?: boolean | null
    workflowStatus?: string | null
    _status?: string | null
    createdBy?: unknown
  }>

describe('duplicating a document gives the copy a unique slug', () => {
  it('resources: `<slug>-copy`, then `<slug>-copy-2`; a copy of a copy counts on', async () => {
    const original = await draftBy(editor, { title: 'Ladder of inference' })
    expect(original.slug).toBe('ladder-of-inference')
    const first = await duplicate('resources', original.id, editor)
    const second = await duplicate('resources', original.id, editor)
    expect(first.slug).toBe('ladder-of-inference-copy')
    expect(second.slug).toBe('ladder-of-inference-copy-2')
    expect(first.id).not.toBe(original.id)
    const third = await duplicate('resources', first.id, editor)
    expect(third.slug).toBe('ladder-of-inference-copy-3')
    // the original keeps its own
    expect((await latest(original.id)).slug).toBe('ladder-of-inference')
    // the copies are new drafts
    for (const copy of [first, second, third]) {
      expect(copy.workflowStatus).toBe('draft')
      expect(copy._status).toBe('draft')
    }
  })

  it('skips slugs already taken by other documents and by a draft not yet published', async () => {
    const original = await draftBy(editor, { title: 'Active listening', slug: 'active-listening' })
    await draftBy(editor, { title: 'Something else', slug: 'active-listening-copy' })
    // published content whose pending draft takes `-copy-2`: it goes live with the next publish
    const other = await draftBy(editor, { title: 'Third', slug: 'third-thing' })
    await publishAs(reviewer, other.id)
    await editDraft(editor, other.id, { slug: 'active-listening-copy-2' })
    expect((await live(other.id)).slug).toBe('third-thing')
    const copy = await duplicate('resources', original.id, editor)
    expect(copy.slug).toBe('active-listening-copy-3')
  })

  it('a copy of published content (as the admin’s Duplicate sends it, a draft) is a new draft with its own slug', async () => {
    const original = await draftBy(author, { title: 'Published piece' })
    await publishAs(reviewer, original.id)
    const viaLocal = await duplicate('resources', original.id, editor, { _status: 'draft' })
    expect(viaLocal).toMatchObject({ slug: 'published-piece-copy', _status: 'draft', workflowStatus: 'draft' })
    const viaRest = await restPost(`/api/resources/${original.id}/duplicate`, editor, { _status: 'draft' })
    expect(viaRest.status).toBe(200)
    expect((viaRest.body.doc as { slug: string }).slug).toBe('published-piece-copy-2')
    expect((await live(original.id)).slug).toBe('published-piece')
  })

  it('a long slug stays within the limit', async () => {
    const long = `${'very-long-'.repeat(9)}slug`.slice(0, 96).replace(/-+$/, '')
    const original = await draftBy(editor, { title: 'Long one', slug: long })
    const a = await duplicate('resources', original.id, editor)
    const b = await duplicate('resources', original.id, editor)
    for (const copy of [a, b]) {
      expect(copy.slug.length).toBeLessThanOrEqual(96)
      expect(copy.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
    expect(a.slug).toMatch(/-copy$/)
    expect(b.slug).toMatch(/-copy-2$/)
  })

  it('topics and glossary terms too (every content collection with a slug)', async () => {
    const topic = await createDraft(payload, 'topics', { title: 'Allyship basics', summary: 'What it is.' }, editor, {
      depth: 0,
    })
    expect(topic.slug).toBe('allyship-basics')
    expect((await duplicate('topics', topic.id, editor)).slug).toBe('allyship-basics-copy')
    expect((await duplicate('topics', topic.id, editor)).slug).toBe('allyship-basics-copy-2')

    const term = await createDraft(
      payload,
      'glossary-terms',
      { term: 'Microaggression', summary: 'A small slight.' },
      editor,
      { depth: 0 },
    )
    expect(term.slug).toBe('microaggression')
    expect((await duplicate('glossary-terms', term.id, editor)).slug).toBe('microaggression-copy')
    expect((await duplicate('glossary-terms', term.id, editor)).slug).toBe('microaggression-copy-2')
  })

  it('an explicit slug sent with the duplicate is kept', async () => {
    const original = await draftBy(editor, { title: 'Own slug' })
    const copy = await duplicate('resources', original.id, editor, { slug: 'chosen-by-hand' })
    expect(copy.slug).toBe('chosen-by-hand')
  })
})

describe('the slug is still derived and then kept (generateSlug)', () => {
  it('left empty: derived from the title; set by hand: kept; once saved, a new title does not move it', async () => {
    const derived = await draftBy(editor, { title: 'Calling in, not out' })
    expect(derived.slug).toBe('calling-in-not-out')
    const byHand = await draftBy(editor, { title: 'Whatever', slug: 'my-own-slug' })
    expect(byHand.slug).toBe('my-own-slug')
    const renamed = await editDraft(editor, derived.id, { title: 'Calling in (renamed)' })
    expect(renamed.slug).toBe('calling-in-not-out')
    // a copy, renamed, keeps the slug it was given
    const copy = await duplicate('resources', derived.id, editor)
    const copyRenamed = await editDraft(editor, copy.id, { title: 'A new title for the copy' })
    expect(copyRenamed.slug).toBe('calling-in-not-out-copy')
    // and an edited slug is taken as sent
    expect((await editDraft(editor, copy.id, { slug: 'a-new-title-for-the-copy' })).slug).toBe(
      'a-new-title-for-the-copy',
    )
  })
})
