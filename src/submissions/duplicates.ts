/**
 * Is a suggested link already on the hub, or already waiting in the queue?
 * Compared in normalised form (normalise.ts). Resources keep their URL as typed, so
 * candidates are narrowed by host (case-insensitive), then compared normalised here;
 * submissions store the normalised URL (`normalizedUrl`, indexed) and are matched exactly.
 */
import { domainToUnicode } from 'node:url'
import type { Payload, Where } from 'payload'
import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'
import { hostOf, normaliseUrl } from './normalise'

export type Duplicate =
  { kind: 'resource'; id: number; title: string; path: string } | { kind: 'pending'; id: number; receivedAt: string }

/** Statuses in which a suggestion is still on its way to the hub. */
export const PENDING_STATUSES = ['new', 'accepted'] as const

export async function findDuplicate(
  payload: Payload,
  normalizedUrl: string,
  locale: Locale,
): Promise<Duplicate | null> {
  const host = hostOf(normalizedUrl)
  const unicodeHost = domainToUnicode(host)
  const byHost: Where[] = [{ url: { contains: host } }]
  if (unicodeHost && unicodeHost !== host) byHost.push({ url: { contains: unicodeHost } })
  // listed: published resources, read as an anonymous visitor would (drafts are not "listed")
  const { docs: resources } = await payload.find({
    collection: 'resources',
    where: { or: byHost },
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 200,
    select: { title: true, slug: true, url: true },
  })
  const listed = resources.find((r) => typeof r.url === 'string' && normaliseUrl(r.url) === normalizedUrl)
  if (listed && listed.slug)
    return { kind: 'resource', id: listed.id, title: listed.title, path: routes.resource(locale, listed.slug) }

  const { docs: pending } = await payload.find({
    collection: 'submissions',
    where: {
      and: [
        { normalizedUrl: { equals: normalizedUrl } },
        { kind: { equals: 'suggestion' } },
        { status: { in: [...PENDING_STATUSES] } },
      ],
    },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: 'createdAt',
    select: { createdAt: true },
  })
  const first = pending[0]
  return first ? { kind: 'pending', id: first.id, receivedAt: first.createdAt } : null
}
