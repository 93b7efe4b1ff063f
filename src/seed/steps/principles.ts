import * as fx from '../fixtures'
import { collectionStep } from './step'

export const principles = collectionStep({
  collection: 'principles',
  frRequired: ['title'],
  items: fx.principles,
  build: (p, { id, refs, rich, credits, frCredits }) => ({
    en: {
      title: p.title.en,
      slug: p.slug,
      theme: id('themes', p.theme),
      summary: p.summary.en,
      explanation: rich(p.explanation, 'en'),
      order: p.order,
      topics: refs('topics', p.topics),
      credits: credits(p.credits),
    },
    fr: {
      title: p.title.fr,
      summary: p.summary.fr,
      explanation: rich(p.explanation, 'fr'),
      credits: p.credits.some((c) => c.note?.fr) ? frCredits(p.credits) : undefined,
    },
  }),
})
