import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundView } from '@/components/NotFoundView'
import { getSiteSettings } from '@/data/site'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { notFoundMetadata } from '@/lib/metadata'

/**
 * The 404 page. src/proxy.ts rewrites unknown addresses here with status 404, so the
 * reader gets a real, server-rendered page (with or without JavaScript). The address asked for
 * follows in the path (`/fr/page-not-found/glossary/nope` for `/fr/glossary/nope`), for the
 * language switch; the page itself does not use it.
 *
 * Rendered per request: kept, every address a crawler or a typo ever asked for would be a page
 * in the cache.
 */
export const dynamic = 'force-dynamic'

/** No canonical, no other-language versions, kept out of search engines (src/lib/metadata.ts). */
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations('NotFound'), getSiteSettings(locale)])
  return notFoundMetadata({ locale, title: t('title'), siteName: settings.siteName })
}

export default async function PageNotFound({ params }: LocaleParams) {
  return <NotFoundView locale={await pageLocale(params)} />
}
