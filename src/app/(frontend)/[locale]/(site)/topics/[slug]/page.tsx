import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ExternalLink } from '../../../../../../components/ExternalLink'
import { FallbackNotice } from '../../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../../components/PreviewNotice'
import { RichText } from '../../../../../../components/RichText'
import { getTopic } from '../../../../../../data/content'
import { readDocument } from '../../../../../../preview/session'
import { pageLocale } from '../../../../../../i18n/server'
import { documentMetadata } from '../../../../../../i18n/metadata'
import { routes } from '../../../../../../lib/routes'
import type { Practice } from '../../../../../../payload-types'
import { ItemCredits } from '../../../../../../components/ItemCredits'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getTopic, routes.topic, (d) => ({ title: d.title, description: d.summary }), 'article')

export default async function TopicPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getTopic, locale, slug)
  if (!view) notFound()
  const [t, tk, ts] = await Promise.all([getTranslations('Topics'), getTranslations('Kinds'), getTranslations('Site')])
  const { doc, principles, practices, faqs, glossaryTerms, resources } = view
  const ofKind = (kind: Practice['kind']) => practices.filter((p) => p.kind === kind)
  const groups = [
    { id: 'in-practice', title: t('inPractice'), items: ofKind('in-practice') },
    { id: 'reflection', title: t('reflection'), items: ofKind('reflection-question') },
    { id: 'actions', title: t('actions'), items: ofKind('action-tip') },
  ].filter((g) => g.items.length)
  return (
    <article>
      <nav aria-label={ts('breadcrumbs')} className="breadcrumbs">
        <a href={routes.topics(locale)}>{t('title')}</a>
      </nav>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      <PreviewNotice doc={view.doc} />
      <p className="lede">{doc.summary}</p>
      <RichText data={doc.body} />
      {principles.length ? (
        <section aria-labelledby="principles-title">
          <h2 id="principles-title">{t('principles')}</h2>
          <ul className="list">
            {principles.map((p) => (
              <li key={p.id}>
                <a href={routes.principle(locale, p.slug)} className="list-title">
                  {p.title}
                </a>
                {p.summary ? <p>{p.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`${group.id}-title`}>
          <h2 id={`${group.id}-title`}>{group.title}</h2>
          <ul className="list">
            {group.items.map((p) => (
              <li key={p.id}>
                <a href={routes.practice(locale, p.slug)} className="list-title">
                  {p.title}
                </a>
                {p.summary ? <p>{p.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {faqs.length ? (
        <section aria-labelledby="faqs-title">
          <h2 id="faqs-title">{t('faqs')}</h2>
          <ul className="list">
            {faqs.map((f) => (
              <li key={f.id}>
                <a href={routes.faqEntry(locale, f.slug)}>{f.question}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {glossaryTerms.length ? (
        <section aria-labelledby="glossary-title">
          <h2 id="glossary-title">{t('glossary')}</h2>
          <dl className="terms">
            {glossaryTerms.map((g) => (
              <div key={g.id}>
                <dt>
                  <a href={routes.glossaryTerm(locale, g.slug)}>{g.term}</a>
                </dt>
                <dd>{g.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {resources.length ? (
        <section aria-labelledby="further-title">
          <h2 id="further-title">{t('goingFurther')}</h2>
          <ul className="list">
            {resources.map((r) => (
              <li key={r.id}>
                <a href={routes.resource(locale, r.slug)} className="list-title">
                  {r.title}
                </a>
                <p>{r.summary}</p>
                <p className="meta">
                  {tk(r.kind)} · <ExternalLink href={r.url}>{new URL(r.url).hostname.replace(/^www\./, '')}</ExternalLink>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.title} path={routes.topic(locale, doc.slug)} />
    </article>
  )
}
