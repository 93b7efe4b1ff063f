/**
 * The admin offers only what the server accepts (issue 7): the workflow status select's options for
 * every role / author / saved status, each checked against what the server then does with that move;
 * the status field's server component (it reads the SAVED document, not the form's data) and what its
 * client part renders; unpublishing ending the approval (back to draft, said in the review history)
 * while a draft saved over published content leaves the published version approved and live; and the
 * review history panel as staff see it (and nobody else).
 *
 * Payload's client components cannot be imported under Node (their CSS), so `@payloadcms/ui` is
 * replaced here by stand-ins that render the select's options as plain HTML; the rest is real: Payload
 * on PostgreSQL, the hooks, the rules, the server component.
 */
import type { Payload } from 'payload'
import { createElement, isValidElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ReviewHistory } from '@/components/admin/ReviewHistory'
import { WorkflowStatusField } from '@/components/admin/WorkflowStatusField'
import { WorkflowStatusSelect, type WorkflowStatusSelectProps } from '@/components/admin/WorkflowStatusSelect'
import type { Resource, User } from '@/payload-types'
import { UNPUBLISHED_NOTE } from '@/workflow/hooks'
import { allowedStatuses, STATUSES, waitingFor, type WorkflowStatus } from '@/workflow/rules'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { resourceSteps } from '../helpers/resources'
import { restJson } from '../helpers/rest'

// the form and document context the client part reads, set per test
const form = vi.hoisted(() => ({ savedData: undefined as Partial<Resource> | undefined, value: undefined as unknown }))
vi.mock('@payloadcms/ui', async () => {
  const { createElement: h } = await import('react')
  type Option = string | { label: unknown; value: string }
  return {
    useDocumentInfo: () => ({ data: form.savedData }),
    useField: () => ({ value: form.value, setValue: () => undefined }),
    SelectField: ({
      field,
      path,
      readOnly,
    }: {
      field: { options: Option[]; admin?: { description?: string } }
      path: string
      readOnly?: boolean
    }) =>
      h(
        'select',
        { name: path, disabled: Boolean(readOnly), 'data-description': field.admin?.description ?? '' },
        field.options.map((o) =>
          typeof o === 'string'
            ? h('option', { key: o, value: o }, o)
            : h('option', { key: o.value, value: o.value }, String(o.label)),
        ),
      ),
  }
})

let payload: Payload
let admin: User
let editorA: User
let editorB: User
let reviewerA: User
let reviewerB: User
let editorReviewer: User
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editorA, editorB, reviewerA, reviewerB, editorReviewer } = await seedStaff(p, {
    admin: 'Ad Min',
    editorA: ['editor', 'Ed A'],
    editorB: ['editor', 'Ed B'],
    reviewerA: ['reviewer', 'Rev A'],
    reviewerB: ['reviewer', 'Rev B'],
    editorReviewer: [['editor', 'reviewer'], 'Ed Rev'],
  }))
})
beforeEach(() => {
  form.savedData = undefined
  form.value = undefined
})

const createBy = (user: User, workflowStatus: 'draft' | 'in_review' = 'draft') =>
  createDraft(
    payload,
    'resources',
    {
      title: `Admin workflow ${++n}`,
      url: `https://example.org/aw/${n}`,
      summary: 'S.',
      kind: 'article',
      language: 'en',
      workflowStatus,
    },
    user,
    { depth: 0 },
  )
const { latest, live: main, publishAs, eventsOf, move } = resourceSteps(() => payload)
/** what the admin's Unpublish button does: PATCH { _status: 'draft' } without `draft=true` */
const unpublishAs = (user: User, id: number, extra: Partial<Resource> = {}) =>
  payload.update({
    collection: 'resources',
    id,
    data: { _status: 'draft', ...extra },
    user,
    overrideAccess: false,
    depth: 0,
  })
const anonymousRead = (id: number) =>
  payload.findByID({ collection: 'resources', id, overrideAccess: false, depth: 0 }).then(
    (doc) => doc,
    () => null,
  )
/** A PATCH through Payload's REST route, as the admin sends it, signed in as `user`. */
async function patch(user: User, id: number, body: Record<string, unknown>, query: string) {
  const token = await loginToken(payload, user)
  const { status, body: json } = await restJson<{ doc?: Resource }>('PATCH', `/api/resources/${id}?${query}`, {
    token,
    json: body,
  })
  return { status, json }
}

const roles = () => ({ editorA, editorB, reviewerA, reviewerB, admin, editorReviewer })
type Who = keyof ReturnType<typeof roles>

/** A resource by `author` in the given saved status, reached through the workflow. */
async function inStatus(author: User, status: WorkflowStatus): Promise<Resource> {
  if (status === 'draft' || status === 'in_review') return createBy(author, status)
  const doc = await createBy(author, 'in_review')
  const reviewer = String(author.id) === String(admin.id) ? reviewerB : admin
  if (status === 'changes_requested') return move(reviewer, doc.id, 'changes_requested', 'Please add a source.')
  return publishAs(reviewer, doc.id) // approved: by publishing, the usual way
}

// [saved status (null: not saved yet), viewer, author, statuses offered, waiting line]
const offers: [WorkflowStatus | null, Who, Who, WorkflowStatus[], RegExp | null][] = [
  [null, 'editorA', 'editorA', ['draft', 'in_review'], null],
  [null, 'reviewerB', 'reviewerB', ['draft', 'in_review'], null],
  [null, 'admin', 'admin', ['draft', 'in_review'], null],

  ['draft', 'editorA', 'editorA', ['draft', 'in_review'], null],
  ['draft', 'editorB', 'editorA', ['draft', 'in_review'], null],
  ['draft', 'reviewerA', 'reviewerA', ['draft', 'in_review'], null],
  ['draft', 'reviewerB', 'editorA', ['draft'], /Waiting for the author .*submit it for review/],
  ['draft', 'admin', 'editorA', ['draft', 'in_review'], null],
  ['draft', 'editorReviewer', 'editorA', ['draft', 'in_review'], null],

  ['in_review', 'editorA', 'editorA', ['draft', 'in_review'], /^Waiting for a reviewer other than the author\.$/],
  ['in_review', 'editorB', 'editorA', ['draft', 'in_review'], /^Waiting for a reviewer other than the author\.$/],
  [
    'in_review',
    'reviewerA',
    'reviewerA',
    ['draft', 'in_review'],
    /reviewer other than the author: you cannot review your own work/,
  ],
  ['in_review', 'reviewerB', 'editorA', ['in_review', 'changes_requested', 'approved'], null],
  ['in_review', 'reviewerB', 'reviewerA', ['in_review', 'changes_requested', 'approved'], null],
  ['in_review', 'admin', 'editorA', ['draft', 'in_review', 'changes_requested', 'approved'], null],
  ['in_review', 'admin', 'admin', ['draft', 'in_review'], /you cannot review your own work/],
  ['in_review', 'editorReviewer', 'editorA', ['draft', 'in_review', 'changes_requested', 'approved'], null],
  ['in_review', 'editorReviewer', 'editorReviewer', ['draft', 'in_review'], /you cannot review your own work/],

  ['changes_requested', 'editorA', 'editorA', ['in_review', 'changes_requested'], null],
  ['changes_requested', 'editorB', 'editorA', ['in_review', 'changes_requested'], null],
  [
    'changes_requested',
    'reviewerB',
    'editorA',
    ['changes_requested'],
    /Waiting for the author .*make the changes and resubmit/,
  ],
  ['changes_requested', 'admin', 'editorA', ['in_review', 'changes_requested'], null],

  ['approved', 'editorA', 'editorA', ['draft', 'in_review', 'approved'], null],
  ['approved', 'reviewerB', 'editorA', ['draft', 'in_review', 'approved'], null],
  ['approved', 'admin', 'editorA', ['draft', 'in_review', 'approved'], null],
]

describe('the statuses the status select offers', () => {
  it.each(offers)('saved %s, viewed by %s on %s’s item: offers %j', (from, viewer, author, expected, waiting) => {
    const who = roles()
    expect(allowedStatuses(who[viewer], who[author].id, from)).toEqual(expected)
    const line = waitingFor(who[viewer], who[author].id, from)
    if (waiting) expect(line).toMatch(waiting)
    else expect(line).toBeNull()
  })

  // the point of it all: the server accepts every status offered and refuses every one withheld
  it.each(offers.filter(([from]) => from !== null))(
    'saved %s, %s on %s’s item: the server agrees with the offer',
    async (from, viewer, author, expected) => {
      const who = roles()
      for (const to of STATUSES.filter((s) => s !== from)) {
        const doc = await inStatus(who[author], from!)
        const attempt = move(who[viewer], doc.id, to, to === 'changes_requested' ? 'Needs a second source.' : undefined)
        const outcome = await attempt.then(
          (d) => d.workflowStatus,
          (e: { status?: number }) => e.status,
        )
        if (expected.includes(to)) expect(outcome, `${from} → ${to} offered, so accepted`).toBe(to)
        else expect([400, 403], `${from} → ${to} withheld, so refused`).toContain(outcome)
      }
    },
  )

  it('a new item is offered draft or in review, whoever creates it, and the server agrees', async () => {
    for (const user of [editorA, reviewerB, admin]) {
      expect(allowedStatuses(user, user.id, null)).toEqual(['draft', 'in_review'])
      await expect(createBy(user, 'in_review')).resolves.toMatchObject({ workflowStatus: 'in_review' })
    }
    await expect(
      createDraft(
        payload,
        'resources',
        {
          title: 'Approved at once',
          url: 'https://example.org/aw/x',
          summary: 'S.',
          kind: 'article',
          language: 'en',
          workflowStatus: 'approved',
        },
        admin,
      ),
    ).rejects.toMatchObject({ status: 400 })
  })
})

/** The status field as the admin's form renders it: the server component, then its client part. */
async function renderStatusField(user: User | null, doc: { id?: number; data?: Partial<Resource> }) {
  const clientField = {
    name: 'workflowStatus',
    type: 'select' as const,
    required: true,
    options: STATUSES.map((value) => ({ value, label: value })),
    admin: { description: 'Lists only the moves you can make.' },
  }
  // only the props the component reads (Payload passes many more)
  const element = (await WorkflowStatusField({
    clientField,
    collectionSlug: 'resources',
    data: doc.data ?? {},
    id: doc.id,
    path: 'workflowStatus',
    payload,
    readOnly: false,
    req: { user, payload },
    user,
  } as never)) as ReactElement<WorkflowStatusSelectProps> | null
  if (!element) return null
  expect(isValidElement(element)).toBe(true)
  expect(element.type).toBe(WorkflowStatusSelect)
  const html = renderToStaticMarkup(element)
  const offered = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])
  return { props: element.props, html, offered, readOnly: /<select[^>]* disabled=""/.test(html) }
}

describe('Duplicate', () => {
  it('copies approved or sent-back content as a new draft, without the original’s note, which the server accepts', async () => {
    const approved = await inStatus(editorA, 'approved')
    const sentBack = await inStatus(editorA, 'changes_requested')
    for (const original of [approved, sentBack]) {
      // (a copy needs its own slug: the slug field does not make one on duplicate)
      const copy = await payload.duplicate({
        collection: 'resources',
        id: original.id,
        data: { slug: `copy-of-${original.id}` },
        user: editorB,
        overrideAccess: false,
        draft: true,
        depth: 0,
      })
      expect(copy.id).not.toBe(original.id)
      expect(copy).toMatchObject({ _status: 'draft', workflowStatus: 'draft', createdBy: editorB.id })
      expect(copy.reviewNote ?? null).toBeNull()
      expect(allowedStatuses(editorB, copy.createdBy, copy.workflowStatus)).toEqual(['draft', 'in_review'])
    }
    // the originals are untouched
    expect(await main(approved.id)).toMatchObject({ _status: 'published', workflowStatus: 'approved' })
    expect(await latest(sentBack.id)).toMatchObject({
      workflowStatus: 'changes_requested',
      reviewNote: 'Please add a source.',
    })
  })
})

describe('the status field component', () => {
  it('offers the moves on the saved document, read-only with a reason when there are none', async () => {
    const doc = await createBy(editorA, 'in_review')

    const reviewer = (await renderStatusField(reviewerB, { id: doc.id, data: doc }))!
    expect(reviewer.offered).toEqual(['in_review', 'changes_requested', 'approved'])
    expect(reviewer.readOnly).toBe(false)
    expect(reviewer.html).not.toContain('Waiting for')
    expect(reviewer.html).toContain('data-description="Lists only the moves you can make."')

    const author = (await renderStatusField(editorA, { id: doc.id, data: doc }))!
    expect(author.offered).toEqual(['draft', 'in_review'])
    expect(author.html).toContain('Waiting for a reviewer other than the author.')

    const draft = await createBy(editorA)
    const stuck = (await renderStatusField(reviewerB, { id: draft.id, data: draft }))!
    expect(stuck.offered).toEqual(['draft'])
    expect(stuck.readOnly).toBe(true)
    expect(stuck.html).toMatch(
      /role="note"[^>]*>Waiting for the author \(or an editor or admin\) to submit it for review\./,
    )
  })

  it('reads the status and author as saved, not the form’s data', async () => {
    const doc = await createBy(editorA, 'in_review')
    // the form says the reviewer wrote it and it is approved: the database says editor A's, in review
    const rendered = (await renderStatusField(reviewerB, {
      id: doc.id,
      data: { ...doc, workflowStatus: 'approved', createdBy: reviewerB.id },
    }))!
    expect(rendered.props.saved).toMatchObject({ status: 'in_review', author: editorA.id, updatedAt: doc.updatedAt })
    expect(rendered.offered).toEqual(['in_review', 'changes_requested', 'approved'])
  })

  it('before the first save offers draft and in review; nothing renders without a user', async () => {
    const rendered = (await renderStatusField(reviewerB, {}))!
    expect(rendered.props.saved).toEqual({ status: null, author: reviewerB.id, updatedAt: null })
    expect(rendered.offered).toEqual(['draft', 'in_review'])
    expect(await renderStatusField(null, {})).toBeNull()
  })

  it('after a save in the same view, offers the moves from what was saved then', async () => {
    const doc = await createBy(editorA, 'in_review')
    // only the props the component reads (as in renderStatusField)
    const element = (await WorkflowStatusField({
      clientField: {
        name: 'workflowStatus',
        type: 'select',
        options: STATUSES.map((value) => ({ value, label: value })),
      },
      collectionSlug: 'resources',
      data: doc,
      id: doc.id,
      path: 'workflowStatus',
      payload,
      req: { user: reviewerB, payload },
      user: reviewerB,
    } as never)) as ReactElement<WorkflowStatusSelectProps>
    // the reviewer approves it by publishing; the form is not rendered on the server again, but its saved data is the new document
    const published = await publishAs(reviewerB, doc.id)
    form.savedData = published
    form.value = 'approved'
    const html = renderToStaticMarkup(createElement(WorkflowStatusSelect, element.props))
    expect([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(['draft', 'in_review', 'approved'])
    // an older copy of the saved data does not win over what the server read
    form.savedData = { ...doc, workflowStatus: 'draft', updatedAt: '2000-01-01T00:00:00.000Z' }
    const again = renderToStaticMarkup(createElement(WorkflowStatusSelect, element.props))
    expect([...again.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'in_review',
      'changes_requested',
      'approved',
    ])
  })
})

describe('unpublishing', () => {
  it('ends the approval: back to draft everywhere, off the site, and the history says it must be reviewed again', async () => {
    const doc = await createBy(editorA, 'in_review')
    const live = await publishAs(reviewerB, doc.id)
    expect(live).toMatchObject({ _status: 'published', workflowStatus: 'approved' })

    const result = await unpublishAs(admin, doc.id)
    expect(result).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(await main(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(await latest(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(await anonymousRead(doc.id)).toBeNull()

    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'unpublished',
      from: 'approved',
      to: 'draft',
      note: UNPUBLISHED_NOTE,
      by: admin.id,
    })
    expect(UNPUBLISHED_NOTE).toMatch(/reviewed again/)

    // the admin now offers the author what a draft allows, the server refuses approving it without a review
    const field = (await renderStatusField(editorA, { id: doc.id, data: live }))! // Payload's Unpublish resets the form with the old data
    expect(field.offered).toEqual(['draft', 'in_review'])
    await expect(move(reviewerB, doc.id, 'approved')).rejects.toMatchObject({ status: 400 })
    // through review again, and back on the site
    await move(editorA, doc.id, 'in_review')
    await publishAs(reviewerB, doc.id)
    expect(await main(doc.id)).toMatchObject({ _status: 'published', workflowStatus: 'approved' })
    expect((await eventsOf(doc.id)).map((e) => e.action).slice(-3)).toEqual(['unpublished', 'submitted', 'published'])
  })

  it('keeps the note sent with the unpublish in the history', async () => {
    const doc = await createBy(editorA, 'in_review')
    await publishAs(reviewerB, doc.id)
    await unpublishAs(reviewerB, doc.id, { reviewNote: 'The linked study was retracted.' })
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'unpublished',
      to: 'draft',
      note: 'The linked study was retracted.',
      by: reviewerB.id,
    })
  })

  it('leaves an edit that is waiting for review in review', async () => {
    const doc = await createBy(editorA, 'in_review')
    await publishAs(reviewerB, doc.id)
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'Edited.', workflowStatus: 'in_review' },
      user: editorA,
      overrideAccess: false,
      draft: true,
    })
    await unpublishAs(admin, doc.id)
    expect(await main(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'in_review', summary: 'Edited.' })
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'unpublished',
      from: 'in_review',
      to: 'in_review',
      note: null,
    })
  })

  it('a draft saved over published content is not an unpublish: the published version stays approved and live', async () => {
    const doc = await createBy(editorA, 'in_review')
    const live = await publishAs(reviewerB, doc.id)
    const before = (await eventsOf(doc.id)).length

    // the admin's "Save draft" with nothing changed: `_status: 'draft'`, like an unpublish, but as a draft
    const same = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { ...live, _status: 'draft' },
      user: editorA,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(same.workflowStatus).toBe('approved')
    expect(await main(doc.id)).toMatchObject({
      _status: 'published',
      workflowStatus: 'approved',
      updatedAt: live.updatedAt,
    })
    expect(await eventsOf(doc.id)).toHaveLength(before)

    // a real edit saved as a draft: a new draft goes back through review, the published version stays up
    const edited = await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { ...live, summary: 'A new take.', _status: 'draft' },
      user: editorA,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    expect(edited).toMatchObject({ _status: 'draft', workflowStatus: 'draft', summary: 'A new take.' })
    expect(await latest(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft', summary: 'A new take.' })
    expect(await main(doc.id)).toMatchObject({
      _status: 'published',
      workflowStatus: 'approved',
      summary: 'S.',
      updatedAt: live.updatedAt,
    })
    expect(await anonymousRead(doc.id)).toMatchObject({ summary: 'S.' })
    const events = await eventsOf(doc.id)
    expect(events).toHaveLength(before + 1)
    expect(events.at(-1)).toMatchObject({ action: 'reopened', from: 'approved', to: 'draft', by: editorA.id })
  })
})

describe('unpublishing through the REST API, as the admin’s buttons send it', () => {
  it('“Save draft” (draft=true) keeps the published version approved; “Unpublish” (no draft) sends it back to draft', async () => {
    const doc = await createBy(editorA, 'in_review')
    const live = await publishAs(reviewerB, doc.id)

    const saved = await patch(editorA, doc.id, { ...live, _status: 'draft' }, 'draft=true&depth=0')
    expect(saved.status).toBe(200)
    expect(saved.json.doc).toMatchObject({ _status: 'draft', workflowStatus: 'approved' })
    expect(await main(doc.id)).toMatchObject({ _status: 'published', workflowStatus: 'approved' })

    const unpublished = await patch(admin, doc.id, { _status: 'draft' }, 'depth=0&fallback-locale=null')
    expect(unpublished.status).toBe(200)
    expect(unpublished.json.doc).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(await main(doc.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(await anonymousRead(doc.id)).toBeNull()
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({
      action: 'unpublished',
      from: 'approved',
      to: 'draft',
      note: UNPUBLISHED_NOTE,
      by: admin.id,
    })
  })
})

describe('the review history panel', () => {
  const history = async (user: unknown, doc: Resource) => {
    const latestDoc = await latest(doc.id)
    // only the props the panel reads, and whatever `user` a test passes (not always a user)
    const element = await ReviewHistory({
      payload,
      data: latestDoc,
      collectionSlug: 'resources',
      id: doc.id,
      user,
    } as never)
    return element ? renderToStaticMarkup(element) : null
  }

  it('shows staff who did what, when, with the note; the author sees the changes requested', async () => {
    const doc = await createBy(editorA)
    await move(editorA, doc.id, 'in_review', 'Ready when you are.')
    await move(reviewerB, doc.id, 'changes_requested', 'Cite the original study, please.')
    const events = await eventsOf(doc.id)
    expect(events).toHaveLength(2)

    const html = (await history(editorA, doc))!
    expect(html).toContain('data-testid="review-history"')
    // the pending request, for the author
    expect(html).toMatch(
      /<h3 id="ah-review-note">Changes requested<\/h3><p class="ah-mod-quote">Cite the original study, please\.<\/p>/,
    )
    // newest first: what, to which state, who, when (UTC, to the minute), the note
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!)
    expect(items).toHaveLength(2)
    const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
    expect(items[0]).toContain('<strong>Changes requested</strong>')
    expect(items[0]).not.toContain('→ Changes requested')
    expect(items[0]).toContain(`by Rev B, ${when(events[1]!.createdAt)}`)
    expect(items[0]).toContain('“Cite the original study, please.”')
    expect(items[1]).toContain('<strong>Submitted for review</strong> → In review')
    expect(items[1]).toContain(`by Ed A, ${when(events[0]!.createdAt)}`)
    expect(items[1]).toContain('“Ready when you are.”')

    // every staff role reads the same history
    for (const user of [reviewerB, admin, editorB]) expect(await history(user, doc)).toBe(html)
  })

  it('shows the unpublish and why it went back to draft', async () => {
    const doc = await createBy(editorA, 'in_review')
    await publishAs(reviewerB, doc.id)
    await unpublishAs(admin, doc.id)
    const html = (await history(editorA, doc))!
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!)
    expect(items[0]).toContain('<strong>Unpublished</strong> → Draft')
    expect(items[0]).toContain('by Ad Min')
    expect(items[0]).toContain(`“${UNPUBLISHED_NOTE}”`)
    expect(items[1]).toContain('<strong>Published</strong> → Approved')
  })

  it('never renders for anyone who is not staff', async () => {
    const doc = await createBy(editorA, 'in_review')
    await move(reviewerB, doc.id, 'changes_requested', 'Private note.')
    for (const user of [
      null,
      undefined,
      { id: 999_999, roles: [], collection: 'users' },
      { id: 999_998, roles: null, collection: 'users' },
    ]) {
      expect(await history(user, doc)).toBeNull()
    }
  })

  it('before the first save, says so', async () => {
    // only the props the panel reads
    const element = await ReviewHistory({ payload, data: {}, collectionSlug: 'resources', user: editorA } as never)
    expect(renderToStaticMarkup(element!)).toContain('Save the document first.')
  })
})
