/**
 * The publish rule, defined once: publishing (`_status: 'published'`), unpublishing, and scheduling
 * or cancelling either, is allowed to a user holding a publisher role (reviewer or admin) who is not
 * the document's author (`createdBy`), and to nobody else. Reviewing (requesting changes, approving)
 * is the same permission. Any staff member may save drafts. (The server holds every publishing write
 * and every schedule to it; a direct unpublish, a write of `_status: 'draft'`, is not refused here.)
 *
 * Used by access (src/access/index.ts updateContent), the write hook (src/hooks/enforcePublishRule.ts),
 * the workflow (src/workflow/rules.ts), scheduling (src/workflow/schedule.ts), the reviewers' dashboard
 * and the refusal messages. No Payload runtime imports: the admin's client components use it too.
 */
import type { Where } from 'payload'
import { idOf, sameId } from '@/lib/ids'
import { isPublisher } from './roles'

type Actor = { id: number | string; roles?: readonly string[] | null } | null | undefined

/**
 * Whether `user` may publish (or unpublish, schedule, review) a document whose author is `author`:
 * its `createdBy`, an id or the populated user; null for documents written by server code.
 */
export const canPublish = (user: Actor, author: unknown): boolean =>
  Boolean(user) && isPublisher(user) && !sameId(idOf(author), user!.id)

/**
 * The documents `user` did not author, as an access Where: those by someone else and those by nobody
 * (server code). Two branches of one `or`, so a caller can add a condition to each (the dashboard's
 * list filters keep that or/and shape).
 */
export const notAuthoredBy = (user: { id: number | string }): Where & { or: Where[] } => ({
  or: [{ createdBy: { not_equals: user.id } }, { createdBy: { exists: false } }],
})

/** What a refusal is about; each says the rule in the same words. */
export type PublishAction =
  'publish' | 'review' | 'schedule-publish' | 'schedule-unpublish' | 'cancel-publish' | 'cancel-unpublish'

/** [what only a publisher may do, what nobody may do to their own work] */
const WORDS: Record<PublishAction, [string, string]> = {
  publish: ['publish', 'publish your own work'],
  review: ['request changes or approve', 'review your own work'],
  'schedule-publish': ['schedule publishing', 'schedule publishing of your own work'],
  'schedule-unpublish': ['schedule unpublishing', 'schedule unpublishing of your own work'],
  'cancel-publish': ['cancel a scheduled publish', 'cancel a scheduled publish of your own work'],
  'cancel-unpublish': ['cancel a scheduled unpublish', 'cancel a scheduled unpublish of your own work'],
}

/**
 * Why `user` may not do `action` to a document authored by `author`, in words for the user; null when
 * canPublish allows it.
 */
export function publishRefusal(user: Actor, author: unknown, action: PublishAction = 'publish'): string | null {
  const [only, own] = WORDS[action]
  if (!isPublisher(user)) {
    // a direct publish is refused on a save: say what to do instead
    return `Only a reviewer or an admin can ${only}.${action === 'publish' ? ' Save a draft and ask for a review.' : ''}`
  }
  if (!canPublish(user, author)) return `You cannot ${own}: another reviewer needs to check it.`
  return null
}

/** The refusal when the reason is not known (Payload's access said no, without saying which part). */
export const PUBLISH_REFUSED =
  'Only a reviewer or an admin who is not the author can publish this. Save a draft and ask another reviewer to review it.'
