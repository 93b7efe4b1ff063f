import { getTranslations } from 'next-intl/server'
import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { HandoutFooter } from '@/components/HandoutFooter'
import { ListEntry, ListSection } from '@/components/Lists'
import { getPrinciple } from '@/data/principles'
import { documentMetadata, titleAndSummary } from '@/i18n/metadata'
import { routes } from '@/lib/routes'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getPrinciple, routes.principle, titleAndSummary)

export default async function PrinciplePage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getPrinciple, params)
  const [t, tp] = await Promise.all([getTranslations('Principles'), getTranslations('Practices')])
  const { doc, practices, topics, theme } = view
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.title}
      path={routes.principle(locale, doc.slug)}
      breadcrumb={{ href: routes.principles(locale), label: t('title'), detail: theme?.title }}
      lede={doc.summary}
      body={doc.explanation}
      topics={{ title: t('topics'), topics }}
      after={
        <HandoutFooter
          locale={locale}
          title={doc.title}
          path={routes.principle(locale, doc.slug)}
          licences={[doc.licence]}
          credits={doc.credits}
          issued={view.firstPublishedAt}
          fallback={view.fallback}
          printOnly
        />
      }
    >
      <ListSection headingId="practices-title" title={t('practices')} items={practices}>
        {(p) => (
          <>
            <span className="tag">{tp(`kinds.${p.kind}`)}</span>{' '}
            <ListEntry href={routes.practice(locale, p.slug)} title={p.title} summary={p.summary} />
          </>
        )}
      </ListSection>
    </DocumentPage>
  )
}
