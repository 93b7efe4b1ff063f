import { getTranslations } from 'next-intl/server'
import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { ListSection } from '@/components/Lists'
import { getPractice } from '@/data/practices'
import { documentMetadata, titleAndSummary } from '@/i18n/metadata'
import { routes } from '@/lib/routes'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getPractice, routes.practice, titleAndSummary)

export default async function PracticePage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getPractice, params)
  const t = await getTranslations('Practices')
  const { doc, principles, topics } = view
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.title}
      path={routes.practice(locale, doc.slug)}
      eyebrow={t(`kinds.${doc.kind}`)}
      lede={doc.summary}
      body={doc.body}
      topics={{ title: t('topics'), topics }}
    >
      <ListSection headingId="principles-title" title={t('principles')} items={principles}>
        {(p) => <a href={routes.principle(locale, p.slug)}>{p.title}</a>}
      </ListSection>
    </DocumentPage>
  )
}
