/** Events in date order (no page of their own, so previews list drafts too). */
import type { Locale } from '../lib/languages'
import type { Event } from '../payload-types'
import { cached } from './cache'
import { payloadClient } from './payload'
import { readFor } from './query'

export const listEvents = cached(
  'events-list',
  ['events'],
  async (locale: Locale, draft: boolean = false): Promise<Event[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      ...readFor(locale, draft),
      sort: 'startDate',
      pagination: false,
      depth: 0,
    })
    return docs
  },
)
