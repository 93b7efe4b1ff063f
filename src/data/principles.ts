import { cache } from 'react'
import type { Principle, Theme } from '../payload-types'
import type { Locale } from '../lib/languages'
import { payloadClient, publicRead } from './payload'

export type ThemeWithPrinciples = Pick<Theme, 'id' | 'title' | 'slug' | 'summary'> & {
  principles: Pick<Principle, 'id' | 'title' | 'slug' | 'summary'>[]
}

/** Published principles grouped under their themes, both in editorial order. */
export const getPrinciplesByTheme = cache(async (locale: Locale): Promise<ThemeWithPrinciples[]> => {
  const payload = await payloadClient()
  const [themes, principles] = await Promise.all([
    payload.find({ collection: 'themes', ...publicRead(locale), sort: 'order', pagination: false, depth: 0, select: { title: true, slug: true, summary: true } }),
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
})
