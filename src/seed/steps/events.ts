import { en } from '../context'
import * as fx from '../fixtures'
import { collectionStep } from './step'

export const events = collectionStep({
  collection: 'events',
  frRequired: ['title', 'summary'],
  items: fx.events,
  build: (e, { rich, credits }) => ({
    en: {
      title: e.title.en,
      slug: e.slug,
      kind: e.kind,
      recurrence: e.recurrence,
      startDate: e.startDate,
      endDate: e.endDate,
      summary: e.summary.en,
      description: rich(e.description, 'en'),
      location: en(e.location),
      url: e.url,
      credits: credits(e.credits),
    },
    fr: { title: e.title.fr, summary: e.summary.fr, description: rich(e.description, 'fr'), location: e.location?.fr },
  }),
})
