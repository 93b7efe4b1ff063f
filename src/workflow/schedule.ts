/**
 * Scheduled publish and unpublish, held to the publish rule (src/access/publishing.ts: a reviewer or
 * admin who is not the author, for publish and unpublish alike, and for cancelling either).
 *
 * The admin's "Schedule publish" drawer calls the `schedule-publish` server function, whose Payload
 * handler queues (or, with `deleteID`, first cancels) a `schedulePublish` job without asking whether
 * the user may publish the document. `schedulePublishServerFunction` asks first, answers a refusal the
 * way the drawer shows errors, and otherwise hands over to Payload's handler, which queues the job as
 * the signed-in user.
 *
 * Wire it in src/app/(payload)/layout.tsx:
 *   handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': schedulePublishServerFunction } })
 *
 * Whatever queues a job, it runs as the user who scheduled it, so the publish rule refuses it then too
 * (src/hooks/enforcePublishRule.ts, src/jobs/index.ts).
 */
import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { CollectionSlug, PayloadRequest, ServerFunction } from 'payload'
import { publishRefusal, type PublishAction } from '@/access/publishing'
import { refusal } from '@/lib/errors'
import { idOf } from '@/lib/ids'

export const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

type Actor = { id: number | string; roles?: readonly string[] | null } | null | undefined
type Ref = { relationTo?: string; value?: unknown } | null | undefined
export type ScheduleType = 'publish' | 'unpublish'

const refId = (ref: Ref) => idOf(ref?.value)

/** The author of the scheduled document (null for none), or `undefined` when it does not exist. */
async function authorOf(req: PayloadRequest, doc: Ref): Promise<unknown> {
  const collection = doc?.relationTo as CollectionSlug | undefined
  const rawId = refId(doc)
  if (!collection || rawId === null || !req.payload.collections[collection]) return undefined
  // a job stores the id as text (payload#10481); our ids are numbers
  const id = req.payload.db.defaultIDType === 'number' ? Number(rawId) : rawId
  if (typeof id === 'number' && !Number.isFinite(id)) return undefined
  const found = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
    createdBy?: unknown
  } | null
  return found ? (idOf(found.createdBy) ?? null) : undefined
}

/**
 * Why `user` may not schedule (or cancel) `type` for a document authored by `author`, or null.
 * Unpublishing asks for the same permission as publishing: the admin offers scheduling only to
 * those who may publish the document, and whoever may take it down on a timer may put it up.
 */
export function scheduleRefusal(user: Actor, author: unknown, type: ScheduleType, cancel = false): string | null {
  const action: PublishAction = `${cancel ? 'cancel' : 'schedule'}-${type}`
  return publishRefusal(user, author, action)
}

/**
 * The publishing rule at scheduling time: throws a 403 APIError saying why, unless the signed-in
 * user of `req` may publish the document (a reviewer or admin who is not its author). `cancelJob`:
 * the id of a scheduled job to cancel, held to the same rule for the document that job is for.
 */
export async function assertMaySchedule(
  req: PayloadRequest,
  args: { type?: ScheduleType | null; doc?: Ref; global?: string | null; cancelJob?: number | string | null },
): Promise<void> {
  const user = req.user
  if (!user || user.collection !== 'users') throw refusal('Sign in to schedule publishing.')
  if (args.cancelJob !== undefined && args.cancelJob !== null) {
    const job = (await req.payload.db.findOne({
      collection: 'payload-jobs',
      where: { id: { equals: args.cancelJob } },
      req,
    })) as {
      taskSlug?: string | null
      input?: { type?: ScheduleType | null; doc?: Ref } | null
    } | null
    if (job?.taskSlug === SCHEDULE_PUBLISH_TASK) {
      const type = job.input?.type === 'unpublish' ? 'unpublish' : 'publish'
      const message = scheduleRefusal(user, (await authorOf(req, job.input?.doc)) ?? null, type, true)
      if (message) throw refusal(message)
    }
  }
  if (args.global) throw refusal('Scheduled publishing is only for content documents.', 400)
  if (!args.doc) throw refusal('A scheduled publish needs the document to publish.', 400)
  const author = await authorOf(req, args.doc)
  if (author === undefined) throw refusal('The document to schedule does not exist.', 404)
  const message = scheduleRefusal(user, author, args.type === 'unpublish' ? 'unpublish' : 'publish')
  if (message) throw refusal(message)
}

/** The `schedule-publish` server function: the publish rule first, then Payload's own handler. */
export const schedulePublishServerFunction: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  try {
    await assertMaySchedule(req, {
      type: args.type === 'unpublish' ? 'unpublish' : 'publish',
      doc: args.doc,
      global: args.global,
      cancelJob: args.deleteID,
    })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    req.payload.logger.warn(
      `Scheduled ${args.type ?? 'publish'} refused for user ${String(req.user?.id ?? 'none')}: ${message}`,
    )
    return { error: message }
  }
  return schedulePublishHandler(args)
}
