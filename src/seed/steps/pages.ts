import * as fx from '../fixtures'
import { collectionStep } from './step'

export const pages = collectionStep({
  collection: 'pages',
  frRequired: ['title', 'body'],
  items: fx.pages,
  build: (p, { rich, credits }) => ({
    en: {
      title: p.title.en,
      slug: p.slug,
      summary: p.summary.en,
      body: rich(p.body, 'en'),
      credits: credits(p.credits),
    },
    fr: { title: p.title.fr, summary: p.summary.fr, body: rich(p.body, 'fr') },
  }),
})
