import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundView } from '@/components/NotFoundView'
import { getSiteSettings } from '@/data/site'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { notFoundMetadata } from '@/lib/metadata'

/**
 * The 404 page. src/proxy.ts rewrites unknown addresses here with status 404, so the
 * reader gets a real, server-rendered page (with or without JavaScript).
 */
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations('NotFound'), getSiteSettings(locale)])
  return notFoundMetadata({ locale, title: t('title'), siteName: settings.siteName })
}

export default async function PageNotFound({ params }: LocaleParams) {
  return <NotFoundView locale={await pageLocale(params)} />
}
