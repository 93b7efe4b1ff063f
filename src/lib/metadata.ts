/**
 * Metadata for every public page through Next's Metadata API: title, description,
 * canonical URL, hreflang alternates (en, fr, x-default), the feed link, Open Graph
 * and Twitter cards. Pages call `pageMetadata`; nothing else builds <head> tags.
 */
import type { Metadata } from 'next'
import { LOCALES, type Locale } from './languages'
import { absoluteUrl, alternates, routes } from './routes'

type Options = {
  locale: Locale
  /** the page's path in any locale */
  path: (locale: Locale) => string
  title?: string
  description?: string | null
  type?: 'website' | 'article'
  /** ISO date of the last change, for articles */
  modifiedTime?: string
  /** keep out of search engines (search results, status pages) */
  noindex?: boolean
  siteName: string
}

const OG_LOCALE: Record<Locale, string> = { en: 'en_CA', fr: 'fr_CA' }

export function pageMetadata({
  locale,
  path,
  title,
  description,
  type = 'website',
  modifiedTime,
  noindex,
  siteName,
}: Options): Metadata {
  const paths = alternates(path)
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map(({ code }) => [code, absoluteUrl(paths[code])]),
  )
  languages['x-default'] = absoluteUrl(paths.en)
  const url = absoluteUrl(paths[locale])
  const text = description ? truncate(description, 200) : undefined
  return {
    ...(title ? { title } : {}),
    description: text,
    alternates: {
      canonical: url,
      languages,
      types: { 'application/rss+xml': absoluteUrl(routes.feed(locale)) },
    },
    openGraph: {
      type,
      url,
      siteName,
      title: title ?? siteName,
      description: text,
      locale: OG_LOCALE[locale],
      alternateLocale: LOCALES.filter((l) => l.code !== locale).map((l) => OG_LOCALE[l.code]),
      ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
    },
    twitter: { card: 'summary', title: title ?? siteName, description: text },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
