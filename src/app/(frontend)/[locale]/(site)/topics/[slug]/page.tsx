import { getTranslations } from 'next-intl/server'
import { DocumentPage, documentStaticParams, readDocumentPage, type DocumentParams } from '@/components/DocumentPage'
import { ExternalLink } from '@/components/ExternalLink'
import { HandoutFooter } from '@/components/HandoutFooter'
import { ListEntry, ListSection, Section } from '@/components/Lists'
import { getTopic } from '@/data/topics'
import { documentMetadata, titleAndSummary } from '@/i18n/metadata'
import { routes } from '@/lib/routes'
import type { Practice } from '@/payload-types'

export const generateStaticParams = documentStaticParams

export const generateMetadata = documentMetadata(getTopic, routes.topic, titleAndSummary)

export default async function TopicPage({ params }: DocumentParams) {
  const { locale, view } = await readDocumentPage(getTopic, params)
  const [t, tk, th] = await Promise.all([
    getTranslations('Topics'),
    getTranslations('Kinds'),
    getTranslations('Handout'),
  ])
  const { doc, principles, practices, faqs, glossaryTerms, resources } = view
  const ofKind = (kind: Practice['kind']) => practices.filter((p) => p.kind === kind)
  const groups = [
    { id: 'in-practice', title: t('inPractice'), items: ofKind('in-practice') },
    { id: 'reflection', title: t('reflection'), items: ofKind('reflection-question') },
    { id: 'actions', title: t('actions'), items: ofKind('action-tip') },
  ]
  return (
    <DocumentPage
      locale={locale}
      view={view}
      title={doc.title}
      path={routes.topic(locale, doc.slug)}
      breadcrumb={{ href: routes.topics(locale), label: t('title') }}
      lede={doc.summary}
      body={doc.body}
      after={
        <HandoutFooter
          locale={locale}
          title={doc.title}
          path={routes.topic(locale, doc.slug)}
          licences={[doc.licence]}
          credits={doc.credits}
          issued={view.firstPublishedAt}
          fallback={view.fallback}
          printOnly
        />
      }
    >
      <p className="handout-link screen-only">
        <a href={`${routes.topic(locale, doc.slug)}/handout`}>{th('link')}</a>{' '}
        <span className="muted small">{th('linkHint')}</span>
      </p>
      <ListSection headingId="principles-title" title={t('principles')} items={principles}>
        {(p) => <ListEntry href={routes.principle(locale, p.slug)} title={p.title} summary={p.summary} />}
      </ListSection>
      {groups.map((group) => (
        <ListSection key={group.id} headingId={`${group.id}-title`} title={group.title} items={group.items}>
          {(p) => <ListEntry href={routes.practice(locale, p.slug)} title={p.title} summary={p.summary} />}
        </ListSection>
      ))}
      <ListSection headingId="faqs-title" title={t('faqs')} items={faqs}>
        {(f) => <a href={routes.faqEntry(locale, f.slug)}>{f.question}</a>}
      </ListSection>
      {glossaryTerms.length ? (
        <Section headingId="glossary-title" title={t('glossary')}>
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
        </Section>
      ) : null}
      <ListSection headingId="further-title" title={t('goingFurther')} items={resources}>
        {(r) => (
          <>
            <ListEntry href={routes.resource(locale, r.slug)} title={r.title} summary={r.summary} />
            <p className="meta">
              {tk(r.kind)} · <ExternalLink href={r.url}>{new URL(r.url).hostname.replace(/^www\./, '')}</ExternalLink>
            </p>
          </>
        )}
      </ListSection>
    </DocumentPage>
  )
}
