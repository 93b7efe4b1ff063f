/**
 * On the admin dashboard (admin.components.beforeDashboard): what waits in the moderation queue,
 * and the pages people find least useful, each linked to its document and its feedback.
 */
import type { ServerProps } from 'payload'
import { isStaffUser } from '@/access/roles'
import { leastUsefulPages } from '@/moderation/rollup'
import { docHref, queueHref } from './links'
import './moderation.css'

const KINDS = [
  { value: 'suggestion', label: 'Suggestions' },
  { value: 'correction', label: 'Corrections' },
  { value: 'feedback', label: 'Feedback' },
] as const

export async function ModerationDashboard({ payload, user }: ServerProps) {
  if (!user || !isStaffUser(user)) return null
  const admin = payload.config.routes.admin
  const count = async (where: object) =>
    (await payload.count({ collection: 'submissions', where: where as never, user, overrideAccess: false })).totalDocs
  const [byKind, awaiting, pages] = await Promise.all([
    Promise.all(
      KINDS.map(async (k) => ({
        ...k,
        count: await count({ and: [{ status: { equals: 'new' } }, { kind: { equals: k.value } }] }),
      })),
    ),
    count({ status: { equals: 'accepted' } }),
    leastUsefulPages(payload, { limit: 10 }),
  ])
  const total = byKind.reduce((sum, k) => sum + k.count, 0)
  return (
    <section className="ah-mod-panel" aria-labelledby="ah-mod-dashboard-title">
      <h2 id="ah-mod-dashboard-title">Community</h2>
      <div className="ah-mod-grid">
        <div>
          <h3>
            <a href={queueHref(admin, { status: { equals: 'new' } })}>
              {total === 1 ? '1 new submission' : `${total} new submissions`}
            </a>
          </h3>
          <ul>
            {byKind.map((k) => (
              <li key={k.value}>
                <a href={queueHref(admin, { and: [{ status: { equals: 'new' } }, { kind: { equals: k.value } }] })}>
                  {k.label}: {k.count}
                </a>
              </li>
            ))}
            <li>
              <a href={queueHref(admin, { status: { equals: 'accepted' } })}>
                Accepted, waiting to be published: {awaiting}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h3 id="ah-mod-least-useful">Pages people find least useful</h3>
          {pages.length ? (
            <table className="ah-mod-table" aria-labelledby="ah-mod-least-useful">
              <thead>
                <tr>
                  <th scope="col">Page</th>
                  <th scope="col" className="num">
                    No
                  </th>
                  <th scope="col" className="num">
                    Yes
                  </th>
                  <th scope="col" className="num">
                    Comments
                  </th>
                </tr>
              </thead>
              <tbody>
                {pages.map((p) => (
                  <tr key={p.page}>
                    <td>
                      {p.document ? (
                        <a href={docHref(admin, p.document.collection, p.document.id)}>{p.document.title}</a>
                      ) : (
                        p.page
                      )}
                      <br />
                      <a
                        className="ah-mod-muted"
                        href={queueHref(admin, {
                          and: [{ kind: { equals: 'feedback' } }, { page: { equals: p.page } }],
                        })}
                      >
                        {p.page}: read the feedback
                      </a>
                    </td>
                    <td className="num">{p.no}</td>
                    <td className="num">{p.yes}</td>
                    <td className="num">{p.comments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="ah-mod-muted">Nobody has said a page was not useful in the last year.</p>
          )}
        </div>
      </div>
    </section>
  )
}
