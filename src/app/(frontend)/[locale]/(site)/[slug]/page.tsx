import { notFound } from 'next/navigation'
import { CiteBlock } from '../../../../../components/CiteBlock'
import { FallbackNotice } from '../../../../../components/FallbackNotice'
import { Provenance } from '../../../../../components/Provenance'
import { RichText } from '../../../../../components/RichText'
import { getPage } from '../../../../../data/content'
import { pageLocale } from '../../../../../i18n/server'
import { documentMetadata } from '../../../../../i18n/metadata'
import { routes } from '../../../../../lib/routes'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getPage, routes.page, (d) => ({ title: d.title, description: d.summary }), 'website')

/** Free pages (about, land acknowledgement, code of conduct...) at /<slug>. */
export default async function FreePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await getPage(locale, slug)
  if (!view) notFound()
  const { doc } = view
  return (
    <article>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      {doc.summary ? <p className="lede">{doc.summary}</p> : null}
      <RichText data={doc.body} />
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
        path={routes.page(locale, doc.slug)}
        credits={doc.credits}
        licence={doc.licence}
        issued={view.firstPublishedAt}
        fallback={view.fallback}
      />
    </article>
  )
}
