import { cache } from 'react'
import type { Locale } from '../lib/languages'
import { cached } from './cache'
import { payloadClient } from './payload'

const readSiteSettings = cached('site-settings', ['site-settings'], async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'en', depth: 0, overrideAccess: false })
})

export const getSiteSettings = cache(readSiteSettings)
