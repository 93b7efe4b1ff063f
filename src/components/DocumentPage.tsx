/**
 * The frame every document page (a [slug] route) shares, so they all open and close alike:
 * heading with its fallback and preview notices, lede and body, the page's own sections,
 * its topics, then where it comes from and how to cite it; after it, the feedback form.
 */
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ComponentProps, ReactNode } from 'react'
import type { Cached } from '../data/cache'
import { pageLocale } from '../i18n/server'
import type { Locale } from '../lib/languages'
import { readDocument } from '../preview/session'
import { FallbackNotice } from './FallbackNotice'
import { ItemCredits } from './ItemCredits'
import { JsonLd } from './JsonLd'
import { PageFeedback } from './PageFeedback'
import { PreviewNotice } from './PreviewNotice'
import { RichText } from './RichText'
import { TopicChips } from './TopicChips'

export type DocumentParams = { params: Promise<{ locale: string; slug: string }> }

/**
 * Every document page's `generateStaticParams`: none at build time (the build has no database),
 * so each document is rendered on its first visit and kept until what it shows changes. Only
 * published slugs get this far (src/proxy.ts answers 404 for the rest), so the kept pages are bounded.
 */
export function documentStaticParams(): { locale: string; slug: string }[] {
  return []
}

/** The document a [slug] route shows (in a preview, its newest draft), or the 404 page. */
export async function readDocumentPage<View>(
  get: Cached<[Locale, string, boolean?], View>,
  params: DocumentParams['params'],
): Promise<{ locale: Locale; view: NonNullable<View> }> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const view = await readDocument(get, locale, slug)
  if (!view) notFound()
  return { locale, view }
}

type Credits = ComponentProps<typeof ItemCredits>

type Props = {
  locale: Locale
  /** what the fetcher read: the document, its people and first publication, English fallback */
  view: Credits['view'] & { doc: Credits['doc'] & ComponentProps<typeof PreviewNotice>['doc'] }
  /** the page's one h1, also the title it is cited by */
  title: string
  /** the page's path, for its citation and its feedback */
  path: string
  jsonLd?: ComponentProps<typeof JsonLd>['data']
  /** a link up to the list the document belongs to, and what within it (its theme, its kind) */
  breadcrumb?: { href: string; label: string; detail?: string | null }
  /** a short label above the heading, where there is no breadcrumb */
  eyebrow?: string
  lede?: string | null
  /** the document's rich text */
  body?: unknown
  topics?: Pick<ComponentProps<typeof TopicChips>, 'title' | 'topics'>
  work?: Credits['work']
  sources?: Credits['sources']
  /** the page's own sections, between the body and the topics */
  children?: ReactNode
  /** after the credits: a way back */
  after?: ReactNode
}

export async function DocumentPage({
  locale,
  view,
  title,
  path,
  jsonLd,
  breadcrumb,
  eyebrow,
  lede,
  body,
  topics,
  work,
  sources,
  children,
  after,
}: Props) {
  const ts = await getTranslations('Site')
  return (
    <>
      <article>
        {jsonLd ? <JsonLd data={jsonLd} /> : null}
        {breadcrumb ? (
          <nav aria-label={ts('breadcrumbs')} className="breadcrumbs">
            <a href={breadcrumb.href}>{breadcrumb.label}</a>
            {breadcrumb.detail ? <span> / {breadcrumb.detail}</span> : null}
          </nav>
        ) : null}
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        <FallbackNotice show={view.fallback} />
        <PreviewNotice doc={view.doc} />
        {lede ? <p className="lede">{lede}</p> : null}
        <RichText data={body} locale={locale} />
        {children}
        {topics ? <TopicChips locale={locale} {...topics} /> : null}
        <ItemCredits
          locale={locale}
          doc={view.doc}
          view={view}
          title={title}
          path={path}
          work={work}
          sources={sources}
        />
        {after}
      </article>
      <PageFeedback locale={locale} page={path} />
    </>
  )
}
