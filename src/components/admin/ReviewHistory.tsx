/**
 * In the sidebar of every content document (a `ui` field added by contentCollection through
 * src/fields/editorial.ts): the note of the changes requested, for the author, and the document's
 * review history (src/workflow, `review-events`): who moved it to which state, when, with what note.
 * A server component reading with the viewer's own access: staff only. Drawn when the page loads, it is
 * drawn again after a save in this view by ReviewHistoryRefresh (a client component inside it).
 */
import type { UIFieldServerProps } from 'payload'
import { isStaffUser } from '@/access/roles'
import { REVIEW_ACTIONS } from '@/collections/ReviewEvents'
import type { ReviewEvent, User } from '@/payload-types'
import { LABEL, type WorkflowStatus } from '@/workflow/rules'
import { ReviewHistoryRefresh } from './ReviewHistoryRefresh'
import './moderation.css'

const HISTORY_LIMIT = 25
const actionLabel = (a: string) => REVIEW_ACTIONS.find((x) => x.value === a)?.label ?? a
const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
const nameOf = (by: ReviewEvent['by']) =>
  by && typeof by === 'object' ? by.name || `User ${by.id}` : by ? `User ${by}` : 'the server'

export async function ReviewHistory({ payload, data, collectionSlug, id, user }: UIFieldServerProps) {
  if (!user || !isStaffUser(user)) return null
  const note =
    data?.workflowStatus === 'changes_requested' && typeof data?.reviewNote === 'string' ? data.reviewNote : null
  const events = id
    ? (
        await payload.find({
          collection: 'review-events',
          where: { and: [{ collectionSlug: { equals: collectionSlug } }, { docId: { equals: String(id) } }] },
          sort: '-createdAt',
          limit: HISTORY_LIMIT,
          depth: 1,
          user: { ...(user as User), collection: 'users' as const },
          overrideAccess: false,
        })
      ).docs
    : []
  return (
    <div className="ah-mod-panel" data-testid="review-history">
      {id ? <ReviewHistoryRefresh drawnFor={typeof data?.updatedAt === 'string' ? data.updatedAt : null} /> : null}
      {note ? (
        <section aria-labelledby="ah-review-note" role="status">
          <h3 id="ah-review-note">Changes requested</h3>
          <p className="ah-mod-quote">{note}</p>
          <p className="ah-mod-muted">Make the changes, then set the status to “In review” and save.</p>
        </section>
      ) : null}
      <section aria-labelledby="ah-review-history">
        <h3 id="ah-review-history">Review history</h3>
        {!events.length ? (
          <p className="ah-mod-muted">{id ? 'No review steps yet.' : 'Save the document first.'}</p>
        ) : (
          <ol>
            {events.map((e) => (
              <li key={e.id}>
                <strong>{actionLabel(e.action)}</strong>
                {/* the new status, unless the step's name already says it ("Changes requested → Changes requested") */}
                {e.to && (LABEL[e.to as WorkflowStatus] ?? e.to) !== actionLabel(e.action)
                  ? ` → ${LABEL[e.to as WorkflowStatus] ?? e.to}`
                  : ''}
                <span className="ah-mod-muted">
                  {' '}
                  by {nameOf(e.by)}, {when(e.createdAt)}
                </span>
                {e.note ? <div className="ah-mod-quote">“{e.note}”</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
