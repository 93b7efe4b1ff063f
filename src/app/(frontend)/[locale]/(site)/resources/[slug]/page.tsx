import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ExternalLink } from '../../../../../../components/ExternalLink'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../../components/PreviewNotice'
import { JsonLd } from '../../../../../../components/JsonLd'
import { RichText } from '../../../../../../components/RichText'
import { getResource } from '../../../../../../data/content'
import { readDocument } from '../../../../../../preview/session'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { creativeWork } from '../../../../../../lib/jsonld'
import { routes } from '../../../../../../lib/routes'
import { resourceQueryString } from '../../../../../../lib/resource-filters'
import { ItemCredits } from '../../../../../../components/ItemCredits'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getResource, routes.resource, (d) => ({ title: d.title, description: d.summary }), 'article')

export default async function ResourcePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getResource, locale, slug)
  if (!view) notFound()
  const [t, tk, tl, ts] = await Promise.all([getTranslations('Resources'), getTranslations('Kinds'), getTranslations('Languages'), getTranslations('Site')])
  const { doc, topics, publisher, related } = view
  return (
    <article>
      <JsonLd data={creativeWork(doc, locale)} />
      <nav aria-label={ts('breadcrumbs')} className="breadcrumbs">
        <a href={routes.resources(locale)}>{t('title')}</a>
        <span> / {tk(doc.kind)}</span>
      </nav>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      <PreviewNotice doc={view.doc} />
      <p className="lede">{doc.summary}</p>
      <p>
        <ExternalLink href={doc.url} className="button">
          {t('open')}
        </ExternalLink>
      </p>
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('about')}</h2>
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>
            <a href={`${routes.resources(locale)}${resourceQueryString({ kind: doc.kind })}`}>{tk(doc.kind)}</a>
          </dd>
          <dt>{t('language')}</dt>
          <dd>
            <a href={`${routes.resources(locale)}${resourceQueryString({ language: doc.language })}`}>{tl(doc.language)}</a>
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
              <dd>{publisher.website ? <ExternalLink href={publisher.website}>{publisher.title}</ExternalLink> : publisher.title}</dd>
            </>
          ) : null}
          {topics.length ? (
            <>
              <dt>{t('topic')}</dt>
              <dd>
                <ul className="chips">
                  {topics.map((topic) => (
                    <li key={topic.id}>
                      <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      {doc.notes ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{t('notes')}</h2>
          <RichText data={doc.notes} />
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t('related')}</h2>
          <ul className="list">
            {related.map((r) => (
              <li key={r.id}>
                <a href={routes.resource(locale, r.slug)} className="list-title">
                  {r.title}
                </a>
                <p className="meta">{tk(r.kind)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.title} path={routes.resource(locale, doc.slug)} work={{ title: doc.title, url: doc.url, year: doc.year, kind: doc.kind, language: doc.language, publisher, credits: doc.credits }} sources={[publisher]} />
    </article>
  )
}
