/**
 * What a status link shows, and the erasure it offers. The view is built field by field
 * from the stored submission: it never carries the email, the moderator notes, the client
 * hash or anything else a sender did not see when they sent it.
 */
import type { Payload } from 'payload'
import { TITLE_FIELD, type PublicCollection } from '../lib/collections'
import type { Locale } from '../lib/languages'
import { documentPath } from '../lib/routes'
import { erasePersonalData } from '../moderation/personal-data'
import type { Submission } from '../payload-types'
import type { Kind } from './config'
import { hashStatusToken, isStatusToken } from './token'

export type PublicStatus = 'received' | 'declined' | 'accepted' | 'added'

export type StatusView = {
  id: number
  kind: Kind
  status: PublicStatus
  receivedAt: string
  /** the moderator's public reason, when declined */
  reason: string | null
  /** what the submission led to, once it is published */
  result: { title: string; path: string } | null
  /** the name they are credited by, when they agreed and it is added */
  creditedAs: string | null
  credit: boolean
  /** what they sent, shown back to them as text */
  sent: {
    message: string | null
    page: string | null
    helpful: 'yes' | 'no' | null
    url: string | null
    title: string | null
  }
  /** whether we hold a name or an email for them (never the email itself) */
  holdsPersonalData: boolean
  erasedAt: string | null
}

async function findByToken(payload: Payload, token: string): Promise<Submission | null> {
  if (!isStatusToken(token)) return null
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { tokenHash: { equals: hashStatusToken(token) } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  return docs[0] ?? null
}

/** The published document a submission led to, read as an anonymous visitor. */
async function publishedResult(
  payload: Payload,
  result: Submission['result'],
  locale: Locale,
): Promise<StatusView['result']> {
  if (!result) return null
  const collection = result.relationTo as PublicCollection
  const id = typeof result.value === 'object' ? result.value.id : result.value
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 1,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc || typeof doc.slug !== 'string') return null
  return { title: String(doc[TITLE_FIELD[collection]] ?? doc.slug), path: documentPath(collection, doc.slug, locale) }
}

export async function getStatusView(payload: Payload, token: string, locale: Locale): Promise<StatusView | null> {
  const doc = await findByToken(payload, token)
  if (!doc) return null
  // spam caught on arrival looks like any received message to whoever sent it
  const status: PublicStatus =
    doc.status === 'spam'
      ? doc.spamSignal === 'honeypot'
        ? 'received'
        : 'declined'
      : doc.status === 'new'
        ? 'received'
        : doc.status
  const result = status === 'added' || status === 'accepted' ? await publishedResult(payload, doc.result, locale) : null
  return {
    id: doc.id,
    kind: doc.kind,
    status,
    receivedAt: doc.createdAt,
    reason: status === 'declined' && doc.status === 'declined' ? (doc.publicReason ?? null) : null,
    result: status === 'added' ? result : null,
    creditedAs: status === 'added' && doc.credit && doc.name ? doc.name : null,
    credit: Boolean(doc.credit),
    sent: {
      message: doc.message ?? null,
      page: doc.page ?? null,
      helpful: doc.helpful ?? null,
      url: doc.url ?? null,
      title: doc.title ?? null,
    },
    holdsPersonalData: Boolean(doc.name || doc.email),
    erasedAt: doc.erasedAt ?? null,
  }
}

/**
 * Erase the sender's name and email, and so their credit wherever it appears (the same function the
 * retention job uses: src/moderation/personal-data.ts). False when the token matches nothing.
 */
export async function eraseByToken(payload: Payload, token: string, now = new Date()): Promise<boolean> {
  const doc = await findByToken(payload, token)
  if (!doc) return false
  await erasePersonalData(payload, [doc.id], { now })
  return true
}
