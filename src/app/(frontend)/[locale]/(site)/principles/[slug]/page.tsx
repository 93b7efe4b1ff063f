import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CiteBlock } from '../../../../../../components/CiteBlock'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { Provenance } from '../../../../../../components/Provenance'
import { RichText } from '../../../../../../components/RichText'
import { getPrinciple } from '../../../../../../data/content'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { routes } from '../../../../../../lib/routes'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getPrinciple, routes.principle, (d) => ({ title: d.title, description: d.summary }), 'article')

export default async function PrinciplePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await getPrinciple(locale, slug)
  if (!view) notFound()
  const [t, tp, ts] = await Promise.all([getTranslations('Principles'), getTranslations('Practices'), getTranslations('Site')])
  const { doc, practices, topics, theme } = view
  return (
    <article>
      <nav aria-label={ts('breadcrumbs')} className="breadcrumbs">
        <a href={routes.principles(locale)}>{t('title')}</a>
        {theme ? <span> / {theme.title}</span> : null}
      </nav>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      {doc.summary ? <p className="lede">{doc.summary}</p> : null}
      <RichText data={doc.explanation} />
      {practices.length ? (
        <section aria-labelledby="practices-title">
          <h2 id="practices-title">{t('practices')}</h2>
          <ul className="list">
            {practices.map((p) => (
              <li key={p.id}>
                <span className="tag">{tp(`kinds.${p.kind}`)}</span>{' '}
                <a href={routes.practice(locale, p.slug)} className="list-title">
                  {p.title}
                </a>
                {p.summary ? <p>{p.summary}</p> : null}
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
        title={doc.title}
        path={routes.principle(locale, doc.slug)}
        credits={doc.credits}
        licence={doc.licence}
        issued={view.firstPublishedAt}
        fallback={view.fallback}
      />
    </article>
  )
}
