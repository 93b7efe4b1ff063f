/**
 * Nobody publishes their own work: `_status: 'published'` only from a reviewer or admin
 * who is not the author. Through access (overrideAccess: false, as REST and GraphQL run)
 * and through the write hook (server code acting as a user).
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { seedStaff } from '../helpers/accounts'
import { createDoc, createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
let editor: User
let reviewer: User
let otherReviewer: User
let admin: User
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, reviewer, otherReviewer } = await seedStaff(p, {
    admin: 'Ad',
    editor: 'Ed',
    reviewer: 'Rev One',
    otherReviewer: [['reviewer', 'editor'], 'Rev Two'],
  }))
  expect(editor.roles).toEqual(['editor'])
})

const draftBy = (user: User) =>
  createDraft(
    payload,
    'resources',
    {
      title: `Publishing ${++n}`,
      url: `https://example.org/p/${n}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
    },
    user,
  )
const publishAs = (user: User, id: number, overrideAccess = false) =>
  payload.update({ collection: 'resources', id, data: { _status: 'published' }, user, overrideAccess, depth: 0 })
const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'resources', id, overrideAccess: true, depth: 0 }))._status

describe('publishing', () => {
  it('an editor cannot publish, not even a colleague’s draft', async () => {
    const own = await draftBy(editor)
    const others = await draftBy(otherReviewer)
    await expect(publishAs(editor, own.id)).rejects.toThrow()
    await expect(publishAs(editor, others.id)).rejects.toThrow()
    expect(await statusOf(own.id)).toBe('draft')
    expect(await statusOf(others.id)).toBe('draft')
  })

  it('nobody creates a document already published', async () => {
    for (const user of [editor, reviewer, admin]) {
      await expect(
        createDoc(
          payload,
          'principles',
          { title: `Direct ${user.name}`, theme: 1, _status: 'published' },
          { user, overrideAccess: false },
        ),
      ).rejects.toThrow()
    }
  })

  it('a reviewer cannot publish their own draft; another reviewer can', async () => {
    const doc = await draftBy(reviewer)
    await expect(publishAs(reviewer, doc.id)).rejects.toThrow()
    expect(await statusOf(doc.id)).toBe('draft')
    const published = await publishAs(otherReviewer, doc.id)
    expect(published._status).toBe('published')
  })

  it('an admin publishes an editor’s draft, but not their own', async () => {
    const editors = await draftBy(editor)
    expect((await publishAs(admin, editors.id))._status).toBe('published')
    const own = await draftBy(admin)
    await expect(publishAs(admin, own.id)).rejects.toThrow()
  })

  it('holds for server code acting as a user, with a message that says why', async () => {
    const doc = await draftBy(editor)
    await expect(publishAs(editor, doc.id, true)).rejects.toThrow(/Only a reviewer or an admin can publish/)
    const own = await draftBy(reviewer)
    await expect(publishAs(reviewer, own.id, true)).rejects.toThrow(/cannot publish your own work/)
    expect(await statusOf(own.id)).toBe('draft')
  })

  it('still lets everyone on staff save drafts of published content', async () => {
    const doc = await draftBy(editor)
    await publishAs(reviewer, doc.id)
    const edited = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'A better summary.', _status: 'draft' },
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    expect(edited.summary).toBe('A better summary.')
    // the published version stays what the reviewer published
    const live = await payload.findByID({ collection: 'resources', id: doc.id, overrideAccess: false, depth: 0 })
    expect(live.summary).toBe('S.')
  })
})

describe('the review is recorded on publish', () => {
  it('the reviewer who publishes an editor’s draft is recorded with the time, and the item is approved', async () => {
    const draft = await draftBy(editor)
    const before = Date.now()
    const published = await publishAs(reviewer, draft.id)
    const reviewedBy = typeof published.reviewedBy === 'object' ? published.reviewedBy?.id : published.reviewedBy
    expect(reviewedBy).toBe(reviewer.id)
    expect(new Date(published.reviewedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(published.lastReviewedAt).toBe(published.reviewedAt)
    expect(published.workflowStatus).toBe('approved')
    const author = typeof published.createdBy === 'object' ? published.createdBy?.id : published.createdBy
    expect(author).toBe(editor.id)
  })

  it('nobody can write the review fields through the API', async () => {
    const draft = await draftBy(editor)
    const updated = await payload.update({
      collection: 'resources',
      id: draft.id,
      data: {
        reviewedBy: otherReviewer.id,
        reviewedAt: '2020-01-01T00:00:00.000Z',
        lastReviewedAt: '2020-01-01T00:00:00.000Z',
      },
      user: editor,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(updated.reviewedBy ?? null).toBeNull()
    expect(updated.reviewedAt ?? null).toBeNull()
    expect(updated.lastReviewedAt ?? null).toBeNull()
  })

  it('a draft saved over a published item does not pretend to be reviewed again', async () => {
    const draft = await draftBy(editor)
    const published = await publishAs(reviewer, draft.id)
    const edited = await payload.update({
      collection: 'resources',
      id: draft.id,
      data: { summary: 'A substantive change, waiting for review.' },
      user: editor,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(edited.reviewedAt).toBe(published.reviewedAt)
  })
})
