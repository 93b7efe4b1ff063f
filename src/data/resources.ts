import { cache } from 'react'
import type { Resource } from '../payload-types'
import type { Locale } from '../lib/languages'
import { payloadClient, publicRead } from './payload'

export type ResourceCard = Pick<Resource, 'id' | 'title' | 'slug' | 'summary' | 'url' | 'kind' | 'language' | 'year' | 'createdAt'>

export const getNewestResources = cache(async (locale: Locale, limit = 6): Promise<ResourceCard[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    ...publicRead(locale),
    sort: '-createdAt',
    limit,
    depth: 0,
    select: { title: true, slug: true, summary: true, url: true, kind: true, language: true, year: true, createdAt: true },
  })
  return docs as ResourceCard[]
})
