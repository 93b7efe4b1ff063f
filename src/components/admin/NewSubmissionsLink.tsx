/**
 * At the top of the admin navigation: the moderation queue and how many submissions are new.
 * A server component (admin.components.beforeNavLinks), counted with the viewer's own access.
 */
import type { ServerProps } from 'payload'
import { isStaffUser } from '@/access/roles'
import { queueHref } from './links'
import './moderation.css'

export async function NewSubmissionsLink({ payload, user }: ServerProps) {
  if (!user || !isStaffUser(user)) return null
  const { totalDocs } = await payload.count({
    collection: 'submissions',
    where: { status: { equals: 'new' } },
    user,
    overrideAccess: false,
  })
  const label = totalDocs === 1 ? '1 new submission' : `${totalDocs} new submissions`
  return (
    <a
      className="ah-mod-navlink"
      href={queueHref(payload.config.routes.admin, { status: { equals: 'new' } })}
      aria-label={`Moderation queue: ${label}`}
    >
      <span>Moderation queue</span>
      <span className={`ah-mod-badge${totalDocs ? ' ah-mod-badge--some' : ''}`} data-testid="new-submissions-count">
        {totalDocs}
      </span>
    </a>
  )
}
