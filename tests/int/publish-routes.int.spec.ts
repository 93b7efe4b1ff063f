/**
 * The publish rule (a reviewer or admin who is not the author publishes) on the routes besides a
 * plain save, per role (editor, author-reviewer, other reviewer, admin, admin-author):
 *
 * - restoring a version (local API with the user's access, and REST as the admin panel calls it),
 *   as published or as a draft (payload#5224: a draft restore is a draft, whatever the old version was);
 * - scheduled publish and unpublish on Payload's jobs queue: scheduling and cancelling through the
 *   `schedule-publish` server function (ours, which checks, then hands over to Payload's), refused for
 *   those who may not publish; running the due jobs, which publish as the scheduling user and are
 *   refused at run time too, even when queued through Payload's unchecked handler or by server code;
 *   and expiring the public pages' cache from the job, outside any request.
 */
import { PUBLISH_REFUSED } from '@/access/publishing'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { schedulePublishServerFunction } from '@/workflow/schedule'
import { DEFAULT_SCHEDULE_CRON, jobsScheduleCron, QUEUES } from '@/jobs/settings'
import type { Resource, User } from '@/payload-types'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { resourceSteps } from '../helpers/resources'
import { restJson } from '../helpers/rest'
import { idOf } from '@/lib/ids'

let payload: Payload
let admin: User
let adminAuthor: User
let editor: User
let authorReviewer: User
let otherReviewer: User
let n = 0

withTestPayload(async (p) => {
  payload = p
  ;({ admin, adminAuthor, editor, authorReviewer, otherReviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    adminAuthor: ['admin', 'Alex Admin-Author'],
    editor: 'Eddie Editor',
    authorReviewer: ['reviewer', 'Rae Author-Reviewer'],
    otherReviewer: ['reviewer', 'Rowan Other-Reviewer'],
  }))
})

const draftBy = (user: User, summary = 'First summary.') =>
  createDraft(
    payload,
    'resources',
    {
      title: `Route ${++n}`,
      url: `https://example.org/routes/${n}`,
      summary,
      kind: 'article',
      language: 'en',
    },
    user,
    { depth: 0 },
  )
const { latest, live, publishAs, editDraft, versionsOf } = resourceSteps(() => payload)

/**
 * A resource by `author` with two published versions: "First summary." (published by a reviewer
 * who is not the author), then "Second summary." (live now). Returns it and the first published version.
 */
async function withHistory(author: User) {
  const publisher = String(author.id) === String(otherReviewer.id) ? admin : otherReviewer
  const doc = await draftBy(author)
  await publishAs(publisher, doc.id)
  await editDraft(author, doc.id, { summary: 'Second summary.' })
  const second = await publishAs(publisher, doc.id)
  const first = (await versionsOf(doc.id)).find(
    (v) => v.version._status === 'published' && v.version.summary === 'First summary.',
  )!
  expect(first, 'the first published version').toBeTruthy()
  expect(second.summary).toBe('Second summary.')
  return { id: doc.id, versionId: String(first.id), second: second as Resource, publisher }
}

/** Restore as published, with the user's access (Payload 3.90's local API has no `draft` option: see restoreAsDraft). */
const restore = (user: User, versionId: string) =>
  payload.restoreVersion({
    collection: 'resources',
    id: versionId,
    user,
    overrideAccess: false,
    depth: 0,
  }) as Promise<Resource>

/** POST through the app's REST route handler, as the admin panel calls it (anonymous without a user). */
const restPost = async (path: string, user: User | null, body?: unknown) =>
  restJson('POST', path, { token: user && (await loginToken(payload, user)), json: body ?? {} })

/** PATCH through the app's REST route handler, as the admin's Publish button sends it. */
const restPatch = async (path: string, user: User, body: unknown) =>
  restJson<{ errors?: { message: string }[] }>('PATCH', path, { token: await loginToken(payload, user), json: body })

/** The admin's "Restore as draft": REST with ?draft=true. */
const restoreAsDraft = (user: User, versionId: string) =>
  restPost(`/api/resources/versions/${versionId}?draft=true`, user)

/** Authorship moved behind the API's back (say, a data fix by an admin): the document and its latest version. */
async function moveAuthorship(id: number, to: User) {
  await payload.db.updateOne({ collection: 'resources', id, data: { createdBy: to.id } })
  const [newest] = (
    await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
      depth: 0,
    })
  ).docs
  await payload.db.drizzle.execute(
    sql`update "_resources_v" set "version_created_by_id" = ${to.id} where "id" = ${newest!.id}`,
  )
}

// ------------------------------------------------------------------ restoring a version

type Role = 'editor' | 'author-reviewer' | 'other reviewer' | 'admin (not the author)' | 'admin (the author)'
const ROLES: { role: Role; actor: () => User; author: () => User; mayPublish: boolean }[] = [
  { role: 'editor', actor: () => editor, author: () => authorReviewer, mayPublish: false },
  { role: 'author-reviewer', actor: () => authorReviewer, author: () => authorReviewer, mayPublish: false },
  { role: 'other reviewer', actor: () => otherReviewer, author: () => authorReviewer, mayPublish: true },
  { role: 'admin (not the author)', actor: () => admin, author: () => authorReviewer, mayPublish: true },
  { role: 'admin (the author)', actor: () => adminAuthor, author: () => adminAuthor, mayPublish: false },
]

describe.each(ROLES)('restoring a version as $role', ({ actor, author, mayPublish }) => {
  it(`as published: ${mayPublish ? 'puts the old version live and records the restorer as reviewer' : 'refused (403), nothing changes'}`, async () => {
    const { id, versionId, second } = await withHistory(author())
    const versionsBefore = (await versionsOf(id)).length
    const before = Date.now()
    const attempt = restore(actor(), versionId)
    if (!mayPublish) {
      await expect(attempt).rejects.toMatchObject({ status: 403 })
      const now = await live(id)
      expect(now.summary).toBe('Second summary.')
      expect(now.reviewedBy).toBe(second.reviewedBy)
      expect(now.reviewedAt).toBe(second.reviewedAt)
      expect((await versionsOf(id)).length).toBe(versionsBefore)
      return
    }
    const restored = await attempt
    expect(restored._status).toBe('published')
    const now = await live(id)
    expect(now.summary).toBe('First summary.')
    expect(now._status).toBe('published')
    expect(idOf(now.reviewedBy)).toBe(actor().id)
    expect(new Date(now.reviewedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(now.lastReviewedAt).toBe(now.reviewedAt)
    expect(now.workflowStatus).toBe('approved')
    // the author stays the document's author
    expect(idOf(now.createdBy)).toBe(author().id)
  })

  it('as a draft: allowed for everyone on staff; the live version stays, and no review is recorded', async () => {
    const { id, versionId, second } = await withHistory(author())
    const restored = await restoreAsDraft(actor(), versionId)
    expect(restored.status).toBe(200)
    expect(restored.body._status).toBe('draft')
    // the draft the admin edits now has the old content...
    const draft = await latest(id)
    expect(draft.summary).toBe('First summary.')
    expect(draft._status).toBe('draft')
    // ...it is not a review: the review record stays the last publisher's, and the edit reopens the review
    expect(idOf(draft.reviewedBy)).toBe(idOf(second.reviewedBy))
    expect(draft.reviewedAt).toBe(second.reviewedAt)
    expect(draft.workflowStatus).toBe('draft')
    expect(idOf(draft.createdBy)).toBe(author().id)
    // ...and the public still sees the published version
    const now = await live(id)
    expect(now._status).toBe('published')
    expect(now.summary).toBe('Second summary.')
    expect(now.workflowStatus).toBe('approved')
  })
})

describe('restoring a version keeps the document’s own state', () => {
  it('a draft restore while changes are requested keeps the request and its note (not the old version’s)', async () => {
    const doc = await draftBy(editor, 'Draft one.')
    await editDraft(editor, doc.id, { summary: 'Draft two.', workflowStatus: 'in_review' })
    await editDraft(otherReviewer, doc.id, { workflowStatus: 'changes_requested', reviewNote: 'Cite the study.' })
    const first = (await versionsOf(doc.id)).find((v) => v.version.summary === 'Draft one.')!
    expect(first.version.workflowStatus).toBe('draft')

    expect((await restoreAsDraft(editor, String(first.id))).status).toBe(200)
    const draft = await latest(doc.id)
    expect(draft.summary).toBe('Draft one.')
    expect(draft.workflowStatus).toBe('changes_requested')
    expect(draft.reviewNote).toBe('Cite the study.')
    expect(draft._status).toBe('draft')
  })

  it('the author is the document’s, never an old version’s, and the publish rule follows it', async () => {
    // old versions still name the first author after authorship moved to the other reviewer
    const { id, versionId } = await withHistory(authorReviewer)
    await moveAuthorship(id, otherReviewer)
    // the new author may not put an old version live...
    await expect(restore(otherReviewer, versionId)).rejects.toMatchObject({ status: 403 })
    expect((await live(id)).summary).toBe('Second summary.')
    // ...the former author (no longer the author) may, and the document keeps its current author
    await restore(authorReviewer, versionId)
    const now = await live(id)
    expect(now.summary).toBe('First summary.')
    expect(idOf(now.createdBy)).toBe(otherReviewer.id)
    expect(idOf(now.reviewedBy)).toBe(authorReviewer.id)
    // a draft restore does not hand the document back to the version's author either
    expect((await restoreAsDraft(editor, versionId)).status).toBe(200)
    expect(idOf((await latest(id)).createdBy)).toBe(otherReviewer.id)
  })

  it('server code restoring without a user keeps the document’s author and review state', async () => {
    const { id, versionId, second } = await withHistory(authorReviewer)
    await moveAuthorship(id, editor)
    const restored = (await payload.restoreVersion({ collection: 'resources', id: versionId, depth: 0 })) as Resource
    expect(restored.summary).toBe('First summary.')
    expect(idOf(restored.createdBy)).toBe(editor.id)
    expect(idOf(restored.reviewedBy)).toBe(idOf(second.reviewedBy))
    expect(restored.reviewedAt).toBe(second.reviewedAt)
  })
})

describe('restoring through REST (POST /api/resources/versions/:id, as the admin panel does)', () => {
  it('an editor restores a published version as a draft (with or without ?draft=true) but cannot put it live', async () => {
    const { id, versionId } = await withHistory(authorReviewer)
    // the admin's Restore button asks for a published restore: an editor gets a draft, and is told so
    const asked = await restPost(`/api/resources/versions/${versionId}`, editor)
    expect(asked.status).toBe(200)
    expect(JSON.stringify(asked.body)).toMatch(/Restored as a draft/)
    expect((await latest(id)).summary).toBe('First summary.')
    expect((await latest(id))._status).toBe('draft')
    expect((await live(id)).summary).toBe('Second summary.')

    const asDraft = await restPost(`/api/resources/versions/${versionId}?draft=true`, editor)
    expect(asDraft.status).toBe(200)
    expect((await latest(id)).summary).toBe('First summary.')
    expect((await live(id)).summary).toBe('Second summary.')
  })

  it('the author-reviewer gets a draft, not a live page; another reviewer puts it live and is recorded as reviewer', async () => {
    const { id, versionId } = await withHistory(authorReviewer)
    expect((await restPost(`/api/resources/versions/${versionId}`, authorReviewer)).status).toBe(200)
    expect((await latest(id))._status).toBe('draft')
    expect((await live(id)).summary).toBe('Second summary.')
    const ok = await restPost(`/api/resources/versions/${versionId}`, admin)
    expect(ok.status).toBe(200)
    const now = await live(id)
    expect(now.summary).toBe('First summary.')
    expect(idOf(now.reviewedBy)).toBe(admin.id)
  })

  it('anonymous visitors cannot restore anything', async () => {
    const { id, versionId } = await withHistory(authorReviewer)
    expect((await restPost(`/api/resources/versions/${versionId}?draft=true`, null)).status).toBe(403)
    expect((await latest(id)).summary).toBe('Second summary.')
  })
})

// ------------------------------------------------------------------ scheduled publish and unpublish

type ScheduleJob = {
  id: number | string
  taskSlug?: string | null
  hasError?: boolean | null
  error?: unknown
  log?: unknown
  waitUntil?: string | null
  completedAt?: string | null
  input?: {
    type?: string
    doc?: { relationTo: string; value: string }
    user?: { relationTo: string; value: number | string }
  }
}

const scheduleJobsFor = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      limit: 1000,
      overrideAccess: true,
      depth: 0,
    })
  ).docs.filter((j) => String((j as ScheduleJob).input?.doc?.value) === String(id)) as unknown as ScheduleJob[]

const soon = () => new Date(Date.now() - 1000)
const later = () => new Date(Date.now() + 60 * 60 * 1000)

type Answer = { message?: string; error?: string }
type Handler = typeof schedulePublishServerFunction

/** The admin's "Schedule" drawer: the `schedule-publish` server function, with the signed-in user's request. */
async function scheduleAs(
  user: User,
  id: number,
  type: 'publish' | 'unpublish',
  date: Date,
  deleteID?: number | string,
  handler: Handler = schedulePublishServerFunction,
) {
  const req = await createLocalReq({ user }, payload)
  // what the drawer sends (the id as a string); the function reads nothing else of a server function's arguments
  return handler({
    type,
    date,
    doc: { relationTo: 'resources', value: String(id) },
    deleteID,
    req,
  } as never) as Promise<Answer>
}
/** Payload's own handler, which queues without asking whether the user may publish. */
const unchecked = schedulePublishHandler as unknown as Handler

const runDue = () => payload.jobs.run({ queue: 'default', limit: 100 })

describe.each(ROLES)('scheduling as $role', ({ actor, author, mayPublish }) => {
  it(`publish: ${mayPublish ? 'queued, and published when due, as the scheduler' : 'refused; nothing is queued'}`, async () => {
    const doc = await draftBy(author())
    const answer = await scheduleAs(actor(), doc.id, 'publish', soon())
    if (!mayPublish) {
      expect(answer.error).toMatch(
        String(actor().id) === String(author().id)
          ? /cannot schedule publishing of your own work/
          : /Only a reviewer or an admin can schedule publishing/,
      )
      expect(await scheduleJobsFor(doc.id)).toEqual([])
      await runDue()
      expect((await live(doc.id))._status).toBe('draft')
      return
    }
    expect(answer.error).toBeUndefined()
    const [job] = await scheduleJobsFor(doc.id)
    expect(job?.input?.user?.value).toBe(actor().id)
    await runDue()
    const now = await live(doc.id)
    expect(now._status).toBe('published')
    expect(idOf(now.reviewedBy)).toBe(actor().id)
    expect(now.workflowStatus).toBe('approved')
    // the job is done and gone
    expect(await scheduleJobsFor(doc.id)).toEqual([])
    const events = (
      await payload.find({
        collection: 'review-events',
        where: { docId: { equals: String(doc.id) } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(events.map((e) => [e.action, e.by])).toContainEqual(['published', actor().id])
  })

  it(`unpublish: ${mayPublish ? 'queued, and taken down when due' : 'refused; the item stays up'}`, async () => {
    const doc = await draftBy(author())
    await publishAs(String(author().id) === String(admin.id) ? otherReviewer : admin, doc.id)
    const answer = await scheduleAs(actor(), doc.id, 'unpublish', soon())
    if (!mayPublish) {
      expect(answer.error).toMatch(/schedule unpublishing/)
      expect(await scheduleJobsFor(doc.id)).toEqual([])
      await runDue()
      expect((await live(doc.id))._status).toBe('published')
      return
    }
    expect(answer.error).toBeUndefined()
    await runDue()
    expect((await live(doc.id))._status).toBe('draft')
  })
})

describe('scheduled publishing', () => {
  it('nobody creates jobs through REST, not even an admin', async () => {
    const doc = await draftBy(editor)
    const job = {
      taskSlug: 'schedulePublish',
      queue: 'default',
      input: { type: 'publish', doc: { relationTo: 'resources', value: String(doc.id) } },
    }
    expect((await restPost('/api/payload-jobs', admin, job)).status).toBe(403)
    expect((await restPost('/api/payload-jobs', editor, job)).status).toBe(403)
    expect((await restPost('/api/payload-jobs', null, job)).status).toBe(403)
    expect(await scheduleJobsFor(doc.id)).toEqual([])
  })

  it('waits for its time', async () => {
    const doc = await draftBy(editor)
    expect((await scheduleAs(otherReviewer, doc.id, 'publish', later())).error).toBeUndefined()
    await runDue()
    expect((await live(doc.id))._status).toBe('draft')
    const [job] = await scheduleJobsFor(doc.id)
    expect(new Date(job!.waitUntil!).getTime()).toBeGreaterThan(Date.now())
  })

  it('is refused when it runs if the scheduler may not publish it: the job fails, the item stays unpublished', async () => {
    // queued through Payload's own, unchecked handler by an editor and by the author-reviewer
    const byEditor = await draftBy(authorReviewer)
    const byAuthor = await draftBy(authorReviewer)
    expect((await scheduleAs(editor, byEditor.id, 'publish', soon(), undefined, unchecked)).error).toBeUndefined()
    expect(
      (await scheduleAs(authorReviewer, byAuthor.id, 'publish', soon(), undefined, unchecked)).error,
    ).toBeUndefined()
    // scheduled by another reviewer, who then became the author
    const moved = await draftBy(authorReviewer)
    expect((await scheduleAs(otherReviewer, moved.id, 'publish', soon())).error).toBeUndefined()
    await moveAuthorship(moved.id, otherReviewer)
    // queued by server code for the author themself
    const byServerCode = await draftBy(authorReviewer)
    await payload.jobs.queue({
      task: 'schedulePublish',
      // as Payload's scheduler queues it, with the id as a string
      input: {
        type: 'publish',
        doc: { relationTo: 'resources', value: String(byServerCode.id) },
        user: { relationTo: 'users', value: authorReviewer.id },
      } as never,
      waitUntil: soon(),
    })

    await runDue()
    for (const id of [byEditor.id, byAuthor.id, moved.id, byServerCode.id]) {
      expect((await live(id))._status).toBe('draft')
      expect((await latest(id)).reviewedBy ?? null).toBeNull()
      const [job] = await scheduleJobsFor(id)
      expect(job?.hasError).toBe(true)
      expect(job?.completedAt ?? null).toBeNull()
    }
    const [editorJob] = await scheduleJobsFor(byEditor.id)
    expect(JSON.stringify(editorJob!.log)).toMatch(/not allowed|Only a reviewer or an admin can publish/)
    const [ownJob] = await scheduleJobsFor(byServerCode.id)
    expect(JSON.stringify(ownJob!.log)).toMatch(/not allowed|cannot publish your own work/)
  })

  it('cancelling or moving a schedule is held to the same rule, for the document the job is for', async () => {
    const doc = await draftBy(editor)
    expect((await scheduleAs(otherReviewer, doc.id, 'publish', later())).error).toBeUndefined()
    const [job] = await scheduleJobsFor(doc.id)
    // the drawer cancels by deleting the job (then queues the new time, if any)
    expect((await scheduleAs(editor, doc.id, 'publish', soon(), job!.id)).error).toMatch(
      /Only a reviewer or an admin can cancel a scheduled publish/,
    )
    // a job id of another document does not help: the author-reviewer wrote this one
    const own = await draftBy(authorReviewer)
    const other = await draftBy(editor)
    expect((await scheduleAs(admin, own.id, 'unpublish', later())).error).toBeUndefined()
    const [ownJob] = await scheduleJobsFor(own.id)
    expect((await scheduleAs(authorReviewer, other.id, 'publish', later(), ownJob!.id)).error).toMatch(
      /cannot cancel a scheduled unpublish of your own work/,
    )
    expect((await scheduleJobsFor(own.id)).map((j) => j.id)).toEqual([ownJob!.id])
    expect(await scheduleJobsFor(other.id)).toEqual([])
    expect((await scheduleJobsFor(doc.id)).map((j) => j.id)).toEqual([job!.id])
    // someone who may publish it moves it
    expect((await scheduleAs(admin, doc.id, 'publish', later(), job!.id)).error).toBeUndefined()
    const after = await scheduleJobsFor(doc.id)
    expect(after).toHaveLength(1)
    expect(after[0]!.id).not.toBe(job!.id)
    expect(after[0]!.input?.user?.value).toBe(admin.id)
  })

  it('only content documents, and only documents that exist, can be scheduled', async () => {
    const req = await createLocalReq({ user: admin }, payload)
    // (only the arguments the function reads)
    expect(
      (
        (await schedulePublishServerFunction({
          type: 'publish',
          date: later(),
          global: 'site-settings',
          req,
        } as never)) as Answer
      ).error,
    ).toMatch(/only for content/)
    expect((await scheduleAs(admin, 999_999, 'publish', later())).error).toMatch(/does not exist/)
  })

  it('expires the public pages’ cache from the job, outside any request', async () => {
    const doc = await draftBy(editor)
    expect((await scheduleAs(otherReviewer, doc.id, 'publish', soon())).error).toBeUndefined()
    // what `next start` leaves on globalThis for its incremental cache
    const revalidateTag = vi.fn(async () => undefined)
    const scope = globalThis as { __incrementalCache?: unknown }
    scope.__incrementalCache = { revalidateTag }
    try {
      await runDue()
    } finally {
      delete scope.__incrementalCache
    }
    expect((await live(doc.id))._status).toBe('published')
    expect(revalidateTag).toHaveBeenCalledWith(['payload:resources'], { expire: 0 })
  })

  it('the default queue runs every minute unless JOBS_SCHEDULE_CRON says otherwise (seconds allowed)', () => {
    const autoRun = payload.config.jobs.autoRun as { cron?: string; queue?: string }[]
    expect(autoRun).toContainEqual(expect.objectContaining({ queue: QUEUES.schedule, cron: jobsScheduleCron() }))
    expect(QUEUES.schedule).toBe('default')
    expect(jobsScheduleCron({})).toBe(DEFAULT_SCHEDULE_CRON)
    expect(jobsScheduleCron({ JOBS_SCHEDULE_CRON: '*/5 * * * * *' })).toBe('*/5 * * * * *')
    expect(jobsScheduleCron({ JOBS_SCHEDULE_CRON: '*/2  * * * *' })).toBe('*/2 * * * *')
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined)
    expect(jobsScheduleCron({ JOBS_SCHEDULE_CRON: 'every minute' })).toBe(DEFAULT_SCHEDULE_CRON)
  })
})

describe('a publish refused by access says what the rule is (REST PATCH, as the Publish button sends it)', () => {
  it('an editor and the author-reviewer are told who may publish; a draft save is not affected', async () => {
    for (const [who, author] of [
      [editor, editor],
      [authorReviewer, authorReviewer],
    ] as const) {
      const doc = await draftBy(author)
      const refused = await restPatch(`/api/resources/${doc.id}`, who, { _status: 'published' })
      expect(refused.status).toBe(403)
      expect(refused.body.errors?.[0]?.message).toBe(PUBLISH_REFUSED)
      expect(
        (await payload.findByID({ collection: 'resources', id: doc.id, overrideAccess: true, depth: 0 }))._status,
      ).toBe('draft')
      const saved = await restPatch(`/api/resources/${doc.id}?draft=true`, who, {
        summary: 'Edited.',
        _status: 'draft',
      })
      expect(saved.status).toBe(200)
    }
  })
})
