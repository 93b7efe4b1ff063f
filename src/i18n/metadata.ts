/**
 * generateMetadata for the two kinds of public page, so every page builds its <head> the
 * same way (src/lib/metadata.ts): a list page titled from its message namespace, and a
 * document page titled from its document.
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Cached } from '../data/cache'
import { getSiteSettings } from '../data/site'
import { previewUser, readDocument } from '../preview/session'
import type { Locale } from '../lib/languages'
import { pageMetadata } from '../lib/metadata'
import { pageLocale } from './server'

type ListNamespace = 'Principles' | 'Resources' | 'Topics' | 'Glossary' | 'Faq' | 'Events' | 'Credits'

/** A list page: title and description are its namespace's `title` and `intro`. */
export function listMetadata(namespace: ListNamespace, path: (locale: Locale) => string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const [settings, t, preview] = await Promise.all([
      getSiteSettings(locale),
      getTranslations(namespace),
      previewUser(),
    ])
    const metadata = pageMetadata({
      locale,
      path,
      title: t('title'),
      description: t('intro'),
      siteName: settings.siteName,
    })
    // in a preview, lists of FAQs and events show drafts: never indexed
    return preview ? { ...metadata, robots: { index: false, follow: false } } : metadata
  }
}

/** How most documents describe themselves in <head>: their title and summary. */
export const titleAndSummary = (doc: { title: string; summary?: string | null }) => ({
  title: doc.title,
  description: doc.summary,
})

/** A document page: found by slug, or no metadata (the proxy has already answered 404). */
export function documentMetadata<T extends { updatedAt: string }>(
  get: Cached<[Locale, string, boolean?], { doc: T } | null>,
  path: (locale: Locale, slug: string) => string,
  describe: (doc: T) => { title: string; description?: string | null },
  type: 'article' | 'website' = 'article',
) {
  return async ({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    const { slug } = await params
    const [settings, view, preview] = await Promise.all([
      getSiteSettings(locale),
      readDocument(get, locale, slug),
      previewUser(),
    ])
    if (!view) return {}
    const { title, description } = describe(view.doc)
    const metadata = pageMetadata({
      locale,
      path: (l) => path(l, slug),
      title,
      description,
      type,
      modifiedTime: type === 'article' ? view.doc.updatedAt : undefined,
      siteName: settings.siteName,
    })
    // a preview shows a draft: never indexed (the page is only seen by signed-in staff anyway)
    return preview ? { ...metadata, robots: { index: false, follow: false } } : metadata
  }
}
