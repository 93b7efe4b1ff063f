/**
 * The `workflowStatus` field of every content document (src/fields/editorial.ts): a server component
 * that reads the document AS SAVED (status and author `createdBy`, latest version, with the viewer's
 * access) and offers only the statuses this user may set on it: the saved one and the moves
 * src/workflow/rules.ts allows (allowedStatuses: checkTransition, not a copy of it). With no move to
 * make the select is read-only and one line says who it is waiting for. The server still checks every
 * write (src/workflow/hooks.ts); this only keeps the admin from offering what it would refuse.
 *
 * Why not the select's `filterOptions`: it is given the form's current data, not the saved document
 * (pick "In review" and the offer is recomputed as if it were saved in review), it cannot read the
 * database (it is synchronous), and the server's select validation runs it on every write, where the
 * data is the incoming change, not the stored status.
 */
import type { CollectionSlug, SelectFieldServerProps } from 'payload'
import { allowedStatuses, STATUSES, waitingFor, type Actor, type WorkflowStatus } from '@/workflow/rules'
import { WorkflowStatusSelect, type SavedWorkflow } from './WorkflowStatusSelect'
import { idOf } from '@/lib/ids'

const asStatus = (value: unknown): WorkflowStatus | null =>
  STATUSES.includes(value as WorkflowStatus) ? (value as WorkflowStatus) : null

type Doc = { workflowStatus?: unknown; createdBy?: unknown; updatedAt?: unknown } | null | undefined

/** The saved document's workflow state; before the first save: no status, and the viewer will be its author. */
export async function savedWorkflow(
  { collectionSlug, data, id, payload }: Pick<SelectFieldServerProps, 'collectionSlug' | 'data' | 'id' | 'payload'>,
  viewer: Actor & { collection?: string },
): Promise<SavedWorkflow> {
  if (id === undefined || id === null || id === '') return { status: null, author: viewer.id, updatedAt: null }
  let doc: Doc = null
  try {
    doc = (await payload.findByID({
      collection: collectionSlug as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      select: { workflowStatus: true, createdBy: true, updatedAt: true },
      user: { ...viewer, collection: viewer.collection ?? 'users' } as never,
      overrideAccess: false,
      disableErrors: true,
    })) as Doc
  } catch {
    doc = null
  }
  // the form's data is the saved document on a page load; it stands in if the read fails
  const source: Doc = doc ?? (data as Doc)
  return {
    status: asStatus(source?.workflowStatus) ?? 'draft',
    author: idOf(source?.createdBy),
    updatedAt: typeof source?.updatedAt === 'string' ? source.updatedAt : null,
  }
}

export async function WorkflowStatusField(props: SelectFieldServerProps) {
  const { clientField, path, readOnly, req, user } = props
  const viewer = (req?.user ?? user) as (Actor & { collection?: string }) | null | undefined
  if (!viewer) return null
  const actor: Actor = { id: viewer.id, roles: [...(viewer.roles ?? [])] }
  const saved = await savedWorkflow(props, viewer)
  return (
    <WorkflowStatusSelect
      actor={actor}
      allowed={allowedStatuses(actor, saved.author, saved.status)}
      field={clientField}
      path={path ?? clientField.name}
      readOnly={readOnly}
      saved={saved}
      waiting={waitingFor(actor, saved.author, saved.status)}
    />
  )
}
