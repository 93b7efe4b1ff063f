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
 *
 * `restoreVersionEndpoint` replaces Payload's REST restore route: the admin's version view offers
 * "Restore this version" (sent as `?draft=false`) to everyone who may update the document, but
 * only a user who may publish it (src/access/publishing.ts) can put an old version live. For
 * anyone else the restore is made as a draft, which then goes through review like any other edit,
 * and the answer says so. The local API and GraphQL keep Payload's behaviour (refused with 403).
 */
import {
  parseParams,
  restoreVersionOperation,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { canPublish } from '../access/publishing'
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

/** The answer's message when a restore asked for as published was made as a draft. */
export const RESTORED_AS_DRAFT =
  'Restored as a draft. The published version stays live until a reviewer who is not the author publishes this one.'

/** Whether `req.user` may put the document that version `versionId` belongs to live. */
async function mayPublishVersionOf(req: PayloadRequest, collection: CollectionSlug, versionId: number | string) {
  if (!req.user) return false
  const { docs } = await req.payload.findVersions({
    collection,
    where: { id: { equals: versionId } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const parent = idOf(docs[0]?.parent)
  if (parent === null) return true // Payload answers 404 itself
  const doc = await req.payload.findByID({
    collection,
    id: parent,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return canPublish(req.user, (doc as { createdBy?: unknown } | null)?.createdBy)
}

export const restoreVersionEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection as CollectionSlug
    const rawId = String(req.routeParams?.id)
    const id = req.payload.db.defaultIDType === 'number' && /^\d+$/.test(rawId) ? Number(rawId) : rawId
    const { depth, draft, populate } = parseParams(req.query)
    const asDraft = Boolean(draft) || !(await mayPublishVersionOf(req, slug, id))
    const result = await restoreVersionOperation({
      id,
      collection: req.payload.collections[slug],
      depth,
      draft: asDraft,
      populate,
      req,
    })
    // Payload releases the edit lock on a save, not on a restore: the restorer's lock goes the same way
    if (req.user) {
      await req.payload.db.deleteMany({
        collection: 'payload-locked-documents',
        req,
        where: {
          and: [
            { 'document.relationTo': { equals: slug } },
            { 'document.value': { equals: result.id } },
            { 'user.value': { equals: req.user.id } },
          ],
        },
      })
    }
    const message = asDraft && !draft ? RESTORED_AS_DRAFT : req.t('version:restoredSuccessfully')
    return Response.json({ ...result, message }, { status: 200 })
  },
}
