/**
 * schema.org JSON-LD for the public pages, as plain objects. Pages render them with
 * <JsonLd data={...} /> (src/components/JsonLd.tsx), which serialises them with
 * `serializeJsonLd` so no content can close the script element.
 *
 * Every builder takes the documents the page already has and the page's locale, and
 * builds its URLs through src/lib/routes.ts (absolute, on SERVER_URL).
 */
import type { Event, Faq, GlossaryTerm, Resource, Source } from '../payload-types'
import { nextOccurrence } from './events'
import type { Locale } from './languages'
import { licenceInfo } from './licences'
import { richTextToPlainText } from './richtext-text'
import { absoluteUrl, documentPath, routes } from './routes'

export type JsonLdObject = { '@context'?: 'https://schema.org'; '@type': string; [key: string]: unknown }

const CONTEXT = 'https://schema.org' as const

/** Drop undefined, null and empty-string values (schema.org consumers dislike empty properties). */
function clean<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T
}

// ---------------------------------------------------------------- glossary

export type TermInput = Pick<GlossaryTerm, 'term' | 'slug'> & { summary?: string | null; definition?: unknown }
export type TermSetInput = {
  /** the glossary's name as the page shows it ("Glossary", "Glossaire") */
  name: string
  description?: string | null
}

const glossarySetRef = (locale: Locale, set: TermSetInput) => ({
  '@type': 'DefinedTermSet',
  '@id': absoluteUrl(routes.glossary(locale)),
  name: set.name,
  url: absoluteUrl(routes.glossary(locale)),
  inLanguage: locale,
})

const termDescription = (term: TermInput): string | undefined =>
  term.summary?.trim() || richTextToPlainText(term.definition) || undefined

/** One glossary term, linked to the glossary it belongs to. */
export function definedTerm(term: TermInput, locale: Locale, set: TermSetInput): JsonLdObject {
  const url = absoluteUrl(documentPath('glossary-terms', term.slug, locale))
  return clean({
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': url,
    name: term.term,
    description: termDescription(term),
    url,
    // schema.org gives DefinedTerm no inLanguage: the language is the set's (definedTermSet)
    inDefinedTermSet: glossarySetRef(locale, set),
  })
}

/** The glossary page: the set and the terms it lists. */
export function definedTermSet(terms: readonly TermInput[], locale: Locale, set: TermSetInput): JsonLdObject {
  return clean({
    '@context': CONTEXT,
    ...glossarySetRef(locale, set),
    description: set.description ?? undefined,
    inLanguage: locale,
    hasDefinedTerm: terms.map((term) => {
      const url = absoluteUrl(documentPath('glossary-terms', term.slug, locale))
      return clean({ '@type': 'DefinedTerm', '@id': url, name: term.term, description: termDescription(term), url })
    }),
  })
}

// ---------------------------------------------------------------- FAQ

export type FaqInput = Pick<Faq, 'question' | 'slug'> & { answer?: unknown }

/** The FAQ page: each question with its answer as plain text. */
export function faqPage(faqs: readonly FaqInput[], locale: Locale): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: absoluteUrl(routes.faq(locale)),
    inLanguage: locale,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      url: absoluteUrl(documentPath('faqs', faq.slug, locale)),
      acceptedAnswer: { '@type': 'Answer', text: richTextToPlainText(faq.answer) },
    })),
  }
}

// ---------------------------------------------------------------- resources

export type ResourceInput = Pick<Resource, 'title' | 'slug' | 'url'> & {
  summary?: string | null
  kind?: Resource['kind'] | null
  language?: Resource['language'] | null
  year?: number | null
  licence?: string | null
  /** the populated publisher (a bare id or an unpublished one is left out) */
  publisher?: number | Source | null
  /** the populated credits: those with the `author` role are the work's authors */
  credits?: readonly { source?: number | Source | null; role?: string | null }[] | null
}

/** Licences without a URL of their own that still have a standard statement. */
const LICENCE_STATEMENTS: Record<string, string> = {
  'public-domain': 'https://creativecommons.org/publicdomain/mark/1.0/',
}

const published = (source: number | Source | null | undefined): Source | null =>
  typeof source === 'object' && source && source._status !== 'draft' ? source : null

const WORK_TYPES: Partial<Record<Resource['kind'], string>> = {
  article: 'Article',
  book: 'Book',
  video: 'VideoObject',
  podcast: 'PodcastSeries',
  website: 'WebSite',
}

function sourceRef(source: Source): JsonLdObject {
  return clean({
    '@type': source.kind === 'person' ? 'Person' : 'Organization',
    name: source.title,
    url: source.website ?? undefined,
  })
}

/**
 * A resource: the linked work itself (`url` is the work's address, `mainEntityOfPage`
 * the hub's page about it), with its language, year, publisher and licence URL.
 */
export function creativeWork(resource: ResourceInput, locale: Locale): JsonLdObject {
  const publisher = published(resource.publisher)
  const licence = resource.licence ? licenceInfo(resource.licence) : null
  const authors = (resource.credits ?? [])
    .filter((credit) => credit.role === 'author')
    .map((credit) => published(credit.source))
    .filter((source): source is Source => source !== null)
  // without credited authors, a person who published the work is its author
  const author = authors.length ? authors : publisher?.kind === 'person' ? [publisher] : []
  return clean({
    '@context': CONTEXT,
    '@type': (resource.kind && WORK_TYPES[resource.kind]) || 'CreativeWork',
    name: resource.title,
    url: resource.url,
    mainEntityOfPage: absoluteUrl(documentPath('resources', resource.slug, locale)),
    description: resource.summary ?? undefined,
    inLanguage: resource.language && resource.language !== 'other' ? resource.language : undefined,
    datePublished: resource.year ? String(resource.year) : undefined,
    author: author.length === 0 ? undefined : author.length === 1 ? sourceRef(author[0]!) : author.map(sourceRef),
    publisher: publisher ? sourceRef(publisher) : undefined,
    license: licence?.url ?? (licence ? LICENCE_STATEMENTS[licence.value] : undefined),
  })
}

// ---------------------------------------------------------------- events

export type EventInput = Pick<Event, 'title' | 'slug' | 'startDate' | 'recurrence'> & {
  endDate?: string | null
  summary?: string | null
  description?: unknown
  location?: string | null
  url?: string | null
}

const ONLINE = /^(https?:\/\/\S+|online|en ligne|virtual|virtuel(le)?)$/i

function attendance(location: string | null | undefined, online: string) {
  const where = location?.trim()
  // an observance day (or anything without a place) is marked where people read about it
  if (!where) {
    return {
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: online },
    }
  }
  if (ONLINE.test(where)) {
    return {
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: clean({
        '@type': 'VirtualLocation',
        url: /^https?:\/\//i.test(where) ? where : undefined,
        name: /^https?:\/\//i.test(where) ? undefined : where,
      }),
    }
  }
  return {
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: where, address: where },
  }
}

/** Who organises what the hub lists: the hub itself, unless said otherwise. */
export type Organizer = { name: string; url?: string }

/**
 * An event, dated by its next occurrence on `now` for yearly ones; its own page is its
 * anchor on /events, and its external link (if any) is `sameAs`. A place (or an online
 * address) in `location` is its location; without one it is a VirtualLocation at its external
 * link, or its anchor on the hub. The organiser is the hub unless `organizer` says otherwise.
 */
export function event(ev: EventInput, locale: Locale, now: Date = new Date(), organizer?: Organizer): JsonLdObject {
  const { start, end } = nextOccurrence(ev, now)
  const url = absoluteUrl(documentPath('events', ev.slug, locale))
  return clean({
    '@context': CONTEXT,
    '@type': 'Event',
    name: ev.title,
    startDate: start,
    endDate: end ?? start,
    eventStatus: 'https://schema.org/EventScheduled',
    ...attendance(ev.location, ev.url ?? url),
    organizer: organizer
      ? clean({ '@type': 'Organization', name: organizer.name, url: organizer.url ?? absoluteUrl(routes.home(locale)) })
      : undefined,
    description: ev.summary?.trim() || richTextToPlainText(ev.description) || undefined,
    url,
    sameAs: ev.url ?? undefined,
    inLanguage: locale,
  })
}

// ---------------------------------------------------------------- site, breadcrumbs

/**
 * The site. No SearchAction: robots.txt keeps crawlers off /search (result pages are an endless
 * crawl space), and a search box target that crawlers may not fetch is an error to validators;
 * the sitelinks search box that used it is retired, so opening /search to crawlers would buy nothing.
 */
export function webSite(site: { name: string; description?: string | null }, locale: Locale): JsonLdObject {
  const home = absoluteUrl(routes.home(locale))
  return clean({
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${absoluteUrl(routes.home('en'))}#website`,
    name: site.name,
    description: site.description ?? undefined,
    url: home,
    inLanguage: locale,
  })
}

export type Crumb = { name: string; /** a path from routes.ts */ path: string }

/** The trail from the home page to the current page, in order. */
export function breadcrumbs(trail: readonly Crumb[]): JsonLdObject {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

// ---------------------------------------------------------------- serialisation

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>`, `&`, U+2028 and
 * U+2029 are written as \u escapes (still the same JSON), so no string in it can end
 * the script element, open a comment, or break a JavaScript parser.
 */
export function serializeJsonLd(data: JsonLdObject | readonly JsonLdObject[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!)
}
