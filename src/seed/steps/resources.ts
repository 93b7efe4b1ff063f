import * as fx from '../fixtures'
import { collectionStep } from './step'

export const resources = collectionStep({
  collection: 'resources',
  frRequired: ['title', 'summary'],
  // oldest first, so "newest resources" follows addedDaysAgo
  items: [...fx.resources].sort((a, b) => b.addedDaysAgo - a.addedDaysAgo),
  build: (r, { id, refs, credits }) => ({
    en: {
      title: r.title.en,
      slug: r.slug,
      url: r.url,
      kind: r.kind,
      language: r.language,
      year: r.year,
      summary: r.summary.en,
      publisher: r.publisher ? id('sources', r.publisher) : undefined,
      topics: refs('topics', r.topics),
      featured: r.featured ?? false,
      licence: r.licence,
      credits: credits(r.credits),
    },
    fr: { title: r.title.fr, summary: r.summary.fr },
  }),
})
