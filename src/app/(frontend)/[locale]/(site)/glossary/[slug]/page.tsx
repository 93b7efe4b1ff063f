import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CiteBlock } from '../../../../../../components/CiteBlock'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { JsonLd } from '../../../../../../components/JsonLd'
import { Provenance } from '../../../../../../components/Provenance'
import { RichText } from '../../../../../../components/RichText'
import { getGlossaryTerm } from '../../../../../../data/content'
import { getSiteSettings } from '../../../../../../data/site'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { definedTerm } from '../../../../../../lib/jsonld'
import { routes } from '../../../../../../lib/routes'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getGlossaryTerm, routes.glossaryTerm, (d) => ({ title: d.term, description: d.summary }), 'article')

export default async function GlossaryTermPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await getGlossaryTerm(locale, slug)
  if (!view) notFound()
  const [t, ts, settings] = await Promise.all([getTranslations('Glossary'), getTranslations('Site'), getSiteSettings(locale)])
  const { doc, related, learnMore, topics } = view
  return (
    <article>
      <JsonLd data={definedTerm(doc, locale, { name: `${t('title')} · ${settings.siteName}` })} />
      <nav aria-label={ts('breadcrumbs')} className="breadcrumbs">
        <a href={routes.glossary(locale)}>{t('title')}</a>
      </nav>
      <h1>{doc.term}</h1>
      <FallbackNotice show={view.fallback} />
      <p className="lede">{doc.summary}</p>
      <RichText data={doc.definition} />
      {related.length ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t('related')}</h2>
          <ul className="chips">
            {related.map((r) => (
              <li key={r.id}>
                <a href={routes.glossaryTerm(locale, r.slug)}>{r.term}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {learnMore.length ? (
        <section aria-labelledby="learn-title">
          <h2 id="learn-title">{t('learnMore')}</h2>
          <ul className="list">
            {learnMore.map((r) => (
              <li key={r.id}>
                <a href={routes.resource(locale, r.slug)} className="list-title">
                  {r.title}
                </a>
                <p>{r.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {topics.length ? (
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">{t('topics')}</h2>
          <ul className="chips">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Provenance
        locale={locale}
        credits={doc.credits}
        contributors={doc.contributors}
        licence={doc.licence}
        updatedAt={doc.updatedAt}
        people={view.people}
        reviewedAt={doc.reviewedAt}
        lastReviewedAt={doc.lastReviewedAt}
      />
      <CiteBlock
        locale={locale}
        title={doc.term}
        path={routes.glossaryTerm(locale, doc.slug)}
        credits={doc.credits}
        licence={doc.licence}
        issued={view.firstPublishedAt}
        fallback={view.fallback}
      />
      <p>
        <a href={routes.glossary(locale)}>← {t('backToGlossary')}</a>
      </p>
    </article>
  )
}
