/**
 * "How to cite this": CSL-JSON built from the data, formatted by citation-js with its
 * CSL plugin (citeproc-js and the official CSL styles and locales), never concatenated
 * by hand. Pure: the caller passes the absolute URL, the dates and "today".
 *
 * Two styles, both as plain text a reader can select and paste:
 * - `plain`: Cite Them Right Harvard (names, year, title, site, "Available at: URL
 *   (Accessed: date)"), the one to paste into an email or a document;
 * - `apa`: APA 7th edition.
 */
// citation-js publishes no type declarations; the little used here is typed below.
// @ts-expect-error -- untyped package
import { Cite as CiteJs } from '@citation-js/core'
// registers the CSL output plugin (styles apa, harvard1; locales en-US, fr-FR) on the core
import '@citation-js/plugin-csl'
import type { Locale } from './languages'

type CiteInstance = {
  format: (format: 'bibliography', options: { format: 'text'; template: string; lang: string }) => string
}
const Cite = CiteJs as new (data: CslItem[]) => CiteInstance

/** The CSL locale used for each hub locale. */
export const CSL_LOCALES: Record<Locale, 'en-US' | 'fr-FR'> = { en: 'en-US', fr: 'fr-FR' }

export type CslName = { literal: string } | { family: string; given: string }
export type CslDate = { 'date-parts': [number[]] }
export type CslItem = {
  id: string
  type: 'webpage' | 'article' | 'book' | 'motion_picture' | 'broadcast' | 'song'
  title: string
  author: CslName[]
  'container-title'?: string
  publisher?: string
  URL: string
  issued?: CslDate
  accessed?: CslDate
  language?: string
}

/** Someone credited as author: people get "Family, G." in APA, everyone else stays as written. */
export type CitedName = { name: string; person: boolean }

export type PageCitation = {
  title: string
  /** the credited `author` sources; none → the hub itself, as an organisation */
  authors: CitedName[]
  siteName: string
  /** absolute URL of the hub page */
  url: string
  /** when the page was first published (ISO), else when it was created */
  issued?: string | Date | null
  accessed: Date
  /** language of the text on the page (an English fallback on /fr is 'en') */
  language: string
}

export type WorkCitation = {
  title: string
  /** the work's credited authors; none → its publisher, as an organisation */
  authors: CitedName[]
  publisher?: string | null
  year?: number | null
  url: string
  kind?: string | null
  language?: string | null
  accessed: Date
}

/** Calendar date in UTC (the hub shows every date in UTC). */
export function dateParts(value: string | Date): CslDate {
  const d = typeof value === 'string' ? new Date(value) : value
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] }
}

/**
 * A person's name split by us, not guessed by the citation library: a trailing note in
 * brackets ("Amélie Lamont (The Guide to Allyship)") is not part of the name, the last word
 * is the family name, and anything that does not look like a plain name stays as written.
 */
export function personName(raw: string): CslName {
  const clean = raw
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const parts = clean.split(' ')
  if (parts.length < 2 || /[^\p{L}\p{M}'’.\- ]/u.test(clean)) return { literal: clean || raw.trim() }
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') }
}

const name = (n: CitedName): CslName => (n.person ? personName(n.name) : { literal: n.name.trim() })
const named = (list: CitedName[]) => list.filter((n) => n.name.trim())

/** The hub page itself, as CSL-JSON. */
export function pageItem(input: PageCitation): CslItem {
  const authors = named(input.authors)
  return {
    id: input.url,
    type: 'webpage',
    title: input.title,
    author: authors.length ? authors.map(name) : [{ literal: input.siteName }],
    'container-title': input.siteName,
    URL: input.url,
    ...(input.issued ? { issued: dateParts(input.issued) } : {}),
    accessed: dateParts(input.accessed),
    language: input.language,
  }
}

const WORK_TYPES: Record<string, CslItem['type']> = {
  article: 'article',
  book: 'book',
  video: 'motion_picture',
  podcast: 'broadcast',
}

/** The original work a resource page is about, as CSL-JSON. */
export function workItem(input: WorkCitation): CslItem {
  const authors = named(input.authors)
  const publisher = input.publisher?.trim() || undefined
  return {
    id: input.url,
    type: WORK_TYPES[input.kind ?? ''] ?? 'webpage',
    title: input.title,
    author: authors.length ? authors.map(name) : publisher ? [{ literal: publisher }] : [],
    // APA leaves out a publisher that is also the author
    ...(publisher && !(authors.length === 0 || authors.some((a) => a.name.trim() === publisher)) ? { publisher } : {}),
    URL: input.url,
    ...(input.year ? { issued: { 'date-parts': [[input.year]] } } : {}),
    accessed: dateParts(input.accessed),
    ...(input.language && input.language !== 'other' ? { language: input.language } : {}),
  }
}

// citeproc-js reads a few HTML-like tags in field values as formatting (<i>, <b>, <sup>,
// <span class="nocase">...) and drops them from text output. A title is text: angle
// brackets are swapped for private-use characters while formatting, then put back.
const LT = '\uE000'
const GT = '\uE001'
const protect = <T>(value: T): T => {
  if (typeof value === 'string') return value.replace(/</g, LT).replace(/>/g, GT) as T
  if (Array.isArray(value)) return value.map(protect) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, protect(v)])) as T
  return value
}
const restore = (text: string) => text.replace(/\uE000/g, '<').replace(/\uE001/g, '>')

export type FormattedCitation = { plain: string; apa: string }

// citeproc takes ~10 ms per style once warm (seconds for the first use of a style and
// locale): pages render per request, so the same citation is kept for the day it says.
const MEMO_SIZE = 500
const memo = new Map<string, FormattedCitation>()

/** One item in both styles, in the reader's language, as plain text. */
export function formatCitation(item: CslItem, locale: Locale): FormattedCitation {
  const key = `${locale}|${JSON.stringify(item)}`
  const kept = memo.get(key)
  if (kept) return kept
  const cite = new Cite([protect(item)])
  const lang = CSL_LOCALES[locale]
  const render = (template: string) => restore(cite.format('bibliography', { format: 'text', template, lang })).trim()
  const result = { plain: render('harvard1'), apa: render('apa') }
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!)
  memo.set(key, result)
  return result
}
