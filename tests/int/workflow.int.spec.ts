/**
 * The review workflow (src/workflow): every allowed and refused `workflowStatus` transition per role
 * (editor author, other editor, reviewer author, other reviewer, admin), the note that requesting
 * changes needs, the staff-only review history, a substantive edit of published content going back
 * through review while the published version stays up, and the reviewer dashboard's counts.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, ServerProps, Where } from 'payload'
import { parse } from 'qs-esm'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ReviewDashboard } from '@/components/admin/ReviewDashboard'
import type { Resource, User } from '@/payload-types'
import { seedStaff } from '../helpers/accounts'
import { createDoc, createDraft } from '../helpers/content'
import { seedUser, withTestPayload } from '../helpers/payload'
import { resourceSteps } from '../helpers/resources'

let payload: Payload
let admin: User
let editorA: User
let editorB: User
let reviewerA: User
let reviewerB: User
let n = 0

type Status = 'draft' | 'in_review' | 'changes_requested' | 'approved'

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editorA, editorB, reviewerA, reviewerB } = await seedStaff(p, {
    admin: 'Ad Min',
    editorA: ['editor', 'Ed A'],
    editorB: ['editor', 'Ed B'],
    reviewerA: ['reviewer', 'Rev A'],
    reviewerB: ['reviewer', 'Rev B'],
  }))
})

const createBy = (user: User, workflowStatus: Status = 'draft') =>
  createDraft(
    payload,
    'resources',
    {
      title: `Workflow ${++n}`,
      url: `https://example.org/w/${n}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
      workflowStatus,
    },
    user,
    { depth: 0 },
  )
const { latest, live: published, publishAs, eventsOf, move } = resourceSteps(() => payload)

/** A resource by `author` in the given status, reached through the workflow. */
async function inStatus(author: User, status: Status): Promise<Resource> {
  if (status === 'draft' || status === 'in_review') return createBy(author, status)
  const doc = await createBy(author, 'in_review')
  const reviewer = String(author.id) === String(admin.id) ? reviewerB : admin
  return status === 'changes_requested'
    ? move(reviewer, doc.id, 'changes_requested', 'Please add a source.')
    : move(reviewer, doc.id, 'approved')
}

const roles = () => ({ editorA, editorB, reviewerA, reviewerB, admin })
type Who = keyof ReturnType<typeof roles>

// [from, to, actor, author, allowed]
const matrix: [Status, Status, Who, Who, boolean][] = [
  // submit for review
  ['draft', 'in_review', 'editorA', 'editorA', true],
  ['draft', 'in_review', 'editorB', 'editorA', true],
  ['draft', 'in_review', 'reviewerA', 'reviewerA', true],
  ['draft', 'in_review', 'reviewerB', 'editorA', false],
  ['draft', 'in_review', 'admin', 'editorA', true],
  ['changes_requested', 'in_review', 'editorA', 'editorA', true],
  ['changes_requested', 'in_review', 'editorB', 'editorA', true],
  ['changes_requested', 'in_review', 'reviewerB', 'editorA', false],
  // withdraw
  ['in_review', 'draft', 'editorA', 'editorA', true],
  ['in_review', 'draft', 'editorB', 'editorA', true],
  ['in_review', 'draft', 'reviewerA', 'reviewerA', true],
  ['in_review', 'draft', 'reviewerB', 'editorA', false],
  ['in_review', 'draft', 'admin', 'editorA', true],
  // request changes (with a note)
  ['in_review', 'changes_requested', 'editorA', 'editorA', false],
  ['in_review', 'changes_requested', 'editorB', 'editorA', false],
  ['in_review', 'changes_requested', 'reviewerA', 'reviewerA', false],
  ['in_review', 'changes_requested', 'reviewerB', 'editorA', true],
  ['in_review', 'changes_requested', 'reviewerB', 'reviewerA', true],
  ['in_review', 'changes_requested', 'admin', 'editorA', true],
  ['in_review', 'changes_requested', 'admin', 'admin', false],
  // approve
  ['in_review', 'approved', 'editorA', 'editorA', false],
  ['in_review', 'approved', 'editorB', 'editorA', false],
  ['in_review', 'approved', 'reviewerA', 'reviewerA', false],
  ['in_review', 'approved', 'reviewerB', 'editorA', true],
  ['in_review', 'approved', 'admin', 'reviewerA', true],
  ['in_review', 'approved', 'admin', 'admin', false],
  // approved only from review; changes only requested in review
  ['draft', 'approved', 'reviewerB', 'editorA', false],
  ['draft', 'approved', 'admin', 'editorA', false],
  ['changes_requested', 'approved', 'reviewerB', 'editorA', false],
  ['draft', 'changes_requested', 'reviewerB', 'editorA', false],
  ['changes_requested', 'draft', 'editorA', 'editorA', false],
]

describe('workflow transitions', () => {
  it.each(matrix)('%s → %s by %s on %s’s item: allowed %s', async (from, to, actor, author, allowed) => {
    const who = roles()
    const doc = await inStatus(who[author], from)
    expect((await latest(doc.id)).workflowStatus).toBe(from)
    const attempt = move(who[actor], doc.id, to, to === 'changes_requested' ? 'Needs a second source.' : undefined)
    if (allowed) {
      expect((await attempt).workflowStatus).toBe(to)
      expect((await latest(doc.id)).workflowStatus).toBe(to)
    } else {
      const err = await attempt.then(
        () => null,
        (e: unknown) => e as { status?: number; message: string },
      )
      expect(err, 'refused').not.toBeNull()
      expect([400, 403]).toContain(err!.status)
      expect(err!.message).toMatch(/review|approved|author|Changes|cannot move/i)
      expect((await latest(doc.id)).workflowStatus).toBe(from)
    }
  })

  it('a new item starts as draft or in review, never approved or changes requested', async () => {
    await expect(createBy(reviewerB, 'approved')).rejects.toMatchObject({ status: 400 })
    await expect(createBy(editorA, 'changes_requested')).rejects.toMatchObject({ status: 400 })
    expect((await createBy(editorA, 'in_review')).workflowStatus).toBe('in_review')
  })

  it('refusals say why, with the right status', async () => {
    const own = await createBy(reviewerA, 'in_review')
    await expect(move(reviewerA, own.id, 'approved')).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/your own work/),
    })
    await expect(move(editorB, own.id, 'approved')).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/Only a reviewer or an admin/),
    })
  })
})

describe('request changes', () => {
  it('needs a note, records it in the history, and shows it to the author', async () => {
    const doc = await createBy(editorA, 'in_review')
    await expect(move(reviewerB, doc.id, 'changes_requested')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/note/),
    })
    await expect(move(reviewerB, doc.id, 'changes_requested', '   ')).rejects.toMatchObject({ status: 400 })
    expect((await latest(doc.id)).workflowStatus).toBe('in_review')

    await move(reviewerB, doc.id, 'changes_requested', 'Cite the original study, please.')
    // the author reads the note with their own access
    const seen = await payload.findByID({
      collection: 'resources',
      id: doc.id,
      draft: true,
      user: editorA,
      overrideAccess: false,
      depth: 0,
    })
    expect(seen.workflowStatus).toBe('changes_requested')
    expect(seen.reviewNote).toBe('Cite the original study, please.')
    const events = await eventsOf(doc.id)
    const last = events.at(-1)!
    expect(last).toMatchObject({
      action: 'changes_requested',
      from: 'in_review',
      to: 'changes_requested',
      note: 'Cite the original study, please.',
    })
    expect(last.by).toBe(reviewerB.id)

    // a note alone is not a transition: it does not overwrite the reviewer's
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { reviewNote: 'nothing' },
      user: editorA,
      overrideAccess: false,
      draft: true,
    })
    expect((await latest(doc.id)).reviewNote).toBe('Cite the original study, please.')

    // resubmitting clears it from the document; the history keeps it
    const back = await move(editorA, doc.id, 'in_review', 'Added the study.')
    expect(back.reviewNote ?? null).toBeNull()
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'submitted',
      note: 'Added the study.',
      by: editorA.id,
    })
  })
  it('the admin form sending back the reviewer’s note on resubmission does not record it as the author’s', async () => {
    const doc = await createBy(editorA, 'in_review')
    await move(reviewerB, doc.id, 'changes_requested', 'Say who the guide is for.')
    // the admin's form holds the note the document has, and sends it with the author's resubmission
    const back = await move(editorA, doc.id, 'in_review', 'Say who the guide is for.')
    expect(back.reviewNote ?? null).toBeNull()
    const last = (await eventsOf(doc.id)).at(-1)!
    expect(last).toMatchObject({ action: 'submitted', by: editorA.id })
    expect(last.note ?? null).toBeNull()
    // the reviewer's words stay theirs in the history
    expect((await eventsOf(doc.id)).filter((e) => e.note === 'Say who the guide is for.').map((e) => e.by)).toEqual([
      reviewerB.id,
    ])
  })
})

describe('review history', () => {
  it('records every transition, the publish and the unpublish, in order, with who did it', async () => {
    const doc = await createBy(editorA)
    await move(editorA, doc.id, 'in_review')
    await move(reviewerB, doc.id, 'changes_requested', 'Shorter summary.')
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'Shorter.', workflowStatus: 'in_review' },
      user: editorA,
      overrideAccess: false,
      draft: true,
    })
    await publishAs(reviewerB, doc.id)
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { _status: 'draft' },
      user: admin,
      overrideAccess: false,
    })
    expect(await published(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    const events = await eventsOf(doc.id)
    expect(events.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['submitted', 'draft', 'in_review', editorA.id],
      ['changes_requested', 'in_review', 'changes_requested', reviewerB.id],
      ['submitted', 'changes_requested', 'in_review', editorA.id],
      ['published', 'in_review', 'approved', reviewerB.id],
      // unpublishing ends the approval (tests/int/workflow-admin.int.spec.ts)
      ['unpublished', 'approved', 'draft', admin.id],
    ])
    expect(events.every((e) => e.title === doc.title && e.collectionSlug === 'resources')).toBe(true)
  })

  it('saves without a transition write nothing; server code without a user writes nothing', async () => {
    const doc = await createBy(editorA)
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'Typo fixed.' },
      user: editorA,
      overrideAccess: false,
      draft: true,
    })
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { workflowStatus: 'in_review' },
      overrideAccess: true,
      draft: true,
    })
    expect(await eventsOf(doc.id)).toEqual([])
  })

  it('the public never reads it, and nobody writes it through the API', async () => {
    const doc = await createBy(editorA, 'in_review')
    await expect(payload.find({ collection: 'review-events', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.findByID({ collection: 'review-events', id: (await eventsOf(doc.id))[0]!.id, overrideAccess: false }),
    ).rejects.toThrow()
    expect(
      (await payload.find({ collection: 'review-events', user: editorA, overrideAccess: false })).totalDocs,
    ).toBeGreaterThan(0)
    for (const user of [editorA, reviewerB, admin]) {
      await expect(
        payload.create({
          collection: 'review-events',
          data: { collectionSlug: 'resources', docId: String(doc.id), action: 'approved' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const event = (await eventsOf(doc.id))[0]!
      await expect(
        payload.update({ collection: 'review-events', id: event.id, data: { note: 'x' }, user, overrideAccess: false }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ collection: 'review-events', id: event.id, user, overrideAccess: false }),
      ).rejects.toThrow()
    }
  })

  it('anonymous readers of published content never see the review note', async () => {
    const doc = await createBy(editorA, 'in_review')
    await publishAs(reviewerB, doc.id)
    // server code leaves a note on the published document
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { reviewNote: 'internal' },
      overrideAccess: true,
    })
    const anon = await payload.findByID({ collection: 'resources', id: doc.id, overrideAccess: false, depth: 0 })
    expect(anon._status).toBe('published')
    expect(anon.reviewNote).toBeUndefined()
    const staff = await payload.findByID({
      collection: 'resources',
      id: doc.id,
      user: editorA,
      overrideAccess: false,
      depth: 0,
    })
    expect(staff.reviewNote).toBe('internal')
  })
})

describe('a substantive edit to published content', () => {
  it('goes back to draft as a new version while the published version stays up', async () => {
    const doc = await createBy(editorA, 'in_review')
    const live = await publishAs(reviewerB, doc.id)
    expect(live.workflowStatus).toBe('approved')
    // the admin form sends the whole document, status included
    const edited = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { ...live, summary: 'A new take.', workflowStatus: 'approved', _status: 'draft' },
      user: editorA,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(edited.summary).toBe('A new take.')
    expect(edited.workflowStatus).toBe('draft')
    expect((await latest(doc.id)).workflowStatus).toBe('draft')
    const stillLive = await published(doc.id)
    expect(stillLive).toMatchObject({
      _status: 'published',
      summary: 'S.',
      workflowStatus: 'approved',
      updatedAt: live.updatedAt,
    })
    const anon = await payload.findByID({ collection: 'resources', id: doc.id, overrideAccess: false, depth: 0 })
    expect(anon.summary).toBe('S.')
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'reopened',
      from: 'approved',
      to: 'draft',
      by: editorA.id,
    })

    // the author submits the edit; the reviewer publishes it
    await move(editorA, doc.id, 'in_review')
    expect((await publishAs(reviewerB, doc.id)).summary).toBe('A new take.')
    expect((await published(doc.id)).workflowStatus).toBe('approved')
  })

  it('keeps in_review when the author sends it for review with the edit, by anyone on staff', async () => {
    for (const user of [editorA, editorB, reviewerB]) {
      const doc = await createBy(editorA, 'in_review')
      await publishAs(admin, doc.id)
      const edited = await payload.update({
        collection: 'resources',
        id: doc.id,
        data: { summary: `Edited by ${user.name}.`, workflowStatus: 'in_review' },
        user,
        overrideAccess: false,
        draft: true,
        depth: 0,
      })
      expect(edited.workflowStatus).toBe('in_review')
      expect((await published(doc.id)).summary).toBe('S.')
    }
  })

  it('a save that changes no content keeps the item approved', async () => {
    const doc = await createBy(editorA, 'in_review')
    const live = await publishAs(reviewerB, doc.id)
    const same = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { title: live.title, summary: live.summary, url: live.url, workflowStatus: 'approved' },
      user: editorA,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(same.workflowStatus).toBe('approved')
  })
})

describe('reviewer dashboard', () => {
  const countsFor = async (user: User) => {
    const html = renderToStaticMarkup((await ReviewDashboard({ payload, user } as ServerProps))!)
    const count = (key: string) => {
      const m = html.match(new RegExp(`data-count="${key}">(\\d+)<`))
      return m ? Number(m[1]) : null
    }
    return {
      html,
      waiting: count('waiting'),
      drafts: count('drafts'),
      changes: count('changes'),
      stale: count('stale'),
    }
  }

  it('counts what is waiting, mine, sent back and stale, with the viewer’s access', async () => {
    const reviewer = await seedUser(payload, ['reviewer'], 'Dash Rev')
    const editor = await seedUser(payload, ['editor'], 'Dash Ed')
    const r0 = await countsFor(reviewer)
    const e0 = await countsFor(editor)
    expect(e0.waiting).toBeNull() // editors review nothing
    expect(e0.drafts).toBe(0)
    expect(r0.drafts).toBe(0)

    // the editor: two drafts, one in review, one with changes requested
    await createBy(editor)
    await createBy(editor)
    await createBy(editor, 'in_review')
    const sent = await createBy(editor, 'in_review')
    await move(reviewer, sent.id, 'changes_requested', 'More detail.')
    // the reviewer's own item in review is not waiting for them
    await createBy(reviewer, 'in_review')
    // stale: published by server code, reviewed 400 days ago, or never reviewed and 400 days old; fresh: published by a reviewer now
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString()
    await createDoc(payload, 'resources', {
      title: 'Old one',
      url: 'https://example.org/old',
      summary: 'S.',
      kind: 'article',
      language: 'en',
      _status: 'published',
      lastReviewedAt: old,
    })
    const never = await createDoc(payload, 'resources', {
      title: 'Never reviewed',
      url: 'https://example.org/never',
      summary: 'S.',
      kind: 'article',
      language: 'en',
      _status: 'published',
    })
    // never reviewed but only just added (a fresh install's seeded content): not stale yet
    await createDoc(payload, 'resources', {
      title: 'New, never reviewed',
      url: 'https://example.org/new-never',
      summary: 'S.',
      kind: 'article',
      language: 'en',
      _status: 'published',
    })
    // the never-reviewed one has been here 400 days (server code: no hook stamps a review)
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    await db.execute(sql`update resources set created_at = ${old}::timestamptz where id = ${never.id}`)
    await db.execute(
      sql`update _resources_v set version_created_at = ${old}::timestamptz where parent_id = ${never.id}`,
    )
    const fresh = await createBy(editor, 'in_review')
    await publishAs(admin, fresh.id)

    const r1 = await countsFor(reviewer)
    const e1 = await countsFor(editor)
    expect(r1.waiting! - r0.waiting!).toBe(1) // the editor's one still in review: not the one sent back, the published one or the reviewer's own
    expect(e1.drafts).toBe(3) // two drafts and the one with changes requested
    expect(e1.changes).toBe(1)
    expect(r1.drafts).toBe(0)
    expect(r1.changes).toBe(0)
    expect(r1.stale! - r0.stale!).toBe(2)
    expect(e1.stale).toBe(r1.stale)

    // each link opens the list filtered the same way, as the admin parses its URL
    const hrefs = [...e1.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    const draftsLink = hrefs.find((h) => h.startsWith('/admin/collections/resources?') && h.includes('draft'))!
    expect(draftsLink).toBeTruthy()
    const where = (parse(draftsLink.split('?')[1]!, { depth: 10 }) as { where: Where }).where
    const listed = await payload.find({
      collection: 'resources',
      where,
      draft: true,
      user: editor,
      overrideAccess: false,
      limit: 100,
      depth: 0,
    })
    expect(listed.totalDocs).toBe(3)
  })
})
