/**
 * The review workflow's Payload hooks, for every content collection (contentCollection()); what a write
 * is (a submit, an unpublish, a restore...) is told by changes.ts, who may make a move by rules.ts:
 *
 * - `enforceWorkflow` (beforeChange, after the publish rule, before recordReview): validates a change of
 *   `workflowStatus` (rules.ts) with a 400/403 APIError; a substantive draft edit of published content
 *   goes back to `draft` (or stays `in_review` when that was sent) while the published version stays up
 *   (Payload writes such a draft to the versions table only); unpublishing ends the approval (`approved`
 *   goes back to `draft`: it is reviewed again before it goes public); keeps `reviewNote` only with a
 *   transition.
 * - `recordWorkflowEvent` (afterChange): writes a `review-events` entry for each transition, publish and
 *   unpublish, in the same transaction.
 *
 * The transition travels from one to the other on `data` (under a Symbol) and, for an update, in
 * `req.context` under the document's collection and id too: a version restore hands the afterChange
 * hooks a new `data` (Payload 3.90's restoreVersion passes `data: result`), so there it is found in the
 * context only, and the entry's note says which version was restored. Read once: a later write on the
 * same request starts afresh.
 *
 * Server code without a user (seed, migrations, jobs) is not a route through the workflow: left alone.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { refusal as refusalError } from '@/lib/errors'
import { idOf } from '@/lib/ids'
import {
  actionFor,
  asStatus,
  fromStatus,
  isSubstantive,
  isUnpublish,
  restoredVersionAt,
  sentNote,
  type Action,
} from './changes'
import { checkTransition, type WorkflowStatus } from './rules'

export const REVIEW_EVENTS = 'review-events'

const STASH = Symbol.for('allyship.workflow')
/** req.context key: the transitions of the updates running on this request, by `<collection>:<id>`. */
export const WORKFLOW_STASHES = 'allyship.workflowStashes'

/** The review-history note of an unpublish that ended an approval, when the user sent none. */
export const UNPUBLISHED_NOTE = 'Unpublished: back to Draft. It must be reviewed again before it is published.'

type Stash = {
  action: Action | null
  from: WorkflowStatus | null
  to: WorkflowStatus
  note: string | null
  mainWasPublished: boolean
  /** on a version restore: when the restored version was saved (its `updatedAt`) */
  restoredFrom?: string | null
}

type Stashes = Record<string, Stash>
const stashKey = (collection: string, id: unknown) => `${collection}:${String(id)}`
const stashesOf = (context: PayloadRequest['context'], create: boolean): Stashes | undefined => {
  if (!context) return undefined
  const existing = context[WORKFLOW_STASHES] as Stashes | undefined
  if (existing || !create) return existing
  return (context[WORKFLOW_STASHES] = {} as Stashes)
}

/** "2024-05-01 09:30 UTC", as the review history panel shows dates. */
const formatWhen = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

/** The note of an entry written by a version restore: which version, and what else the server said. */
export const restoreNote = (restoredFrom: string | null | undefined, note: string | null): string => {
  const what = restoredFrom ? `Restored version from ${formatWhen(restoredFrom)}.` : 'Restored an earlier version.'
  return note ? `${what} ${note}` : what
}

async function mainStatus(req: PayloadRequest, collection: string, id: unknown): Promise<string | null> {
  if (id === null || id === undefined) return null
  const doc = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })) as { _status?: string } | null
  return doc?._status ?? null
}

export const enforceWorkflow: CollectionBeforeChangeHook = async (args) => {
  const { collection, operation, originalDoc, req } = args
  // whatever an earlier write on this request left for this document is not this write's
  const key =
    operation === 'update' && originalDoc?.id !== undefined && originalDoc?.id !== null
      ? stashKey(collection.slug, originalDoc.id)
      : null
  const stashes = stashesOf(req.context, false)
  if (key && stashes) delete stashes[key]
  const result = await checkWorkflow(args)
  const stash = result ? (result as Record<symbol, Stash | undefined>)[STASH] : undefined
  if (key && stash) stashesOf(req.context, true)![key] = stash
  return result
}

const checkWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user
  if (!data || !user || user.collection !== 'users') return data
  // a version restore: its `data` is the old version (changes.ts restoredVersionAt), and it sends no note
  const restoredFrom = restoredVersionAt(operation, context, data)
  const note = sentNote(data, originalDoc, restoredFrom !== undefined)
  const from = fromStatus(operation, originalDoc)
  const author = operation === 'create' ? user.id : idOf(originalDoc?.createdBy)
  const mainWasPublished =
    operation === 'update' &&
    (originalDoc?._status === 'published' || (await mainStatus(req, collection.slug, originalDoc?.id)) === 'published')

  if (data._status === 'published') {
    // publishing is the review: the publish rule has checked who; recordReview sets `approved`
    ;(data as Record<symbol, Stash>)[STASH] = {
      action: 'published',
      from,
      to: 'approved',
      note,
      mainWasPublished,
      restoredFrom,
    }
    data.reviewNote = null
    return data
  }

  const sent = asStatus(data.workflowStatus)
  if (data.workflowStatus !== undefined && data.workflowStatus !== null && !sent) {
    throw refusalError(`Unknown workflow status “${String(data.workflowStatus)}”.`, 400)
  }
  let to: WorkflowStatus = sent ?? from ?? 'draft'
  const unpublishing = isUnpublish(mainWasPublished, data, originalDoc)
  let stashNote = note

  if (unpublishing && (!sent || sent === from)) {
    // the approval was of the version that was public; once it is not, it is reviewed again before it goes back
    if (from === 'approved') {
      to = 'draft'
      stashNote = note ?? UNPUBLISHED_NOTE
    }
  } else if (unpublishing) {
    // unpublished with an explicit move (e.g. straight back into review): the move must be allowed
    const refusal = checkTransition(user, author, from, to, note)
    if (refusal) throw refusalError(refusal.message, refusal.status)
  } else if (mainWasPublished && isSubstantive(data, originalDoc)) {
    // a new draft of published content goes back through review; the published version stays up
    to = sent === 'in_review' ? 'in_review' : 'draft'
    if (to === 'in_review' && from !== 'in_review') {
      const refusal = checkTransition(
        user,
        author,
        from === 'approved' ? 'approved' : (from ?? 'draft'),
        'in_review',
        note,
      )
      if (refusal) throw refusalError(refusal.message, refusal.status)
    }
  } else {
    const refusal = checkTransition(user, author, from, to, note)
    if (refusal) throw refusalError(refusal.message, refusal.status)
  }
  data.workflowStatus = to

  const action = actionFor(from, to)
  if (action) {
    ;(data as Record<symbol, Stash>)[STASH] = { action, from, to, note: stashNote, mainWasPublished, restoredFrom }
    // the note travels with the transition; it stays on the document only while changes are requested
    data.reviewNote = to === 'changes_requested' ? note : null
  } else {
    // a note alone is not a transition: keep what the last transition left
    if (operation === 'update') data.reviewNote = originalDoc?.reviewNote ?? null
    ;(data as Record<symbol, Stash>)[STASH] = { action: null, from, to, note: null, mainWasPublished, restoredFrom }
  }
  return data
}

/** The transition enforceWorkflow worked out for this write, taken (read once) from `data` or the request's context. */
function takeStash(
  collection: string,
  data: unknown,
  doc: { id?: unknown },
  context: PayloadRequest['context'],
): Stash | undefined {
  const stashes = stashesOf(context, false)
  const key = doc?.id !== undefined && doc?.id !== null ? stashKey(collection, doc.id) : null
  const kept = key && stashes ? stashes[key] : undefined
  if (key && stashes) delete stashes[key]
  const onData = data && typeof data === 'object' ? (data as Record<symbol, Stash | undefined>)[STASH] : undefined
  return onData ?? kept
}

export const recordWorkflowEvent: CollectionAfterChangeHook = async ({ collection, data, doc, previousDoc, req }) => {
  const stash = takeStash(collection.slug, data, doc, req.context)
  if (!stash || !req.user || req.user.collection !== 'users') return doc
  let { action } = stash
  let to: WorkflowStatus = stash.to
  if (
    action !== 'published' &&
    stash.mainWasPublished &&
    (await mainStatus(req, collection.slug, doc.id)) !== 'published'
  ) {
    action = 'unpublished'
    to = asStatus(doc.workflowStatus) ?? to
  }
  if (!action) return doc
  const useAsTitle = collection.admin?.useAsTitle ?? 'title'
  const title = doc[useAsTitle] ?? previousDoc?.[useAsTitle] ?? null
  await req.payload.create({
    collection: REVIEW_EVENTS as 'review-events',
    data: {
      collectionSlug: collection.slug,
      docId: String(doc.id),
      title: typeof title === 'string' ? title.slice(0, 300) : null,
      action,
      from: stash.from,
      to,
      note: stash.restoredFrom !== undefined ? restoreNote(stash.restoredFrom, stash.note) : stash.note,
      by: req.user.id as number,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
