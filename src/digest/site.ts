/** The site's name in a language, for emails (read as the server: outside Next's page cache). */
import type { Payload } from 'payload'
import type { Locale } from '@/lib/languages'

export async function siteName(payload: Payload, locale: Locale): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'en', depth: 0 })
  return settings.siteName || 'Allyship Hub'
}
