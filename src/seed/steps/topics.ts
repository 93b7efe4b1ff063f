import * as fx from '../fixtures'
import { collectionStep } from './step'

export const topics = collectionStep({
  collection: 'topics',
  frRequired: ['title', 'summary'],
  items: fx.topics,
  build: (t, { rich, credits }) => ({
    en: {
      title: t.title.en,
      slug: t.slug,
      summary: t.summary.en,
      body: rich(t.body, 'en'),
      featured: t.featured ?? false,
      order: t.order,
      credits: credits(t.credits),
    },
    fr: { title: t.title.fr, summary: t.summary.fr, body: rich(t.body, 'fr') },
  }),
})
