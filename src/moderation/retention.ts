/**
 * Personal data kept only as long as needed: SUBMISSION_RETENTION_DAYS (default 30) after a
 * submission was marked spam or declined, its sender's email is erased, and their name too unless
 * it is credited on published content. Everything else is kept. A scheduled task on Payload's
 * jobs queue runs it nightly (03:30, server time), through the same erase function the sender
 * uses from their status page (personal-data.ts).
 */
import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'
import { erasePersonalData } from './personal-data'
import { QUEUES } from '@/jobs/settings'
import { retentionDays } from './settings'

export const RETENTION_TASK = 'eraseExpiredPersonalData'
export const RETENTION_CRON = '30 3 * * *'
const BATCH = 100

export type RetentionOutput = { erased: number; cutoff: string }

/** Spam and declined submissions decided before `cutoff` that still hold an email, or a name not yet reviewed for erasure. */
export const expiredWhere = (cutoff: Date): Where => ({
  and: [
    { status: { in: ['spam', 'declined'] } },
    {
      or: [
        { decidedAt: { less_than: cutoff.toISOString() } },
        // decided before decisions were dated: the submission's own date stands in
        { and: [{ decidedAt: { exists: false } }, { createdAt: { less_than: cutoff.toISOString() } }] },
      ],
    },
    { or: [{ email: { exists: true } }, { and: [{ name: { exists: true } }, { erasedAt: { exists: false } }] }] },
  ],
})

export async function eraseExpiredSubmissions(
  payload: Payload,
  { now = new Date(), days = retentionDays(), req }: { now?: Date; days?: number; req?: PayloadRequest } = {},
): Promise<RetentionOutput> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
  let erased = 0
  // bounded: each round erases what it found, so the next one finds the rest
  for (let round = 0; round < 1000; round++) {
    const { docs } = await payload.find({
      collection: 'submissions',
      where: expiredWhere(cutoff),
      overrideAccess: true,
      depth: 0,
      limit: BATCH,
      sort: 'createdAt',
      req,
      select: { status: true },
    })
    if (!docs.length) break
    await erasePersonalData(
      payload,
      docs.map((d) => d.id),
      { now, req, keepPublishedCredit: true },
    )
    erased += docs.length
    if (docs.length < BATCH) break
  }
  if (erased)
    payload.logger.info(
      `[moderation] erased the personal data of ${erased} spam or declined submission(s) decided before ${cutoff.toISOString()}`,
    )
  return { erased, cutoff: cutoff.toISOString() }
}

export const retentionTask: TaskConfig<{ input: object; output: RetentionOutput }> = {
  slug: RETENTION_TASK,
  label: 'Erase personal data of old spam and declined submissions',
  outputSchema: [
    { name: 'erased', type: 'number', required: true },
    { name: 'cutoff', type: 'text', required: true },
  ],
  schedule: [{ cron: RETENTION_CRON, queue: QUEUES.maintenance }],
  retries: 2,
  handler: async ({ req }) => ({ output: await eraseExpiredSubmissions(req.payload, { req }) }),
}
