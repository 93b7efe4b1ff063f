import { en } from '../context'
import * as fx from '../fixtures'
import { collectionStep } from './step'

export const sources = collectionStep({
  collection: 'sources',
  items: fx.sources,
  build: (s) => ({
    en: {
      title: s.title,
      slug: s.slug,
      kind: s.kind,
      website: s.website,
      description: s.description.en,
      licence: s.licence,
      reuseNotes: en(s.reuseNotes),
    },
    fr: { description: s.description.fr, reuseNotes: s.reuseNotes?.fr },
  }),
})
