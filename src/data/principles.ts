/** Principles, grouped under their themes for the list and one by one with their practices. */
import type { Locale } from '../lib/languages'
import type { Practice, Principle, Theme, Topic } from '../payload-types'
import { cached } from './cache'
import type { Editorial } from './editorial'
import { joined, payloadClient, populated, PUBLISHED, publicRead } from './payload'
import { findDocument, type Localised } from './query'

export type ThemeWithPrinciples = Pick<Theme, 'id' | 'title' | 'slug' | 'summary'> & {
  principles: Pick<Principle, 'id' | 'title' | 'slug' | 'summary'>[]
}

/** Published principles grouped under their themes, both in editorial order. */
export const getPrinciplesByTheme = cached(
  'principles-by-theme',
  ['themes', 'principles'],
  async (locale: Locale): Promise<ThemeWithPrinciples[]> => {
    const payload = await payloadClient()
    const [themes, principles] = await Promise.all([
      payload.find({
        collection: 'themes',
        ...publicRead(locale),
        sort: 'order',
        pagination: false,
        depth: 0,
        select: { title: true, slug: true, summary: true },
      }),
      payload.find({
        collection: 'principles',
        ...publicRead(locale),
        sort: 'order',
        pagination: false,
        depth: 0,
        select: { title: true, slug: true, summary: true, theme: true },
      }),
    ])
    return themes.docs
      .map((theme) => ({
        id: theme.id,
        title: theme.title,
        slug: theme.slug,
        summary: theme.summary,
        principles: principles.docs
          .filter((p) => (typeof p.theme === 'object' ? p.theme?.id : p.theme) === theme.id)
          .map(({ id, title, slug, summary }) => ({ id, title, slug, summary })),
      }))
      .filter((theme) => theme.principles.length > 0)
  },
)

export type PrincipleView = Localised<Principle> &
  Editorial & { practices: Practice[]; topics: Topic[]; theme: Theme | null }

export const getPrinciple = cached(
  'principle',
  ['principles', 'themes', 'practices', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<PrincipleView | null> => {
    const view = await findDocument<Principle>(await payloadClient(), 'principles', slug, locale, draft, {
      extra: { joins: { practices: { limit: 100, where: PUBLISHED, sort: 'order' } } },
    })
    if (!view) return null
    return {
      ...view,
      practices: joined(view.doc.practices as { docs?: (number | Practice)[] }),
      topics: populated(view.doc.topics),
      theme: typeof view.doc.theme === 'object' && view.doc.theme?._status === 'published' ? view.doc.theme : null,
    }
  },
)
