/** The FAQ page: every question (no page of its own, so previews list drafts too) and when the page began. */
import type { Locale } from '../lib/languages'
import type { Faq } from '../payload-types'
import { cached } from './cache'
import { firstPublishedAt, peopleOf, type People } from './editorial'
import { payloadClient, publicRead } from './payload'
import { readFor } from './query'

export type FaqEntry = Faq & { people: People }

/** Every published question, each with its curator and reviewer (one users lookup for all). */
export const listFaqs = cached(
  'faqs-list',
  ['faqs', 'sources', 'users'],
  async (locale: Locale, draft: boolean = false): Promise<FaqEntry[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'faqs',
      ...readFor(locale, draft),
      sort: 'order',
      pagination: false,
      depth: 1,
    })
    const people = await peopleOf(payload, docs)
    return docs.map((doc, i) => ({ ...doc, people: people[i] ?? {} }))
  },
)

/**
 * When the FAQ page was first published: the oldest published version of a question
 * still on it, else the oldest question's creation date; null with no questions.
 */
export const getFaqsFirstPublishedAt = cached('faqs-first-published', ['faqs'], async (): Promise<string | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'faqs',
    ...publicRead('en'),
    pagination: false,
    depth: 0,
    select: { createdAt: true },
  })
  if (!docs.length) return null
  const dates = await Promise.all(docs.map((doc) => firstPublishedAt(payload, 'faqs', doc)))
  return dates.sort()[0] ?? null
})
