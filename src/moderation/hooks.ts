/**
 * The moderation workflow's hooks.
 *
 * On submissions:
 * - `recordDecision` (beforeChange): a moderator's decision (spam, declined, accepted) is dated and
 *   signed (`decidedAt`, `decidedBy`); becoming `accepted` runs accept.ts, which may create a draft
 *   resource and fills `result`.
 * - `queueNotifications` (afterChange): a new submission, and an accepted correction or feedback,
 *   queue an email job (notify.ts): nothing is sent during the request.
 * On content collections:
 * - `markSubmissionsAdded` (afterChange): publishing a document makes the accepted submissions
 *   that led to it `added`, so their status pages link to it.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Submission } from '../payload-types'
import { accept } from './accept'
import { NOTIFY_TASK, type NotifyInput } from './notify'
import { QUEUES } from '@/jobs/settings'

const DECISIONS: readonly Submission['status'][] = ['spam', 'declined', 'accepted']

export const recordDecision: CollectionBeforeChangeHook<Submission> = async ({ data, originalDoc, operation, req }) => {
  const next = { ...data }
  const now = new Date().toISOString()
  if (operation === 'create') {
    if (next.status && DECISIONS.includes(next.status)) next.decidedAt = now
    return next
  }
  const before = originalDoc?.status
  const after = next.status ?? before
  if (!after || after === before) return next
  if (DECISIONS.includes(after)) {
    next.decidedAt = now
    next.decidedBy = req.user?.collection === 'users' ? req.user.id : null
  }
  if (after === 'accepted' && before !== 'added') {
    const outcome = await accept(req, { ...(originalDoc as Submission), ...next } as Submission)
    next.result = outcome.result
    next.status = outcome.status
  }
  return next
}

export const queueNotifications: CollectionAfterChangeHook<Submission> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const queue = (input: NotifyInput) => req.payload.jobs.queue({ task: NOTIFY_TASK, input, queue: QUEUES.notify, req })
  if (operation === 'create') {
    if (doc.status === 'new') await queue({ submission: doc.id, event: 'received' })
    return doc
  }
  const nowAccepted = doc.status === 'accepted' && previousDoc?.status !== 'accepted'
  if (nowAccepted && doc.kind !== 'suggestion' && doc.result) await queue({ submission: doc.id, event: 'task' })
  return doc
}

export const markSubmissionsAdded: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc?._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'submissions',
    where: {
      and: [
        { 'result.relationTo': { equals: collection.slug } },
        { 'result.value': { equals: doc.id } },
        { status: { equals: 'accepted' } },
      ],
    },
    overrideAccess: true,
    depth: 0,
    limit: 500,
    pagination: false,
    req,
    select: { status: true },
  })
  for (const submission of docs) {
    await req.payload.update({
      collection: 'submissions',
      id: submission.id,
      data: { status: 'added' },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
