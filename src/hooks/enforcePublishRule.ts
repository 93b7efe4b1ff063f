import { type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { refusal } from '../lib/errors'
import { hasRole } from '../access/roles'
import { idOf, sameId } from '../lib/ids'

type Actor = { id: number | string; roles?: readonly string[] | null } | null | undefined


/**
 * The publishing rule (CONTRACT.md) as one predicate: a reviewer or an admin who is not the
 * document's author (`createdBy`, null for documents written by server code) may publish it.
 */
export const mayPublish = (user: Actor, author: unknown): boolean =>
  Boolean(user) && hasRole(user as { roles?: readonly string[] | null }, 'reviewer', 'admin') && !sameId(idOf(author), user!.id)

/**
 * The publishing rule, checked on every write that publishes, whatever route it came
 * through (access functions do not always receive `data._status`). Server code without
 * a user (seed, migrations) is not a route to publish and is left alone.
 */
export const enforcePublishRule: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (data?._status !== 'published' || !req.user) return data
  if (!hasRole(req.user, 'reviewer', 'admin')) {
    throw refusal('Only a reviewer or an admin can publish. Save a draft and ask for a review.')
  }
  const author = operation === 'create' ? req.user.id : idOf(originalDoc?.createdBy)
  if (author !== null && String(author) === String(req.user.id)) {
    throw refusal('You cannot publish your own work: another reviewer needs to check it.')
  }
  return data
}

/* ------------------------------------------------------------------ scheduled publish and unpublish */

export const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

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
  const found = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as { createdBy?: unknown } | null
  return found ? (idOf(found.createdBy) ?? null) : undefined
}

/**
 * Why `user` may not schedule (or cancel) `type` for a document authored by `author`, or null.
 * Unpublishing asks for the same permission as publishing: the admin offers scheduling only to
 * those who may publish the document, and whoever may take it down on a timer may put it up.
 */
export function scheduleRefusal(user: Actor, author: unknown, type: ScheduleType, cancel = false): string | null {
  const what = cancel ? `cancel a scheduled ${type}` : `schedule ${type === 'publish' ? 'publishing' : 'unpublishing'}`
  if (!user || !hasRole(user, 'reviewer', 'admin')) return `Only a reviewer or an admin can ${what}.`
  if (!mayPublish(user, author)) return `You cannot ${what} of your own work: another reviewer needs to check it.`
  return null
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
    const job = (await req.payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: args.cancelJob } }, req })) as {
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
