/**
 * Metadata for every public page through Next's Metadata API: title, description,
 * canonical URL, hreflang alternates (en, fr, x-default), the feed link, Open Graph
 * and Twitter cards. Pages call `pageMetadata`; nothing else builds <head> tags.
 */
import type { Metadata } from 'next'
import { LOCALES, type Locale } from './languages'
import { ogImagePath, ogKind, OG_SIZE } from './og-image'
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
  /**
   * keep out of search engines (search results, status pages, filtered lists): `noindex, follow`
   * and no canonical, since a canonical would name another page as this one's indexable copy, the
   * opposite signal; the hreflang alternates stay (the same page in the other language)
   */
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
  // the page's card (src/app/og/[image]/route.tsx): by the kind of page, in this language
  const ogTitle = title ?? siteName
  const image = {
    url: absoluteUrl(ogImagePath({ kind: ogKind(paths.en), locale, title: ogTitle, siteName })),
    ...OG_SIZE,
    alt: ogTitle,
  }
  return {
    ...(title ? { title } : {}),
    description: text,
    alternates: {
      ...(noindex ? {} : { canonical: url }),
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
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: title ?? siteName, description: text, images: [image] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/**
 * The 404 page: no canonical and no hreflang (there is no page here to point at, and the layout's
 * defaults would name the home page), no Open Graph URL, kept out of search engines.
 */
export function notFoundMetadata({
  locale,
  title,
  siteName,
}: {
  locale: Locale
  title: string
  siteName: string
}): Metadata {
  const image = notFoundImage(locale, title, siteName)
  return {
    title,
    // nor the layout's description, which is the home page's
    description: null,
    // replaces the layout's alternates whole: only the feed link is left
    alternates: { types: { 'application/rss+xml': absoluteUrl(routes.feed(locale)) } },
    openGraph: { type: 'website', siteName, title, locale: OG_LOCALE[locale], images: [image] },
    twitter: { card: 'summary_large_image', title, images: [image] },
    robots: { index: false, follow: true },
  }
}

/** The 404 page's card: the default kind, with the page's title. */
export function notFoundImage(locale: Locale, title: string, siteName: string) {
  return {
    url: absoluteUrl(ogImagePath({ kind: 'page', locale, title, siteName })),
    ...OG_SIZE,
    alt: title,
  }
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
