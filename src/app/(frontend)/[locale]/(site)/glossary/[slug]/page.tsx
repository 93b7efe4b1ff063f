import { getTranslations } from 'next-intl/server'
import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { ListEntry, ListSection } from '@/components/Lists'
import { getGlossaryTerm } from '@/data/glossary'
import { getSiteSettings } from '@/data/site'
import { documentMetadata } from '@/i18n/metadata'
import { definedTerm } from '@/lib/jsonld'
import { routes } from '@/lib/routes'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getGlossaryTerm, routes.glossaryTerm, (d) => ({
  title: d.term,
  description: d.summary,
}))

export default async function GlossaryTermPage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getGlossaryTerm, params)
  const [t, settings] = await Promise.all([getTranslations('Glossary'), getSiteSettings(locale)])
  const { doc, related, learnMore, topics } = view
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.term}
      path={routes.glossaryTerm(locale, doc.slug)}
      jsonLd={definedTerm(doc, locale, { name: `${t('title')} · ${settings.siteName}` })}
      breadcrumb={{ href: routes.glossary(locale), label: t('title') }}
      lede={doc.summary}
      body={doc.definition}
      topics={{ title: t('topics'), topics }}
      after={
        <p>
          <a href={routes.glossary(locale)}>← {t('backToGlossary')}</a>
        </p>
      }
    >
      <ListSection headingId="related-title" title={t('related')} items={related} className="chips">
        {(r) => <a href={routes.glossaryTerm(locale, r.slug)}>{r.term}</a>}
      </ListSection>
      <ListSection headingId="learn-title" title={t('learnMore')} items={learnMore}>
        {(r) => <ListEntry href={routes.resource(locale, r.slug)} title={r.title} summary={r.summary} />}
      </ListSection>
    </DocumentPage>
  )
}
