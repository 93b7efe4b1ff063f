/**
 * Feedback rolled up for editors.
 *
 * - per document: the yes/no answers and the latest comments sent from its public page, in every
 *   locale (`documentPath`), and the accepted corrections and feedback waiting to be worked on;
 * - across the hub: the pages people find least useful.
 * Spam is left out everywhere. Reads run with the viewer's own access (staff only).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'
import type { PublicCollection } from '../lib/routes'
import type { Submission, User } from '../payload-types'
import { parsePublicPath, publicPathsOf, TITLE_FIELD } from './documents'

type Viewer = { user?: (User & { collection: 'users' }) | null }
const access = ({ user }: Viewer) => (user ? { user, overrideAccess: false } : { overrideAccess: true })

export type Comment = Pick<Submission, 'id' | 'message' | 'helpful' | 'page' | 'createdAt' | 'status'>
export type Rollup = { yes: number; no: number; comments: Comment[]; commentCount: number; paths: string[] }

const notSpam: Where = { status: { not_equals: 'spam' } }

export async function feedbackRollup(
  payload: Payload,
  collection: PublicCollection,
  slug: string,
  viewer: Viewer = {},
  limit = 5,
): Promise<Rollup> {
  const paths = publicPathsOf(collection, slug)
  const base: Where[] = [{ kind: { equals: 'feedback' } }, { page: { in: paths } }, notSpam]
  const count = async (extra: Where) =>
    (await payload.count({ collection: 'submissions', where: { and: [...base, extra] }, ...access(viewer) })).totalDocs
  const withComment: Where = { message: { exists: true } }
  const [yes, no, comments] = await Promise.all([
    count({ helpful: { equals: 'yes' } }),
    count({ helpful: { equals: 'no' } }),
    payload.find({
      collection: 'submissions',
      where: { and: [...base, withComment] },
      sort: '-createdAt',
      limit,
      depth: 0,
      ...access(viewer),
      select: { message: true, helpful: true, page: true, createdAt: true, status: true },
    }),
  ])
  return { yes, no, comments: comments.docs as Comment[], commentCount: comments.totalDocs, paths }
}

export type Task = Pick<Submission, 'id' | 'kind' | 'message' | 'url' | 'page' | 'createdAt' | 'name' | 'credit'>

/** Accepted corrections and feedback linked to this document: the editor's to-do list. */
export async function openTasks(
  payload: Payload,
  collection: PublicCollection,
  id: number,
  viewer: Viewer = {},
): Promise<Task[]> {
  const { docs } = await payload.find({
    collection: 'submissions',
    where: {
      and: [
        { 'result.relationTo': { equals: collection } },
        { 'result.value': { equals: id } },
        { status: { equals: 'accepted' } },
        { kind: { in: ['correction', 'feedback'] } },
      ],
    },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    ...access(viewer),
    select: { kind: true, message: true, url: true, page: true, createdAt: true, name: true, credit: true },
  })
  return docs as Task[]
}

export type PageScore = {
  page: string
  yes: number
  no: number
  comments: number
  /** share of "no", pulled towards one half when there are few answers: (no + 1) / (yes + no + 2) */
  score: number
  lastAt: string
  document: { collection: PublicCollection; id: number; title: string } | null
}

/** Pages with at least one "no", least useful first: by the smoothed share of "no", then by how many said so. */
export async function leastUsefulPages(
  payload: Payload,
  { limit = 10, sinceDays = 365 }: { limit?: number; sinceDays?: number } = {},
): Promise<PageScore[]> {
  const since = new Date(Date.now() - sinceDays * 24 * 60 * 60 * 1000).toISOString()
  const db = (
    payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }
  ).drizzle
  const { rows } = await db.execute(sql`
    select page,
           count(*) filter (where helpful = 'yes')::int as yes,
           count(*) filter (where helpful = 'no')::int as no,
           count(*) filter (where coalesce(message, '') <> '')::int as comments,
           max(created_at) as last_at
      from submissions
     where kind = 'feedback' and status <> 'spam' and page is not null and created_at >= ${since}
     group by page
    having count(*) filter (where helpful = 'no') > 0
     order by (count(*) filter (where helpful = 'no') + 1)::float / (count(*) filter (where helpful in ('yes', 'no')) + 2) desc,
              count(*) filter (where helpful = 'no') desc,
              max(created_at) desc
     limit ${limit}`)
  const scores: PageScore[] = []
  for (const row of rows) {
    const yes = Number(row.yes)
    const no = Number(row.no)
    const page = String(row.page)
    scores.push({
      page,
      yes,
      no,
      comments: Number(row.comments),
      score: (no + 1) / (yes + no + 2),
      lastAt: new Date(row.last_at as string).toISOString(),
      document: await documentAt(payload, page),
    })
  }
  return scores
}

async function documentAt(payload: Payload, page: string): Promise<PageScore['document']> {
  const parsed = parsePublicPath(page)
  if (!parsed) return null
  const { docs } = await payload.find({
    collection: parsed.collection,
    where: { slug: { equals: parsed.slug } },
    overrideAccess: true,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  return doc
    ? {
        collection: parsed.collection,
        id: doc.id as number,
        title: String(doc[TITLE_FIELD[parsed.collection]] ?? parsed.slug),
      }
    : null
}
