import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { getPage } from '@/data/pages'
import { documentMetadata, titleAndSummary } from '@/i18n/metadata'
import { routes } from '@/lib/routes'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getPage, routes.page, titleAndSummary, 'website')

/** Free pages (about, land acknowledgement, code of conduct...) at /<slug>. */
export default async function FreePage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getPage, params)
  const { doc } = view
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.title}
      path={routes.page(locale, doc.slug)}
      lede={doc.summary}
      body={doc.body}
    />
  )
}
