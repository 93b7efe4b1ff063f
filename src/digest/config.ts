/**
 * The digest's fixed facts in one place: the collection slug, the two choices a reader has, the
 * task and its weekly schedule (DIGEST_CRON overrides it), and how long an unconfirmed
 * subscription is kept before it is deleted.
 */
import type { TokenForm } from '@/submissions/config'

export const SUBSCRIBERS = 'digest-subscribers' as const

/** `weekly`: everything newly published; `term`: one glossary term of the week. */
export const CHOICES = ['weekly', 'term'] as const
export type Choice = (typeof CHOICES)[number]

export const DIGEST_TASK = 'sendDigest'

/** A subscription not confirmed within this time is deleted by the digest task. */
export const PENDING_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

export const EMAIL_MAX = 254

/**
 * The form name the subscribe form's tokens are signed for (and asked for: GET /api/submit/token?form=subscribe) (src/submissions/token.ts signs the form
 * name, so a subscribe token never passes as a feedback or suggestion one, nor the other way round).
 */
export const SUBSCRIBE_FORM = 'subscribe' satisfies TokenForm
