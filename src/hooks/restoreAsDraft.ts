/**
 * Restoring a version (admin "Restore", REST `POST /api/<slug>/versions/<versionId>[?draft=true]`,
 * local `payload.restoreVersion`). Payload runs the collection's beforeChange hooks with `data` = the
 * old version, its `_status` included, and only afterwards makes the result a draft when restoring
 * as a draft (payload#5224). So, without this:
 *
 * - an editor restoring a published version *as a draft* would be refused by the publish rule,
 *   and a reviewer doing so would have a review recorded for a draft;
 * - the old version's workflow state and review fields would come back with its content.
 *
 * `markRestore` (beforeOperation) notes how the restore was asked for; `restoreVersionData`
 * (first beforeChange hook) makes `data` say what will really be written: a draft when restoring as
 * a draft, and the document's current author, workflow state, note and review record (the restored
 * content is an edit like any other: the workflow hooks then decide whether it reopens the review).
 * A restore as published goes through the publish rule like any publish, and recordReview records
 * the restorer as the reviewer. Access has already been checked by Payload with the status written
 * (`draft` when restoring as a draft, else the version's).
 */
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, RequestContext } from 'payload'
import { idOf } from '../lib/ids'

/** req.context key: how the restore running on this request was asked for. */
export const RESTORE_AS = 'allyship.restoreAs'

type RestoreAs = 'draft' | 'version'

/** Fields that belong to the document, not to one of its versions. */
const DOCUMENT_STATE = [
  'createdBy',
  'workflowStatus',
  'reviewNote',
  'reviewedBy',
  'reviewedAt',
  'lastReviewedAt',
] as const

export const markRestore: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (operation !== 'restoreVersion') return args
  ;(context as RequestContext)[RESTORE_AS] = (
    (args as { draft?: boolean }).draft ? 'draft' : 'version'
  ) satisfies RestoreAs
  return args
}

export const restoreVersionData: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  const restoreAs = context[RESTORE_AS] as RestoreAs | undefined
  // Payload sets isRestoringVersion just before these hooks; ours is consumed so that a later
  // write on the same request is an ordinary write again
  if (!restoreAs || !context.isRestoringVersion || !data) return data
  delete context[RESTORE_AS]
  if (restoreAs === 'draft') data._status = 'draft'
  // `originalDoc` is the document as it stands (its latest version): the later hooks (setCreatedBy,
  // the publish rule, the workflow) take the author from it too
  for (const field of DOCUMENT_STATE) {
    const value = originalDoc?.[field]
    data[field] = field === 'createdBy' || field === 'reviewedBy' ? idOf(value) : (value ?? null)
  }
  if (!data.workflowStatus) data.workflowStatus = 'draft'
  return data
}
