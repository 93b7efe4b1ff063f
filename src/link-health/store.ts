/**
 * Where link health is read and written: straight in SQL on the four `linkHealth` columns, of the
 * resource row and of its latest version row, and nothing else.
 *
 * Why not `payload.update`: on a collection with drafts, an update reads the *latest version*,
 * merges the data into it and writes that to the document. For a published resource with a pending
 * draft that writes the draft's content over the published document with the draft's
 * `_status: 'draft'`: the resource leaves the site (tried on Payload 3.90 with `draft: false`).
 * Every check would also bump `updatedAt` (the public "last updated" date), write a
 * new version (50 nightly checks would push out the real history) and run the publish rule and
 * moderation hooks. The checker must never change what is published, so it writes only its own
 * columns, never `_status`, `updatedAt` or any other field, and expires no public cache (link
 * health is not shown to readers).
 *
 * Both rows are written because the admin reads both: the list and the edit view read the latest
 * version (`draft: true`), the REST API and public pages the document row. A result is written
 * only to rows whose URL is still the one that was checked: health belongs to a URL, and a URL
 * changed while the check ran keeps its own state. Every resource (and draft) with the same URL
 * gets the result at once.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { LinkResult } from './check'

type Db = PostgresAdapter['drizzle']
const db = (payload: Payload): Db => (payload.db as unknown as PostgresAdapter).drizzle

export type Candidate = { id: number; url: string; checkedAt: Date | null }

/**
 * Up to `limit` resources whose link was never checked or not since `cutoff`, oldest check first:
 * each resource's own URL and, when its latest version (a pending draft) points elsewhere, that
 * one too.
 */
export async function staleLinks(
  payload: Payload,
  { cutoff, limit, exclude = [] }: { cutoff: Date; limit: number; exclude?: readonly string[] },
): Promise<Candidate[]> {
  const excluded = exclude.length
    ? sql`and c.url not in (${sql.join(
        exclude.map((u) => sql`${u}`),
        sql`, `,
      )})`
    : sql``
  const { rows } = await db(payload).execute(sql`
    select c.id, c.url, min(c.checked_at) as checked_at from (
      select r.id, r.url, r.link_health_checked_at as checked_at from resources r
      union all
      select v.parent_id as id, v.version_url as url, v.version_link_health_checked_at as checked_at
        from _resources_v v where v.latest = true and v.parent_id is not null
    ) c
    where c.url is not null and c.url <> ''
      and (c.checked_at is null or c.checked_at < ${cutoff.toISOString()}::timestamptz)
      ${excluded}
    group by c.id, c.url
    order by min(c.checked_at) asc nulls first, c.id asc
    limit ${limit}
  `)
  return (rows as Array<{ id: number; url: string; checked_at: string | Date | null }>).map((r) => ({
    id: Number(r.id),
    url: r.url,
    checkedAt: r.checked_at ? new Date(r.checked_at) : null,
  }))
}

/** Records one link's health on every resource and latest version with that URL. Returns the resource rows written. */
export async function saveLinkHealth(payload: Payload, result: LinkResult): Promise<number> {
  const checkedAt = result.checkedAt.toISOString()
  const docs = await db(payload).execute(sql`
    update resources set
      link_health_status = ${result.status},
      link_health_http_status = ${result.httpStatus},
      link_health_checked_at = ${checkedAt}::timestamptz,
      link_health_final_url = ${result.finalUrl}
    where url = ${result.url}
  `)
  await db(payload).execute(sql`
    update _resources_v set
      version_link_health_status = ${result.status},
      version_link_health_http_status = ${result.httpStatus},
      version_link_health_checked_at = ${checkedAt}::timestamptz,
      version_link_health_final_url = ${result.finalUrl}
    where latest = true and version_url = ${result.url}
  `)
  return (docs as { rowCount?: number | null }).rowCount ?? 0
}
