/**
 * The review workflow's transitions (`draft` → `in_review` → `changes_requested` | `approved`),
 * as a pure function so hooks, tests and the admin agree. Who may review is the publish rule
 * (src/access/publishing.ts). `approved` is otherwise set only by publishing (src/hooks/recordReview.ts);
 * a substantive edit to published content reopens it and unpublishing ends it (changes.ts, hooks.ts).
 * The admin's status select offers what allowedStatuses says (src/components/admin/WorkflowStatusField.tsx).
 */
import { canPublish, publishRefusal } from '@/access/publishing'
import { isEditorUser, isPublisher } from '@/access/roles'
import { idOf, sameId } from '@/lib/ids'

export type WorkflowStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved'
export const STATUSES: readonly WorkflowStatus[] = ['draft', 'in_review', 'changes_requested', 'approved']

export type Actor = { id: number | string; roles?: readonly string[] | null }

export type Refusal = { status: 400 | 403; message: string }

/** Author of the document, an editor or an admin: may submit for review and withdraw. */
export const maySubmit = (user: Actor, author: unknown) => sameId(idOf(author), user.id) || isEditorUser(user)

/** Reviewing (requesting changes, approving) is the publish rule: a reviewer or admin who is not the author. */
export const mayReview = (user: Actor, author: unknown) => canPublish(user, author)

export const LABEL: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
}

/**
 * Whether `user` may move a document authored by `author` from `from` to `to`
 * (null when allowed). `from` is null on create. `note` is the review note sent with it.
 */
export function checkTransition(
  user: Actor,
  author: unknown,
  from: WorkflowStatus | null,
  to: WorkflowStatus,
  note?: string | null,
): Refusal | null {
  if (from === to) return null
  if (!STATUSES.includes(to)) return { status: 400, message: `Unknown workflow status “${String(to)}”.` }
  if (from === null) {
    // a new document starts as a draft, or is submitted at once by its author
    return to === 'draft' || to === 'in_review'
      ? null
      : { status: 400, message: `A new item starts as “Draft” or “In review”, not “${LABEL[to]}”.` }
  }
  if (to === 'in_review' && (from === 'draft' || from === 'changes_requested')) {
    return maySubmit(user, author)
      ? null
      : { status: 403, message: 'Only the author, an editor or an admin can submit this item for review.' }
  }
  if (from === 'in_review' && to === 'draft') {
    return maySubmit(user, author)
      ? null
      : { status: 403, message: 'Only the author, an editor or an admin can withdraw this item from review.' }
  }
  if (from === 'approved' && (to === 'draft' || to === 'in_review')) {
    // editing approved (published) work reopens it; anyone on staff may start that
    return null
  }
  if (from === 'in_review' && (to === 'changes_requested' || to === 'approved')) {
    const refused = publishRefusal(user, author, 'review')
    if (refused) return { status: 403, message: refused }
    if (to === 'changes_requested' && !note?.trim()) {
      return { status: 400, message: 'Requesting changes needs a note to the author (Review note).' }
    }
    return null
  }
  if (to === 'approved') {
    return { status: 400, message: 'An item is approved by reviewing it while it is in review, or by publishing it.' }
  }
  if (to === 'changes_requested') {
    return { status: 400, message: 'Changes can only be requested on an item that is in review.' }
  }
  return { status: 400, message: `An item cannot move from “${LABEL[from]}” to “${LABEL[to]}”.` }
}

/**
 * The statuses the admin offers `user` for a document authored by `author` whose SAVED status is
 * `from` (null: not saved yet): the saved status itself and every move checkTransition allows from it.
 * The note that requesting changes needs is taken as given (the form has a note field; the server
 * still refuses the move without one). In workflow order.
 */
export function allowedStatuses(user: Actor, author: unknown, from: WorkflowStatus | null): WorkflowStatus[] {
  const current = from ?? 'draft'
  return STATUSES.filter((to) => to === current || checkTransition(user, author, from, to, 'a note') === null)
}

/**
 * One line for the status field about who the document is waiting for, when `user` cannot take
 * the next step themselves (null otherwise): with no move at all the field is read-only and this
 * says why.
 */
export function waitingFor(user: Actor, author: unknown, from: WorkflowStatus | null): string | null {
  if (from === 'in_review' && !mayReview(user, author)) {
    return isPublisher(user)
      ? 'Waiting for a reviewer other than the author: you cannot review your own work.'
      : 'Waiting for a reviewer other than the author.'
  }
  if ((from === 'draft' || from === 'changes_requested') && !maySubmit(user, author)) {
    return from === 'changes_requested'
      ? 'Waiting for the author (or an editor or admin) to make the changes and resubmit it.'
      : 'Waiting for the author (or an editor or admin) to submit it for review.'
  }
  return null
}
