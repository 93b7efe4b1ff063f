/**
 * The email digest on the admin dashboard (admin.components.beforeDashboard): how many readers are
 * subscribed and how many have not confirmed yet, for every staff account. Counted as the server,
 * so editors and reviewers see the numbers without reading the list; only admins get the link to
 * it (the collection's access lets only them read it).
 */
import type { ServerProps } from 'payload'
import { isAdminUser, isStaffUser } from '@/access/roles'
import { SUBSCRIBERS } from '../config'
import '@/components/admin/moderation.css'

export async function SubscriberCount({ payload, user }: ServerProps) {
  if (!user || !isStaffUser(user)) return null
  const [confirmed, pending] = await Promise.all([
    payload.count({ collection: SUBSCRIBERS, where: { confirmedAt: { exists: true } }, overrideAccess: true }),
    payload.count({ collection: SUBSCRIBERS, where: { confirmedAt: { exists: false } }, overrideAccess: true }),
  ])
  const admin = payload.config.routes.admin
  return (
    <section className="ah-mod-panel" aria-labelledby="ah-digest-title">
      <h2 id="ah-digest-title">Email digest</h2>
      <p>
        {confirmed.totalDocs} subscribed, {pending.totalDocs} waiting for confirmation.
      </p>
      {isAdminUser(user) ? (
        <p>
          <a href={`${admin}/collections/${SUBSCRIBERS}`}>Subscribers</a>
        </p>
      ) : null}
    </section>
  )
}
