/** Server-side locale handling shared by every public page and layout. */
import { hasLocale } from 'next-intl'
import { getLocale, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import type { Locale } from '../lib/languages'
import { routing } from './routing'

export type LocaleParams = { params: Promise<{ locale: string }> }

/**
 * The locale of this request, once a layout or page has read it from the URL. Next renders the
 * layout, the page and the not-found boundary of a route side by side, and the boundary gets no
 * params: it waits for this instead of asking next-intl, whose fallback reads the request headers,
 * which would make every page dynamic (and a static render fail).
 */
const known = cache(() => {
  let resolve: (locale: Locale) => void = () => undefined
  const locale = new Promise<Locale>((r) => (resolve = r))
  return { locale, resolve }
})

/** The page's locale from its URL; an unknown one is a 404. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    known().resolve(routing.defaultLocale)
    notFound()
  }
  // next-intl reads it from here instead of the request headers: what lets pages be static
  setRequestLocale(locale)
  known().resolve(locale)
  return locale
}

/** How long a boundary waits for the layout to read the locale before asking next-intl itself. */
const BOUNDARY_WAIT_MS = 5_000

/**
 * The locale for a boundary that gets no params (not-found.tsx). The layout always reads it first;
 * should it never do so, next-intl's own answer (from the request) rather than a render that hangs.
 */
export async function boundaryLocale(): Promise<Locale> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const fallback = new Promise<null>((r) => (timer = setTimeout(() => r(null), BOUNDARY_WAIT_MS)))
  const locale = (await Promise.race([known().locale, fallback])) ?? ((await getLocale()) as Locale)
  clearTimeout(timer)
  setRequestLocale(locale)
  return locale
}
