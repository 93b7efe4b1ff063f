/** Server-side locale handling shared by every public page and layout. */
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { Locale } from '../lib/languages'
import { routing } from './routing'

export type LocaleParams = { params: Promise<{ locale: string }> }

/** The page's locale from its URL; an unknown one is a 404. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}
