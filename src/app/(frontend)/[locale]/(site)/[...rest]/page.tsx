import { notFound } from 'next/navigation'
import { pageLocale, type LocaleParams } from '@/i18n/server'

/** Rendered per request: any address may end here, and none should become a cached page. */
export const dynamic = 'force-dynamic'

/** Any other path under a locale (the proxy normally answers these itself: see src/proxy.ts). */
export default async function CatchAll({ params }: LocaleParams) {
  await pageLocale(params)
  notFound()
}
