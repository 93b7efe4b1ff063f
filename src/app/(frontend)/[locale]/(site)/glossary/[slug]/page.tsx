import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../../components/PreviewNotice'
import { JsonLd } from '../../../../../../components/JsonLd'
import { RichText } from '../../../../../../components/RichText'
import { getGlossaryTerm } from '../../../../../../data/content'
import { readDocument } from '../../../../../../preview/session'
import { getSiteSettings } from '../../../../../../data/site'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { definedTerm } from '../../../../../../lib/jsonld'
import { routes } from '../../../../../../lib/routes'
import { ItemCredits } from '../../../../../../components/ItemCredits'
import { TopicChips } from '../../../../../../components/TopicChips'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getGlossaryTerm, routes.glossaryTerm, (d) => ({ title: d.term, description: d.summary }), 'article')

export default async function GlossaryTermPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getGlossaryTerm, locale, slug)
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
      <PreviewNotice doc={view.doc} />
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
      <TopicChips locale={locale} title={t('topics')} topics={topics} />
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.term} path={routes.glossaryTerm(locale, doc.slug)} />
      <p>
        <a href={routes.glossary(locale)}>← {t('backToGlossary')}</a>
      </p>
    </article>
  )
}
