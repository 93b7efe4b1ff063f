import { NotFoundView } from '@/components/NotFoundView'
import { boundaryLocale } from '@/i18n/server'

/** notFound() thrown by a page (a document removed between the proxy's check and the render). */
export default async function NotFound() {
  return <NotFoundView locale={await boundaryLocale()} />
}
