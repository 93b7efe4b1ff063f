import { cache } from 'react'
import type { Locale } from '../lib/languages'
import { payloadClient } from './payload'

export const getSiteSettings = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'en', depth: 0, overrideAccess: false })
})
