/** The glossary: every term in alphabetical order, and one term with its related terms and reading. */
import type { Locale } from '../lib/languages'
import type { GlossaryTerm, Resource, Topic } from '../payload-types'
import { cached } from './cache'
import type { Editorial } from './editorial'
import { payloadClient, populated, publicRead } from './payload'
import { findDocument, type Localised } from './query'

export type TermCard = Pick<GlossaryTerm, 'id' | 'term' | 'slug' | 'summary'>

export const listGlossary = cached('glossary-list', ['glossary-terms'], async (locale: Locale): Promise<TermCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    ...publicRead(locale),
    pagination: false,
    depth: 0,
    select: { term: true, slug: true, summary: true },
  })
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return (docs as TermCard[]).sort((a, b) => collator.compare(a.term, b.term))
})

export type TermView = Localised<GlossaryTerm> &
  Editorial & { related: GlossaryTerm[]; learnMore: Resource[]; topics: Topic[] }

export const getGlossaryTerm = cached(
  'glossary-term',
  ['glossary-terms', 'resources', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<TermView | null> => {
    const view = await findDocument<GlossaryTerm>(await payloadClient(), 'glossary-terms', slug, locale, draft, {
      titleField: 'term',
    })
    if (!view) return null
    return {
      ...view,
      related: populated(view.doc.relatedTerms),
      learnMore: populated(view.doc.learnMore),
      topics: populated(view.doc.topics),
    }
  },
)
