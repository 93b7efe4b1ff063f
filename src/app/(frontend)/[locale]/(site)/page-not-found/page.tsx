import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundView } from '@/components/NotFoundView'
import { pageLocale, type LocaleParams } from '@/i18n/server'

/**
 * The 404 page. src/proxy.ts rewrites unknown addresses here with status 404, so the
 * reader gets a real, server-rendered page (with or without JavaScript).
 */
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params)
  const t = await getTranslations('NotFound')
  return { title: t('title'), robots: { index: false, follow: true } }
}

export default async function PageNotFound({ params }: LocaleParams) {
  return <NotFoundView locale={await pageLocale(params)} />
}
