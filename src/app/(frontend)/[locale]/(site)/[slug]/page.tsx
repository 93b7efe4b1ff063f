import { notFound } from 'next/navigation'
import { FallbackNotice } from '../../../../../components/FallbackNotice'
import { PreviewNotice } from '../../../../../components/PreviewNotice'
import { RichText } from '../../../../../components/RichText'
import { getPage } from '../../../../../data/content'
import { readDocument } from '../../../../../preview/session'
import { pageLocale } from '../../../../../i18n/server'
import { documentMetadata } from '../../../../../i18n/metadata'
import { routes } from '../../../../../lib/routes'
import { ItemCredits } from '../../../../../components/ItemCredits'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = documentMetadata(getPage, routes.page, (d) => ({ title: d.title, description: d.summary }), 'website')

/** Free pages (about, land acknowledgement, code of conduct...) at /<slug>. */
export default async function FreePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(getPage, locale, slug)
  if (!view) notFound()
  const { doc } = view
  return (
    <article>
      <h1>{doc.title}</h1>
      <FallbackNotice show={view.fallback} />
      <PreviewNotice doc={view.doc} />
      {doc.summary ? <p className="lede">{doc.summary}</p> : null}
      <RichText data={doc.body} />
      <ItemCredits locale={locale} doc={doc} view={view} title={doc.title} path={routes.page(locale, doc.slug)} />
    </article>
  )
}
