import type { ComponentProps } from 'react'
import type { Locale } from '../lib/languages'
import { CiteBlock } from './CiteBlock'
import { Provenance } from './Provenance'

type ProvenanceProps = ComponentProps<typeof Provenance>
type CiteProps = ComponentProps<typeof CiteBlock>

type Props = {
  locale: Locale
  /** the document as a page reads it */
  doc: Pick<ProvenanceProps, 'credits' | 'contributors' | 'updatedAt' | 'reviewedAt' | 'lastReviewedAt'> & {
    licence?: string | null
  }
  /** what the fetcher adds: the people's public names, first publication, English fallback */
  view: { people?: ProvenanceProps['people']; firstPublishedAt?: string | null; fallback: boolean }
  /** the page's title and path, for its citation */
  title: string
  path: string
  work?: CiteProps['work']
  sources?: CiteProps['sources']
}

/** The foot of every document page: where it comes from, who checked it, how to cite and reuse it. */
export function ItemCredits({ locale, doc, view, title, path, work, sources }: Props) {
  return (
    <>
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
        title={title}
        path={path}
        credits={doc.credits}
        licence={doc.licence}
        issued={view.firstPublishedAt}
        fallback={view.fallback}
        work={work}
        sources={sources}
      />
    </>
  )
}
