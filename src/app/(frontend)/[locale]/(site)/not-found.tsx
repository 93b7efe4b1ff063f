import { getLocale } from 'next-intl/server'
import { NotFoundView } from '@/components/NotFoundView'
import type { Locale } from '@/lib/languages'

/** notFound() thrown by a page (a document removed between the proxy's check and the render). */
export default async function NotFound() {
  return <NotFoundView locale={(await getLocale()) as Locale} />
}
