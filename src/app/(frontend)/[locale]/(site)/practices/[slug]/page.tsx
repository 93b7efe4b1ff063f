import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../../components/PreviewNotice'
import { RichText } from '../../../../../../components/RichText'
import { getPractice } from '../../../../../../data/content'
import { readDocument } from '../../../../../../preview/session'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { routes } from '../../../../../../lib/routes'
import { ItemCredits } from '../../../../../../components/ItemCredits'
import { TopicChips } from '../../../../../../components/TopicChips'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getPractice, routes.practice, (d) => ({ title: d.title, description: d.summary }), 'article')

export default async function PracticePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getPractice, locale, slug)
  if (!view) notFound()
  const t = await getTranslations('Practices')
  const { doc, principles, topics } = view
  return (
    <article>
      <p className="eyebrow">{t(`kinds.${doc.kind}`)}</p>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      <PreviewNotice doc={view.doc} />
      {doc.summary ? <p className="lede">{doc.summary}</p> : null}
      <RichText data={doc.body} />
      {principles.length ? (
        <section aria-labelledby="principles-title">
          <h2 id="principles-title">{t('principles')}</h2>
          <ul className="list">
            {principles.map((p) => (
              <li key={p.id}>
                <a href={routes.principle(locale, p.slug)}>{p.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TopicChips locale={locale} title={t('topics')} topics={topics} />
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.title} path={routes.practice(locale, doc.slug)} />
    </article>
  )
}
