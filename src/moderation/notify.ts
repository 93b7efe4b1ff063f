/**
 * Telling people about work waiting for them, from Payload's jobs queue (never in the request):
 *
 * - `received`: a new submission arrived → MODERATOR_EMAILS, or every account with a moderating
 *   role, are told by email (a link to it in the admin);
 * - `task`: a correction or feedback was accepted and linked to a document → that document's
 *   author is told (the moderators when it has none).
 *
 * With SMTP configured the email goes through Payload's email adapter (`payload.sendEmail`);
 * without it, one log line says what would have been sent to how many people. The email is plain
 * text and never carries the sender's name or email address, nor moderator notes.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { isStaffUser } from '../access/roles'
import { serverUrl } from '../lib/env'
import type { Submission } from '../payload-types'
import { shorten } from './accept'
import { documentRef, isPublicCollection, type DocumentRef } from './documents'
import { sendsEmail } from '@/email'
import { moderatorEmails } from './settings'

export const NOTIFY_TASK = 'notifyModerators'
export type NotifyInput = { submission: number; event: 'received' | 'task' }
export type NotifyOutput = { sent: number; logged: boolean; skipped?: string | null }

const KIND_LABEL: Record<Submission['kind'], string> = {
  feedback: 'Feedback',
  suggestion: 'Suggestion',
  correction: 'Correction',
}

export const adminUrl = (path: string) => `${serverUrl()}/admin${path}`

/** Everyone who moderates: MODERATOR_EMAILS, else every account holding a role. */
export async function moderatorRecipients(payload: Payload): Promise<string[]> {
  const configured = moderatorEmails()
  if (configured.length) return configured
  // no `req`: read as the server, so the users' afterRead hook keeps their addresses
  const { docs } = await payload.find({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    limit: 1000,
    pagination: false,
  })
  return [...new Set(docs.filter((u) => isStaffUser(u) && u.email).map((u) => u.email))]
}

async function authorOf(payload: Payload, about: DocumentRef): Promise<string | null> {
  const doc = (await payload.findByID({
    collection: about.collection,
    id: about.id,
    overrideAccess: true,
    depth: 0,
    draft: true,
  })) as { createdBy?: number | { id: number } | null }
  const author = typeof doc.createdBy === 'object' && doc.createdBy ? doc.createdBy.id : doc.createdBy
  if (!author) return null
  const user = await payload.findByID({
    collection: 'users',
    id: author,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  return user?.email ?? null
}

/** Subject and text of a notification. */
export function composeNotification(
  submission: Submission,
  event: NotifyInput['event'],
  about: DocumentRef | null,
): { subject: string; text: string } {
  const kind = KIND_LABEL[submission.kind]
  const headline = shorten(
    submission.title || submission.message || submission.url || submission.page || `#${submission.id}`,
    80,
  )
  const lines: string[] = []
  let subject: string
  if (event === 'received') {
    subject = `[Allyship Hub] New ${kind.toLowerCase()}: ${headline}`
    lines.push(`A new ${kind.toLowerCase()} is waiting in the moderation queue.`, '')
  } else {
    subject = `[Allyship Hub] To do on “${about?.title ?? 'a document'}”: accepted ${kind.toLowerCase()}`
    lines.push(
      `A moderator accepted this ${kind.toLowerCase()} about “${about?.title ?? 'a document'}”, which you look after. Please make the change and have it reviewed; publishing it tells the sender it is done.`,
      '',
    )
  }
  if (submission.page) lines.push(`Page: ${submission.page}`)
  if (submission.helpful) lines.push(`Found it useful: ${submission.helpful}`)
  if (submission.title) lines.push(`Title: ${submission.title}`)
  if (submission.url) lines.push(`Link: ${submission.url}`)
  if (submission.message) lines.push('', 'Message:', shorten(submission.message, 1000))
  lines.push('', `Open it in the admin: ${adminUrl(`/collections/submissions/${submission.id}`)}`)
  if (about) lines.push(`The document: ${adminUrl(`/collections/${about.collection}/${about.id}`)}`)
  return { subject, text: lines.join('\n') }
}

export async function notify(payload: Payload, input: NotifyInput, req?: PayloadRequest): Promise<NotifyOutput> {
  const submission = (await payload.findByID({
    collection: 'submissions',
    id: input.submission,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    req,
  })) as Submission | null
  if (!submission) return { sent: 0, logged: false, skipped: 'gone' }
  // handled before the job ran (or filed as spam): nobody needs to look at it any more
  if (input.event === 'received' && submission.status !== 'new')
    return { sent: 0, logged: false, skipped: `already ${submission.status}` }

  const result = submission.result
  const about =
    result && isPublicCollection(result.relationTo)
      ? await documentRef(
          payload,
          result.relationTo,
          typeof result.value === 'object' ? result.value.id : result.value,
          req,
        )
      : null
  const author = input.event === 'task' && about ? await authorOf(payload, about) : null
  const recipients = author ? [author] : await moderatorRecipients(payload)
  const { subject, text } = composeNotification(submission, input.event, about)

  if (!sendsEmail(payload)) {
    payload.logger.info(
      `[moderation] ${subject} — ${adminUrl(`/collections/submissions/${submission.id}`)} (email is not configured: set SMTP_HOST to email ${recipients.length} recipient(s))`,
    )
    return { sent: 0, logged: true }
  }
  if (!recipients.length) {
    payload.logger.warn(`[moderation] ${subject}: nobody to tell (no MODERATOR_EMAILS and no moderating accounts)`)
    return { sent: 0, logged: true, skipped: 'no recipients' }
  }
  await payload.sendEmail({ to: recipients, subject, text })
  return { sent: recipients.length, logged: false }
}

export const notifyTask: TaskConfig<{ input: NotifyInput; output: NotifyOutput }> = {
  slug: NOTIFY_TASK,
  label: 'Tell moderators or editors about a submission',
  inputSchema: [
    { name: 'submission', type: 'number', required: true },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: [
        { value: 'received', label: 'New submission' },
        { value: 'task', label: 'Accepted, for the document’s editor' },
      ],
    },
  ],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'logged', type: 'checkbox', required: true },
    { name: 'skipped', type: 'text' },
  ],
  // a mail server down for a while: try again with growing pauses
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: await notify(req.payload, input, req) }),
}
