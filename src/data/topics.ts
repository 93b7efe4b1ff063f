/** Topics: the list, and one topic with everything filed under it. */
import type { Locale } from '../lib/languages'
import type { Faq, GlossaryTerm, Practice, Principle, Resource, Topic } from '../payload-types'
import { cached } from './cache'
import type { Editorial } from './editorial'
import { joined, payloadClient, PUBLISHED, publicRead } from './payload'
import { findDocument, type Localised } from './query'

export type TopicCard = Pick<Topic, 'id' | 'title' | 'slug' | 'summary' | 'featured'>

export const listTopics = cached('topics-list', ['topics'], async (locale: Locale): Promise<TopicCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    ...publicRead(locale),
    sort: 'order',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, summary: true, featured: true },
  })
  return docs as TopicCard[]
})

export type TopicView = Localised<Topic> &
  Editorial & {
    principles: Principle[]
    practices: Practice[]
    faqs: Faq[]
    glossaryTerms: GlossaryTerm[]
    resources: Resource[]
  }

export const getTopic = cached(
  'topic',
  ['topics', 'principles', 'practices', 'faqs', 'glossary-terms', 'resources', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<TopicView | null> => {
    const join = (sort: string) => ({ limit: 100, where: PUBLISHED, sort })
    const view = await findDocument<Topic>(await payloadClient(), 'topics', slug, locale, draft, {
      extra: {
        joins: {
          principles: join('order'),
          practices: join('order'),
          faqs: join('order'),
          glossaryTerms: join('slug'),
          resources: join('-createdAt'),
        },
      },
    })
    if (!view) return null
    const d = view.doc
    return {
      ...view,
      principles: joined(d.principles as { docs?: (number | Principle)[] }),
      practices: joined(d.practices as { docs?: (number | Practice)[] }),
      faqs: joined(d.faqs as { docs?: (number | Faq)[] }),
      glossaryTerms: joined(d.glossaryTerms as { docs?: (number | GlossaryTerm)[] }),
      resources: joined(d.resources as { docs?: (number | Resource)[] }),
    }
  },
)
