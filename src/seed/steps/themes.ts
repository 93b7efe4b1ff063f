import * as fx from '../fixtures'
import { collectionStep } from './step'

export const themes = collectionStep({
  collection: 'themes',
  frRequired: ['title'],
  items: fx.themes,
  build: (t) => ({
    en: { title: t.title.en, slug: t.slug, summary: t.summary.en, order: t.order },
    fr: { title: t.title.fr, summary: t.summary.fr },
  }),
})
