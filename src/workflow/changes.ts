/**
 * What a write to a content document is, told from its data: a submit, withdraw, review, reopen or
 * publish (actionFor), a substantive edit (isSubstantive), an unpublish rather than a draft save
 * (markReadAsDraft, isUnpublish), a version restore (restoredVersionAt), and which note is new (sentNote).
 * No database and no refusals: the Payload hooks in hooks.ts read the rest and act on these.
 */
import type { FieldHook, RequestContext } from 'payload'
import { STATUSES, type WorkflowStatus } from './rules'

export type Action =
  'created' | 'submitted' | 'withdrawn' | 'changes_requested' | 'approved' | 'reopened' | 'published' | 'unpublished'

type Doc = Record<string, unknown> | undefined

export const asStatus = (value: unknown): WorkflowStatus | null =>
  STATUSES.includes(value as WorkflowStatus) ? (value as WorkflowStatus) : null

/** The saved status an update moves from (`draft` when it has none); null on create. */
export const fromStatus = (operation: 'create' | 'update', originalDoc: Doc): WorkflowStatus | null =>
  operation === 'create' ? null : (asStatus(originalDoc?.workflowStatus) ?? 'draft')

/** The review-history action of a move from `from` to `to` (null: none to record). */
export function actionFor(from: WorkflowStatus | null, to: WorkflowStatus): Action | null {
  if (from === to) return null
  if (from === null) return to === 'draft' ? null : 'created'
  if (from === 'approved') return 'reopened'
  if (to === 'in_review') return 'submitted'
  if (to === 'draft') return 'withdrawn'
  return to
}

/** Fields whose change is not an edit of the content. */
const NOT_CONTENT = new Set([
  'id',
  '_status',
  'workflowStatus',
  'reviewNote',
  'createdAt',
  'updatedAt',
  'createdBy',
  'reviewedBy',
  'reviewedAt',
  'lastReviewedAt',
  'linkHealth',
  'reviewHistory',
  'communityFeedback',
  'deletedAt',
])

/** Compare as stored: relationships by id, empty values alike, array rows without their generated ids. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(normalise) : null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    // a populated relationship: its id
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return obj.id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id' && typeof obj[key] === 'string') continue
      const v = normalise(obj[key])
      if (v !== null) out[key] = v
    }
    return Object.keys(out).length ? out : null
  }
  return value
}

/** Whether `data` changes the content of `original` (not just its status, note or review record). */
export function isSubstantive(data: Record<string, unknown>, original: Doc): boolean {
  if (!original) return false
  return Object.keys(data).some(
    (key) => !NOT_CONTENT.has(key) && JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original[key])),
  )
}

const READ_AS_DRAFT = Symbol.for('allyship.workflow.readAsDraft')

/**
 * afterRead hook of `workflowStatus` (fields/editorial.ts): marks the document read with whether it was
 * read as a draft. Collection hooks are not told whether a write is a draft save, and both a draft save
 * and an unpublish arrive with `data._status: 'draft'`; but the `originalDoc` an update passes to
 * beforeChange is the latest version read (afterRead) with that same `draft` flag, so the mark on it says
 * which write this is: `draft: true` saves a new version and leaves the published document alone,
 * `draft: false` writes the document itself. (Checked against Payload 3.90's update operation; the
 * integration tests in tests/int/workflow-admin.int.spec.ts fail if that ever changes.)
 */
export const markReadAsDraft: FieldHook = ({ data, draft, value }) => {
  if (data && typeof data === 'object') (data as Record<symbol, boolean>)[READ_AS_DRAFT] = Boolean(draft)
  return value
}

/** true/false when the update's originalDoc was read as a draft or not; undefined when unknown. */
const readAsDraft = (originalDoc: unknown): boolean | undefined =>
  originalDoc && typeof originalDoc === 'object'
    ? (originalDoc as Record<symbol, boolean | undefined>)[READ_AS_DRAFT]
    : undefined

/**
 * An unpublish: a write of the document itself (not a draft save, see markReadAsDraft) that takes the
 * published document off the site. `mainWasPublished`: the document itself was published before.
 */
export const isUnpublish = (mainWasPublished: boolean, data: Record<string, unknown>, originalDoc: unknown): boolean =>
  mainWasPublished && data._status === 'draft' && readAsDraft(originalDoc) === false

/**
 * On a version restore, when the restored version was saved (its `updatedAt`); undefined for any other
 * write. Payload sets `isRestoringVersion` before these hooks, and restoreAsDraft.ts has made `data` say
 * what is really written: `data` is the old version, with the `updatedAt` it was saved with. The flag
 * stays set for the rest of the request: a later write, which carries no such date, is not taken for a
 * restore.
 */
export const restoredVersionAt = (
  operation: 'create' | 'update',
  context: RequestContext | undefined,
  data: Record<string, unknown>,
): string | undefined =>
  operation === 'update' && Boolean(context?.isRestoringVersion) && typeof data.updatedAt === 'string'
    ? data.updatedAt
    : undefined

/**
 * The review note this write sends, trimmed; null when it sends none, or sends back the one already on the
 * document: the admin's form does (the reviewer's, while changes are requested), and that is not a new
 * note from whoever saves now, and must not be recorded as theirs. A restore sends none: its note is the
 * document's own (restoreVersionData), not one sent with this write.
 */
export function sentNote(data: Record<string, unknown>, originalDoc: Doc, restoring: boolean): string | null {
  const sent =
    !restoring && typeof data.reviewNote === 'string' && data.reviewNote.trim() ? data.reviewNote.trim() : null
  const kept = typeof originalDoc?.reviewNote === 'string' ? originalDoc.reviewNote.trim() : null
  return sent && sent !== kept ? sent : null
}
