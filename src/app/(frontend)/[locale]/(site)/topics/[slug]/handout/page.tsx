/**
 * A topic as a handout for one or two printed pages (A4 or Letter): its principles, questions
 * for reflection and action tips, key terms and reading list, a QR code of the topic's page,
 * credits, licence and how to cite it. Canonical to the topic page, which it summarises.
 * No feedback form (it places none: src/components/PageFeedback.tsx); print rules in print.css.
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { ExternalLink } from '@/components/ExternalLink'
import { FallbackNotice } from '@/components/FallbackNotice'
import { HandoutFooter } from '@/components/HandoutFooter'
import { HandoutQr } from '@/components/HandoutQr'
import { PreviewNotice } from '@/components/PreviewNotice'
import { populated } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { getTopic } from '@/data/topics'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { absoluteUrl, routes } from '@/lib/routes'
import { readDocument } from '@/preview/session'
import type { Practice } from '@/payload-types'

export const generateStaticParams = documentStaticParams

export async function generateMetadata({ params }: DocumentParams): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const [settings, view, t] = await Promise.all([
    getSiteSettings(locale),
    readDocument(getTopic, locale, slug),
    getTranslations('Handout'),
  ])
  if (!view) return {}
  // canonical and alternates: the topic page, which says the same at length
  return pageMetadata({
    locale,
    path: (l) => routes.topic(l, slug),
    title: t('metaTitle', { title: view.doc.title }),
    description: view.doc.summary,
    siteName: settings.siteName,
  })
}

const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')

export default async function TopicHandoutPage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getTopic, params)
  const [t, tk, tp, settings] = await Promise.all([
    getTranslations('Handout'),
    getTranslations('Kinds'),
    getTranslations('Provenance'),
    getSiteSettings(locale),
  ])
  const { doc, principles, practices, glossaryTerms, resources, people } = view
  const topicPath = routes.topic(locale, doc.slug)
  const topicUrl = absoluteUrl(topicPath)
  const ofKind = (kind: Practice['kind']) => practices.filter((p) => p.kind === kind)
  const lists = [
    { id: 'handout-reflection', title: t('reflection'), items: ofKind('reflection-question') },
    { id: 'handout-actions', title: t('actions'), items: ofKind('action-tip') },
  ].filter((list) => list.items.length)
  const credits = (doc.credits ?? []).flatMap((c) => {
    const [source] = populated([c.source ?? null])
    return source ? [{ role: c.role, note: c.note, source, key: c.id ?? `${source.id}-${c.role}` }] : []
  })
  return (
    <article className="handout">
      <p className="handout-screen-note screen-only">
        {t('printHint')} <a href={topicPath}>{t('backToTopic')}</a>
      </p>
      <header className="handout-head">
        <div>
          <p className="eyebrow">
            {settings.siteName} · {t('eyebrow')}
          </p>
          <h1>{doc.title}</h1>
          <FallbackNotice show={view.fallback} />
          <PreviewNotice doc={doc} />
          {doc.summary ? <p className="lede">{doc.summary}</p> : null}
        </div>
        <figure className="handout-qr-figure">
          <HandoutQr url={topicUrl} label={t('qrLabel', { url: topicUrl })} />
          <figcaption>{t('qrCaption')}</figcaption>
        </figure>
      </header>
      {principles.length ? (
        <section aria-labelledby="handout-principles" className="handout-section">
          <h2 id="handout-principles">{t('principles')}</h2>
          <ul className="handout-list">
            {principles.map((p) => (
              <li key={p.id}>
                <strong className="handout-item-title">{p.title}</strong>
                {p.summary ? <span> — {p.summary}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {lists.length ? (
        <div className="handout-columns">
          {lists.map((list) => (
            <section key={list.id} aria-labelledby={list.id} className="handout-section">
              <h2 id={list.id}>{list.title}</h2>
              <ul className="handout-list">
                {list.items.map((p) => (
                  <li key={p.id}>
                    <strong className="handout-item-title">{p.title}</strong>
                    {p.summary ? <span> — {p.summary}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
      {glossaryTerms.length ? (
        <section aria-labelledby="handout-terms" className="handout-section">
          <h2 id="handout-terms">{t('terms')}</h2>
          <dl className="handout-terms">
            {glossaryTerms.map((g) => (
              <div key={g.id}>
                <dt>{g.term}</dt>
                <dd>{g.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {resources.length ? (
        <section aria-labelledby="handout-reading" className="handout-section">
          <h2 id="handout-reading">{t('reading')}</h2>
          <ul className="handout-reading">
            {resources.map((r) => (
              <li key={r.id}>
                <strong className="handout-item-title">{r.title}</strong> <span className="muted">({tk(r.kind)})</span>{' '}
                <ExternalLink href={r.url} className="handout-url">
                  {bare(r.url)}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="handout-credits" className="handout-section handout-credits">
        <h2 id="handout-credits">{t('credits')}</h2>
        <ul>
          {credits.map((c) => (
            <li key={c.key}>
              {t('creditLine', { role: tp(`roles.${c.role as 'author'}`), source: c.source.title })}
              {c.note ? <span className="muted"> — {c.note}</span> : null}
            </li>
          ))}
          {people?.curatedBy ? <li>{t('curatedBy', { name: people.curatedBy })}</li> : null}
          {people?.reviewedBy ? <li>{t('reviewedBy', { name: people.reviewedBy })}</li> : null}
        </ul>
        <HandoutFooter
          locale={locale}
          title={doc.title}
          path={topicPath}
          licences={[doc.licence]}
          credits={doc.credits}
          issued={view.firstPublishedAt}
          fallback={view.fallback}
        />
      </section>
    </article>
  )
}
