import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundView } from '@/components/NotFoundView'
import { getSiteSettings } from '@/data/site'
import { boundaryLocale } from '@/i18n/server'
import { notFoundMetadata } from '@/lib/metadata'

/**
 * The 404 page's head when a page throws notFound() (a document removed between the proxy's check
 * and the render, or an address the 404 route itself does not take): no canonical, no
 * other-language versions, noindex but follow, as on src/app/(frontend)/[locale]/(site)/page-not-found.
 */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await boundaryLocale()
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), getSiteSettings(locale)])
  return notFoundMetadata({ locale, title: t('title'), siteName: settings.siteName })
}

/** notFound() thrown by a page (a document removed between the proxy's check and the render). */
export default async function NotFound() {
  return <NotFoundView locale={await boundaryLocale()} />
}
