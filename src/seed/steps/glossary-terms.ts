import { PUBLISHED, WRITE_CONTEXT } from '../context'
import * as fx from '../fixtures'
import { collectionStep, type Step } from './step'

export const glossaryTerms = collectionStep({
  collection: 'glossary-terms',
  frRequired: ['term', 'summary'],
  items: fx.glossaryTerms,
  build: (g, { refs, rich, credits }) => ({
    en: {
      term: g.term.en,
      slug: g.slug,
      summary: g.summary.en,
      definition: rich(g.definition, 'en'),
      learnMore: refs('resources', g.learnMore),
      topics: refs('topics', g.topics),
      credits: credits(g.credits),
    },
    fr: { term: g.term.fr, summary: g.summary.fr, definition: rich(g.definition, 'fr') },
  }),
})

/** Related terms point at each other, so they are linked once every term exists; links already there are kept. */
export const relatedTerms: Step = {
  name: 'related-terms',
  size: 0,
  async run({ payload, id, refs }) {
    for (const g of fx.glossaryTerms) {
      if (!g.relatedTerms?.length) continue
      const termId = id('glossary-terms', g.slug)
      const current = await payload.findByID({
        collection: 'glossary-terms',
        id: termId,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      if ((current.relatedTerms ?? []).length) continue
      await payload.update({
        collection: 'glossary-terms',
        id: termId,
        data: { relatedTerms: refs('glossary-terms', g.relatedTerms) as number[], ...PUBLISHED } as never,
        context: WRITE_CONTEXT,
        overrideAccess: true,
      })
    }
    return null
  },
}
