/**
 * Writing a submission. The endpoint has validated the request (schema.ts) and creates
 * with `overrideAccess: true` (nobody creates submissions through /api/submissions);
 * Payload's own field validation still runs, and what it refuses comes back in the
 * contract's `{ field, message }` shape, in the sender's language.
 */
import { ValidationError, type Payload } from 'payload'
import type { Locale } from '../lib/languages'
import type { Submission as StoredSubmission } from '../payload-types'
import type { FieldError } from './config'
import { formsTranslator } from './messages'
import { sortErrors, type Submission } from './schema'
import { hashStatusToken, newStatusToken } from './token'

export type StoreResult = { ok: true; id: number; statusToken: string } | { ok: false; errors: FieldError[] }

type Extras = { status: 'new' | 'spam'; spamSignal?: 'honeypot'; normalizedUrl?: string | null; clientHash: string }

export async function storeSubmission(
  payload: Payload,
  data: Submission,
  locale: Locale,
  extras: Extras,
): Promise<StoreResult> {
  const statusToken = newStatusToken()
  const doc: Omit<StoredSubmission, 'id' | 'createdAt' | 'updatedAt'> = {
    kind: data.kind,
    status: extras.status,
    message: data.message ?? null,
    page: data.page ?? null,
    helpful: data.helpful ?? null,
    url: data.url ?? null,
    title: data.title ?? null,
    name: data.name ?? null,
    email: data.email ?? null,
    credit: data.credit,
    locale,
    normalizedUrl: extras.normalizedUrl ?? null,
    spamSignal: extras.spamSignal ?? null,
    clientHash: extras.clientHash,
    tokenHash: hashStatusToken(statusToken),
  }
  try {
    const created = await payload.create({ collection: 'submissions', data: doc, overrideAccess: true, depth: 0 })
    return { ok: true, id: created.id, statusToken }
  } catch (err) {
    const errors = payloadFieldErrors(err, locale)
    if (errors) return { ok: false, errors }
    throw err
  }
}

/** Payload's ValidationError as `{ field, message }`, one per field; null for any other error. */
export function payloadFieldErrors(err: unknown, locale: Locale): FieldError[] | null {
  if (!(err instanceof ValidationError)) return null
  const t = formsTranslator(locale)
  const fields = new Set<string>()
  for (const e of err.data?.errors ?? []) fields.add(String(e.path ?? 'form').split('.')[0] || 'form')
  if (!fields.size) fields.add('form')
  return sortErrors([...fields].map((field) => ({ field, message: t('errors.notAccepted') })))
}
