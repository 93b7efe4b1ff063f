/**
 * In the sidebar of every public content document (a `ui` field added by contentCollection):
 * what readers said about its page (yes/no counts and the latest comments, from every locale's
 * path) and the accepted corrections and feedback waiting for its editor. A server component:
 * it reads submissions with the viewer's own access.
 */
import type { UIFieldServerProps } from 'payload'
import { isStaffUser } from '@/access/roles'
import { isPublicCollection } from '@/moderation/documents'
import { feedbackRollup, openTasks } from '@/moderation/rollup'
import type { User } from '@/payload-types'
import { docHref, queueHref } from './links'
import './moderation.css'

const date = (iso: string) => new Date(iso).toISOString().slice(0, 10)

export async function DocumentFeedback({ payload, data, collectionSlug, id, user }: UIFieldServerProps) {
  if (!id || !user || !isStaffUser(user) || !isPublicCollection(collectionSlug)) return null
  const slug = typeof data?.slug === 'string' ? data.slug : null
  const viewer = { user: { ...(user as User), collection: 'users' as const } }
  const admin = payload.config.routes.admin
  const [rollup, tasks] = await Promise.all([
    slug ? feedbackRollup(payload, collectionSlug, slug, viewer) : null,
    openTasks(payload, collectionSlug, Number(id), viewer),
  ])
  return (
    <div className="ah-mod-panel" data-testid="document-feedback">
      {tasks.length ? (
        <section aria-labelledby="ah-mod-tasks">
          <h3 id="ah-mod-tasks">To do from the community ({tasks.length})</h3>
          <ul>
            {tasks.map((t) => (
              <li key={t.id}>
                <strong>{t.kind === 'correction' ? 'Correction' : 'Feedback'}</strong> ({date(t.createdAt)}):{' '}
                <span className="ah-mod-quote">{t.message || t.url || '(no message)'}</span>{' '}
                <a href={docHref(admin, 'submissions', t.id)}>open</a>
                {t.credit && t.name ? <span className="ah-mod-muted"> · may be credited as “{t.name}”</span> : null}
              </li>
            ))}
          </ul>
          <p className="ah-mod-muted">
            Publishing this document after the change marks these as done and tells their senders.
          </p>
        </section>
      ) : null}
      <section aria-labelledby="ah-mod-feedback">
        <h3 id="ah-mod-feedback">Reader feedback</h3>
        {!rollup ? (
          <p className="ah-mod-muted">Save the document first: feedback is matched by its page address.</p>
        ) : (
          <>
            <p className="ah-mod-counts" aria-label={`Useful: ${rollup.yes} yes, ${rollup.no} no`}>
              <span>Useful: {rollup.yes} yes</span>
              <span>{rollup.no} no</span>
            </p>
            {rollup.comments.length ? (
              <ul aria-label="Latest comments">
                {rollup.comments.map((c) => (
                  <li key={c.id}>
                    <span className="ah-mod-muted">
                      {date(c.createdAt)}
                      {c.helpful ? ` · ${c.helpful}` : ''}
                      {c.page && c.page !== rollup.paths[0] ? ` · ${c.page}` : ''}
                    </span>
                    <br />
                    <span className="ah-mod-quote">{c.message}</span>{' '}
                    <a href={docHref(admin, 'submissions', c.id)}>open</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="ah-mod-muted">No comments yet.</p>
            )}
            {rollup.commentCount + rollup.yes + rollup.no > 0 ? (
              <a href={queueHref(admin, { and: [{ kind: { equals: 'feedback' } }, { page: { in: rollup.paths } }] })}>
                All feedback on this page
              </a>
            ) : null}
          </>
        )}
      </section>
    </div>
  )
}
