import * as fx from '../fixtures'
import { collectionStep } from './step'

export const faqs = collectionStep({
  collection: 'faqs',
  frRequired: ['question', 'answer'],
  items: fx.faqs,
  build: (f, { refs, rich, credits }) => ({
    en: {
      question: f.question.en,
      slug: f.slug,
      answer: rich(f.answer, 'en'),
      topics: refs('topics', f.topics),
      order: f.order,
      credits: credits(f.credits),
    },
    fr: { question: f.question.fr, answer: rich(f.answer, 'fr') },
  }),
})
