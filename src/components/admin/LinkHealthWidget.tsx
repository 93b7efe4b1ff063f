/**
 * Broken and moved resource links, for editors (src/link-health writes them nightly).
 *
 * - `LinkHealthWidget` (admin.components.beforeDashboard): "Links to check", a count and links to
 *   the Resources list filtered by `linkHealth.status`, and when the checker last ran;
 * - `LinkHealthListFilters` (the Resources list's beforeListTable): the same filters as chips.
 *
 * Counts read the latest version of each resource (`draft: true`), as the admin's list does, so a
 * number and the list it links to agree.
 */
import type { ServerProps, Where } from 'payload'
import { isStaffUser } from '@/access/roles'
import { adminRoute, whereQuery } from './links'
import './moderation.css'

const TO_CHECK = ['broken', 'redirected', 'error'] as const
const LABELS: Record<(typeof TO_CHECK)[number] | 'unchecked', string> = {
  broken: 'Broken',
  redirected: 'Moved',
  error: 'Could not check',
  unchecked: 'Not checked yet',
}

type Status = keyof typeof LABELS

/** The `where` of the Resources list for these link statuses (in the list's own or/and shape, so its filter bar shows it). */
export const linkHealthWhere = (statuses: readonly Status[]): Where => ({
  or: [{ and: [{ 'linkHealth.status': { in: [...statuses] } }] }],
})

export const resourcesHref = (admin: string, statuses: readonly Status[]) =>
  adminRoute(admin, `/collections/resources?${whereQuery(linkHealthWhere(statuses) as Record<string, unknown>)}`)

async function counts({ payload, user }: Pick<ServerProps, 'payload' | 'user'>) {
  const count = async (statuses: readonly Status[]) =>
    (
      await payload.find({
        collection: 'resources',
        where: { 'linkHealth.status': { in: [...statuses] } },
        draft: true,
        limit: 1,
        depth: 0,
        select: { title: true },
        user,
        overrideAccess: false,
      })
    ).totalDocs
  const [total, broken, redirected, error, unchecked, last] = await Promise.all([
    count(TO_CHECK),
    count(['broken']),
    count(['redirected']),
    count(['error']),
    count(['unchecked']),
    payload.find({
      collection: 'resources',
      where: { 'linkHealth.checkedAt': { exists: true } },
      sort: '-linkHealth.checkedAt',
      draft: true,
      limit: 1,
      depth: 0,
      select: { linkHealth: true },
      user,
      overrideAccess: false,
    }),
  ])
  return {
    total,
    byStatus: { broken, redirected, error, unchecked },
    lastCheckedAt: last.docs[0]?.linkHealth?.checkedAt ?? null,
  }
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'

export async function LinkHealthWidget({ payload, user }: ServerProps) {
  if (!user || !isStaffUser(user)) return null
  const admin = payload.config.routes.admin
  const { total, byStatus, lastCheckedAt } = await counts({ payload, user })
  return (
    <section className="ah-mod-panel" aria-labelledby="ah-link-health-title">
      <h2 id="ah-link-health-title">Links to check</h2>
      <p>
        <a href={resourcesHref(admin, TO_CHECK)}>
          {total === 1 ? '1 resource has a link to check' : `${total} resources have a link to check`}
        </a>
      </p>
      <ul>
        {(['broken', 'redirected', 'error', 'unchecked'] as const).map((s) => (
          <li key={s}>
            <a href={resourcesHref(admin, [s])}>
              {LABELS[s]}: {byStatus[s]}
            </a>
          </li>
        ))}
      </ul>
      <p className="ah-mod-muted">
        {lastCheckedAt ? `Last check: ${when(lastCheckedAt)}. ` : 'No link has been checked yet. '}
        Links are checked every night; nothing is unpublished automatically. Moved links: update the URL to the new
        address.
      </p>
    </section>
  )
}

/** Quick filters above the Resources list. */
export async function LinkHealthListFilters({
  payload,
  user,
  searchParams,
}: ServerProps & { searchParams?: Record<string, string | string[] | undefined> }) {
  if (!user || !isStaffUser(user)) return null
  const admin = payload.config.routes.admin
  const { total, byStatus } = await counts({ payload, user })
  const current = new Set(
    Object.entries(searchParams ?? {})
      .filter(([key]) => /\[linkHealth\.status\]\[in\]/.test(key))
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value ?? ''])),
  )
  const isCurrent = (statuses: readonly Status[]) =>
    current.size === statuses.length && statuses.every((s) => current.has(s))
  return (
    <nav className="ah-mod-chips" aria-label="Link health">
      <span>Links:</span>
      <a href={adminRoute(admin, '/collections/resources')} aria-current={current.size === 0 ? 'true' : undefined}>
        All
      </a>
      <a href={resourcesHref(admin, TO_CHECK)} aria-current={isCurrent(TO_CHECK) ? 'true' : undefined}>
        To check ({total})
      </a>
      {(['broken', 'redirected', 'error', 'unchecked'] as const).map((s) => (
        <a key={s} href={resourcesHref(admin, [s])} aria-current={isCurrent([s]) ? 'true' : undefined}>
          {LABELS[s]} ({byStatus[s]})
        </a>
      ))}
    </nav>
  )
}
