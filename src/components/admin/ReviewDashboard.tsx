/**
 * The reviewers' dashboard (admin.components.beforeDashboard), over every content collection
 * (those with `workflowStatus`): "Waiting for my review" (reviewers and admins), "My drafts",
 * "Changes requested" (mine) and "Published but not reviewed for 12 months", each with a count
 * and links to the collection lists filtered the same way. Counts read the latest version of
 * each document (`draft: true`), as the admin's lists do, with the viewer's own access. "Waiting for
 * my review" is what the publish rule lets the viewer review (src/access/publishing.ts).
 */
import type { Payload, ServerProps, Where } from 'payload'
import { notAuthoredBy } from '@/access/publishing'
import { isPublisher, isStaffUser } from '@/access/roles'
import { adminRoute, whereQuery } from './links'
import './moderation.css'

export const STALE_DAYS = 365

type Viewer = { id: number | string; roles?: readonly string[] | null }
type Row = { slug: string; label: string; count: number; href: string }
type Widget = { key: string; title: string; total: number; rows: Row[] }

/** Each query in the list's own or/and shape, so the list's filter bar shows it. */
export function reviewQueries(
  user: Viewer,
  now = new Date(),
): { key: string; title: string; where: Where; reviewersOnly?: boolean }[] {
  const me = user.id
  const staleBefore = new Date(now.getTime() - STALE_DAYS * 24 * 3600 * 1000).toISOString()
  return [
    {
      key: 'waiting',
      title: 'Waiting for my review',
      reviewersOnly: true,
      // in review and not the viewer's own: each of notAuthoredBy's branches with the status
      where: {
        or: notAuthoredBy(user).or.map((notMine) => ({ and: [{ workflowStatus: { equals: 'in_review' } }, notMine] })),
      },
    },
    {
      key: 'drafts',
      title: 'My drafts',
      where: {
        or: [{ and: [{ createdBy: { equals: me } }, { workflowStatus: { in: ['draft', 'changes_requested'] } }] }],
      },
    },
    {
      key: 'changes',
      title: 'Changes requested',
      where: { or: [{ and: [{ createdBy: { equals: me } }, { workflowStatus: { equals: 'changes_requested' } }] }] },
    },
    {
      key: 'stale',
      title: `Published but not reviewed for 12 months`,
      where: {
        or: [
          { and: [{ _status: { equals: 'published' } }, { lastReviewedAt: { less_than: staleBefore } }] },
          // never reviewed (seeded or imported by server code): stale once it has been here 12 months
          {
            and: [
              { _status: { equals: 'published' } },
              { lastReviewedAt: { exists: false } },
              { createdAt: { less_than: staleBefore } },
            ],
          },
        ],
      },
    },
  ]
}

/** The content collections: those with the workflow field. */
export function workflowCollections(payload: Payload): { slug: string; label: string }[] {
  return payload.config.collections
    .filter((c) => c.fields.some((f) => 'name' in f && f.name === 'workflowStatus'))
    .map((c) => ({ slug: c.slug, label: typeof c.labels?.plural === 'string' ? c.labels.plural : c.slug }))
}

export async function reviewDashboard(
  payload: Payload,
  user: Viewer & Record<string, unknown>,
  now = new Date(),
): Promise<Widget[]> {
  const admin = payload.config.routes.admin
  const collections = workflowCollections(payload)
  const queries = reviewQueries(user, now).filter((q) => !q.reviewersOnly || isPublisher(user))
  return Promise.all(
    queries.map(async (q) => {
      const rows = await Promise.all(
        collections.map(async ({ slug, label }) => {
          // find, not count: count reads the main table, not each document's latest version
          const { totalDocs } = await payload.find({
            collection: slug as 'resources',
            where: q.where,
            draft: true,
            limit: 1,
            depth: 0,
            select: {},
            user: { ...user, collection: 'users' } as never,
            overrideAccess: false,
          })
          return {
            slug,
            label,
            count: totalDocs,
            href: adminRoute(admin, `/collections/${slug}?${whereQuery(q.where as Record<string, unknown>)}`),
          }
        }),
      )
      return {
        key: q.key,
        title: q.title,
        total: rows.reduce((n, r) => n + r.count, 0),
        rows: rows.filter((r) => r.count > 0),
      }
    }),
  )
}

export async function ReviewDashboard({ payload, user }: ServerProps) {
  if (!user || !isStaffUser(user)) return null
  const widgets = await reviewDashboard(payload, user as unknown as Viewer & Record<string, unknown>)
  return (
    <section className="ah-mod-panel" aria-labelledby="ah-review-dashboard-title" data-testid="review-dashboard">
      <h2 id="ah-review-dashboard-title">Review</h2>
      {widgets.map((w) => (
        <section key={w.key} aria-labelledby={`ah-review-${w.key}`} data-widget={w.key}>
          <h3 id={`ah-review-${w.key}`}>
            {w.title}: <span data-count={w.key}>{w.total}</span>
          </h3>
          {w.rows.length ? (
            <ul>
              {w.rows.map((r) => (
                <li key={r.slug}>
                  <a href={r.href}>
                    {r.label}: {r.count}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ah-mod-muted">Nothing here.</p>
          )}
        </section>
      ))}
    </section>
  )
}
