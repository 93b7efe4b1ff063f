import { getTranslations } from 'next-intl/server'
import { CiteBlock } from '@/components/CiteBlock'
import { JsonLd } from '@/components/JsonLd'
import { PreviewNotice } from '@/components/PreviewNotice'
import { Provenance } from '@/components/Provenance'
import { RichText } from '@/components/RichText'
import { getFaqsFirstPublishedAt, listFaqs } from '@/data/faqs'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { readList } from '@/preview/session'
import { faqPage } from '@/lib/jsonld'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Faq', routes.faq)

export default async function FaqPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [faqs, issued, t, tp] = await Promise.all([
    readList(listFaqs, locale),
    getFaqsFirstPublishedAt(),
    getTranslations('Faq'),
    getTranslations('Provenance'),
  ])
  return (
    <>
      {faqs.length ? <JsonLd data={faqPage(faqs, locale)} /> : null}
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {faqs.length === 0 ? <p>{t('empty')}</p> : null}
      {faqs.length ? (
        <nav aria-labelledby="faq-contents" className="toc">
          <h2 id="faq-contents">{t('contents')}</h2>
          <ol>
            {faqs.map((f) => (
              <li key={f.id}>
                <a href={`#${f.slug}`}>{f.question}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {faqs.map((f) => (
        <section key={f.id} id={f.slug} aria-labelledby={`${f.slug}-q`} className="faq" tabIndex={-1}>
          <h2 id={`${f.slug}-q`}>{f.question}</h2>
          <PreviewNotice doc={f} draftsOnly />
          <RichText data={f.answer} locale={locale} />
          <details className="faq-provenance">
            <summary>{tp('title')}</summary>
            <Provenance
              locale={locale}
              credits={f.credits}
              contributors={f.contributors}
              licence={f.licence}
              updatedAt={f.updatedAt}
              people={f.people}
              reviewedAt={f.reviewedAt}
              lastReviewedAt={f.lastReviewedAt}
              id={`${f.slug}-provenance`}
              nested
            />
          </details>
          <p className="small">
            <a href="#faq-contents">↑ {t('backToTop')}</a>
          </p>
        </section>
      ))}
      {faqs.length ? (
        // one block for the whole page: the questions have no page of their own
        <CiteBlock
          locale={locale}
          title={t('title')}
          path={routes.faq(locale)}
          licence={faqs.map((f) => f.licence)}
          issued={issued}
          sources={faqs.flatMap((f) => (f.credits ?? []).map((c) => (typeof c.source === 'object' ? c.source : null)))}
        />
      ) : null}
      <PageFeedback locale={locale} page={routes.faq(locale)} />
    </>
  )
}
