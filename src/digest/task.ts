/**
 * The `sendDigest` task (maintenance queue, weekly: DIGEST_CRON, default Monday 08:00 UTC).
 * For each confirmed subscriber: the weekly digest of what was first published since their last
 * one (or since they confirmed), and nothing when nothing was; or the term of the week, at most
 * once in six days. Sent through Payload's email adapter; without SMTP, one log line. It also
 * deletes subscriptions never confirmed within PENDING_MAX_AGE_MS.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { sendsEmail } from '@/email'
import { digestCron, QUEUES } from '@/jobs/settings'
import type { Locale } from '@/lib/languages'
import { asLocale } from '@/submissions/messages'
import { DIGEST_TASK, PENDING_MAX_AGE_MS, SUBSCRIBERS } from './config'
import { newlyPublished, termOfWeek } from './content'
import { digestMail, termMail, type DigestItem } from './email'
import { deleteSubscribers } from './erase'
import { siteName } from './site'

export type DigestOutput = { sent: number; skipped: number; expired: number }

const TERM_GAP_MS = 6 * 24 * 60 * 60 * 1000
const BATCH = 200

type Subscriber = {
  id: number
  email: string
  locale: string
  choice: string
  confirmedAt?: string | null
  lastSentAt?: string | null
}

export async function sendDigests(
  payload: Payload,
  { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {},
): Promise<DigestOutput> {
  const expired = await deleteSubscribers(payload, {
    and: [
      { confirmedAt: { exists: false } },
      { createdAt: { less_than: new Date(now.getTime() - PENDING_MAX_AGE_MS).toISOString() } },
    ],
  })
  const email = sendsEmail(payload)
  const newItems = new Map<string, Promise<DigestItem[]>>()
  const terms = new Map<Locale, Promise<DigestItem | null>>()
  const sites = new Map<Locale, Promise<string>>()
  let sent = 0
  let skipped = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: SUBSCRIBERS,
      where: { confirmedAt: { exists: true } },
      sort: 'id',
      limit: BATCH,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const sub of batch.docs as Subscriber[]) {
      const locale = asLocale(sub.locale)
      const reader = { id: sub.id, email: sub.email, locale }
      if (!sites.has(locale)) sites.set(locale, siteName(payload, locale))
      const site = await sites.get(locale)!
      let mail
      if (sub.choice === 'term') {
        if (sub.lastSentAt && now.getTime() - new Date(sub.lastSentAt).getTime() < TERM_GAP_MS) {
          skipped++
          continue
        }
        if (!terms.has(locale)) terms.set(locale, termOfWeek(payload, locale, now))
        const term = await terms.get(locale)!
        mail = term ? termMail(reader, site, term) : null
      } else {
        const since = new Date(sub.lastSentAt ?? sub.confirmedAt!)
        const key = `${locale}:${since.toISOString()}`
        if (!newItems.has(key)) newItems.set(key, newlyPublished(payload, locale, since, now))
        const items = await newItems.get(key)!
        mail = items.length ? digestMail(reader, site, since, items) : null
      }
      if (!mail) {
        skipped++
        continue
      }
      if (email) await payload.sendEmail(mail)
      else
        payload.logger.info(`[digest] no SMTP configured: would have sent "${mail.subject}" to subscriber #${sub.id}`)
      await payload.update({
        collection: SUBSCRIBERS,
        id: sub.id,
        data: { lastSentAt: now.toISOString() },
        overrideAccess: true,
        req,
      })
      sent++
    }
    if (!batch.hasNextPage) break
  }
  return { sent, skipped, expired }
}

export const digestTask: TaskConfig<{ input: object; output: DigestOutput }> = {
  slug: DIGEST_TASK,
  label: 'Send the email digest and the term of the week',
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
    { name: 'expired', type: 'number', required: true },
  ],
  schedule: [{ cron: digestCron(), queue: QUEUES.maintenance }],
  retries: 2,
  handler: async ({ req }) => ({ output: await sendDigests(req.payload, { req }) }),
}
