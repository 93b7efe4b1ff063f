import { notFound } from 'next/navigation'
import { pageLocale, type LocaleParams } from '@/i18n/server'

/** Any other path under a locale (the proxy normally answers these itself: see src/proxy.ts). */
export default async function CatchAll({ params }: LocaleParams) {
  await pageLocale(params)
  notFound()
}
