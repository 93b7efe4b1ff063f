import * as fx from '../fixtures'
import { collectionStep } from './step'

export const practices = collectionStep({
  collection: 'practices',
  frRequired: ['title'],
  items: fx.practices,
  build: (p, { refs, rich, credits }) => ({
    en: {
      title: p.title.en,
      slug: p.slug,
      kind: p.kind,
      summary: p.summary.en,
      body: rich(p.body, 'en'),
      topics: refs('topics', p.topics),
      principles: refs('principles', p.principles),
      order: p.order,
      credits: credits(p.credits),
    },
    fr: { title: p.title.fr, summary: p.summary.fr, body: rich(p.body, 'fr') },
  }),
})
