/**
 * Erasing a contributor's personal data: one function for both ways it happens.
 *
 * - the contributor asks, from their status page (src/submissions/status.ts `eraseByToken`):
 *   name and email go, and with the name their credit on anything published;
 * - the retention job (retention.ts): spam and declined submissions lose their email, and their
 *   name unless it is credited on published content, SUBMISSION_RETENTION_DAYS after the decision.
 *
 * A credit lives in the `contributors` rows of content documents (src/fields/contributors.ts),
 * and in the same rows of every kept version: all of them go (removeCredits).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { expire } from '../hooks/revalidate'
import { PUBLIC_COLLECTIONS } from './documents'

export type EraseOptions = {
  now?: Date
  req?: PayloadRequest
  /** keep the name (and consent) when it is credited on published content (the retention job) */
  keepPublishedCredit?: boolean
}

export type EraseResult = { id: number; nameKept: boolean; creditsRemoved: number }

/** Whether a published document credits this submission's sender. */
export async function creditedOnPublished(
  payload: Payload,
  submissionId: number,
  req?: PayloadRequest,
): Promise<boolean> {
  for (const collection of PUBLIC_COLLECTIONS) {
    const { totalDocs } = await payload.count({
      collection,
      where: { and: [{ 'contributors.submission': { equals: submissionId } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs) return true
  }
  return false
}

type Db = { execute: (query: unknown) => Promise<{ rows?: unknown[] } | unknown> }

/** The database handle, inside the request's transaction when there is one. */
async function database(payload: Payload, req?: PayloadRequest): Promise<Db> {
  const adapter = payload.db as unknown as { drizzle: Db; sessions?: Record<string, { db: Db }> }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  return (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
}

/** `glossary-terms` → `glossary_terms`: Payload's table name for a collection. */
const tableOf = (slug: string) => slug.replace(/-/g, '_')

/**
 * Remove every credit that comes from this submission: from the documents as they are and from
 * every kept version (draft or published). Done in SQL on the credit rows alone, so no new version
 * is written and a pending draft is not pushed aside; the public pages of the collections concerned
 * are revalidated.
 */
export async function removeCredits(payload: Payload, submissionId: number, req?: PayloadRequest): Promise<number> {
  const db = await database(payload, req)
  let removed = 0
  for (const collection of PUBLIC_COLLECTIONS) {
    const table = tableOf(collection)
    let current = 0
    for (const name of [`${table}_contributors`, `_${table}_v_version_contributors`]) {
      const result = (await db.execute(
        sql`delete from ${sql.identifier(name)} where ${sql.identifier('submission_id')} = ${submissionId} returning 1`,
      )) as { rows?: unknown[] }
      if (name === `${table}_contributors`) current = result.rows?.length ?? 0
    }
    if (current) {
      removed += current
      expire(collection, payload.logger)
    }
  }
  return removed
}

/**
 * Erase the sender's name and email on these submissions (and, with the name, their credits).
 * Records when in `erasedAt`. Returns what was done, per submission.
 */
export async function erasePersonalData(
  payload: Payload,
  ids: readonly number[],
  options: EraseOptions = {},
): Promise<EraseResult[]> {
  const now = options.now ?? new Date()
  const results: EraseResult[] = []
  for (const id of ids) {
    const nameKept = Boolean(options.keepPublishedCredit) && (await creditedOnPublished(payload, id, options.req))
    const creditsRemoved = nameKept ? 0 : await removeCredits(payload, id, options.req)
    await payload.update({
      collection: 'submissions',
      id,
      data: nameKept
        ? { email: null, erasedAt: now.toISOString() }
        : { name: null, email: null, credit: false, erasedAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      req: options.req,
      context: { personalDataErasure: true },
    })
    results.push({ id, nameKept, creditsRemoved })
  }
  return results
}
