import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../../components/PreviewNotice'
import { RichText } from '../../../../../../components/RichText'
import { getPrinciple } from '../../../../../../data/content'
import { readDocument } from '../../../../../../preview/session'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { routes } from '../../../../../../lib/routes'
import { ItemCredits } from '../../../../../../components/ItemCredits'
import { TopicChips } from '../../../../../../components/TopicChips'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getPrinciple, routes.principle, (d) => ({ title: d.title, description: d.summary }), 'article')

export default async function PrinciplePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getPrinciple, locale, slug)
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
      <PreviewNotice doc={view.doc} />
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
      <TopicChips locale={locale} title={t('topics')} topics={topics} />
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.title} path={routes.principle(locale, doc.slug)} />
    </article>
  )
}
