import { getTranslations } from 'next-intl/server'
import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { ExternalLink } from '@/components/ExternalLink'
import { ItemList, ListEntry, ListSection, Section } from '@/components/Lists'
import { RichText } from '@/components/RichText'
import { getResource } from '@/data/resources'
import { documentMetadata, titleAndSummary } from '@/i18n/metadata'
import { creativeWork } from '@/lib/jsonld'
import { routes } from '@/lib/routes'
import { resourceQueryString } from '@/lib/resource-filters'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getResource, routes.resource, titleAndSummary)

export default async function ResourcePage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getResource, params)
  const [t, tk, tl] = await Promise.all([
    getTranslations('Resources'),
    getTranslations('Kinds'),
    getTranslations('Languages'),
  ])
  const { doc, topics, publisher, related } = view
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.title}
      path={routes.resource(locale, doc.slug)}
      jsonLd={creativeWork(doc, locale)}
      breadcrumb={{ href: routes.resources(locale), label: t('title'), detail: tk(doc.kind) }}
      lede={doc.summary}
      work={{
        title: doc.title,
        url: doc.url,
        year: doc.year,
        kind: doc.kind,
        language: doc.language,
        publisher,
        credits: doc.credits,
      }}
      sources={[publisher]}
    >
      <p>
        <ExternalLink href={doc.url} className="button">
          {t('open')}
        </ExternalLink>
      </p>
      <Section headingId="about-title" title={t('about')}>
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>
            <a href={`${routes.resources(locale)}${resourceQueryString({ kind: doc.kind })}`}>{tk(doc.kind)}</a>
          </dd>
          <dt>{t('language')}</dt>
          <dd>
            <a href={`${routes.resources(locale)}${resourceQueryString({ language: doc.language })}`}>
              {tl(doc.language)}
            </a>
          </dd>
          {doc.year ? (
            <>
              <dt>{t('year')}</dt>
              <dd>{doc.year}</dd>
            </>
          ) : null}
          {publisher ? (
            <>
              <dt>{t('publisher')}</dt>
              <dd>
                {publisher.website ? (
                  <ExternalLink href={publisher.website}>{publisher.title}</ExternalLink>
                ) : (
                  publisher.title
                )}
              </dd>
            </>
          ) : null}
          {topics.length ? (
            <>
              <dt>{t('topic')}</dt>
              <dd>
                <ItemList items={topics} className="chips">
                  {(topic) => <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>}
                </ItemList>
              </dd>
            </>
          ) : null}
        </dl>
      </Section>
      {doc.notes ? (
        <Section headingId="notes-title" title={t('notes')}>
          <RichText data={doc.notes} locale={locale} />
        </Section>
      ) : null}
      <ListSection headingId="related-title" title={t('related')} items={related}>
        {(r) => (
          <>
            <ListEntry href={routes.resource(locale, r.slug)} title={r.title} />
            <p className="meta">{tk(r.kind)}</p>
          </>
        )}
      </ListSection>
    </DocumentPage>
  )
}
