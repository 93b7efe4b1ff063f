/**
 * Shapes of the demo content. Fixtures refer to each other by slug; the seed
 * resolves slugs to ids and writes in dependency order. Text marked `Md` is
 * Markdown (paragraphs, **bold**, *italic*, [links](https://...), "- " lists,
 * "> " quotes) converted to Lexical rich text by the seed.
 */
import type { LicenceValue } from '../lib/licences'

/** English is required; French is optional (falls back to English when missing). */
export type Localized = { en: string; fr?: string }

export type CreditRole = 'author' | 'adapted-from' | 'compiled-by' | 'translated-by' | 'reviewed-by' | 'publisher'
export type Credit = { source: string; role: CreditRole; note?: Localized }

export type SourceFixture = {
  slug: string
  title: string
  kind: 'person' | 'organisation' | 'community-group' | 'publication' | 'website'
  website?: string
  description: Localized
  licence: LicenceValue
  reuseNotes?: Localized
}

export type ThemeFixture = { slug: string; title: Localized; summary: Localized; order: number }

export type TopicFixture = {
  slug: string
  title: Localized
  summary: Localized
  body: Localized /* Md */
  featured?: boolean
  order: number
  credits: Credit[]
}

export type PrincipleFixture = {
  slug: string
  title: Localized
  theme: string
  summary: Localized
  explanation: Localized /* Md */
  order: number
  topics?: string[]
  credits: Credit[]
}

export type ResourceFixture = {
  slug: string
  title: Localized
  url: string
  kind: 'article' | 'guide' | 'glossary' | 'book' | 'video' | 'podcast' | 'toolkit' | 'organisation' | 'website'
  language: 'en' | 'fr' | 'es' | 'de' | 'pt' | 'ko' | 'iu' | 'cr' | 'other'
  year?: number
  summary: Localized
  publisher?: string
  topics?: string[]
  featured?: boolean
  licence: LicenceValue
  credits: Credit[]
  /** days before "now" the resource was added, so "newest" has an order */
  addedDaysAgo: number
}

export type GlossaryTermFixture = {
  slug: string
  term: Localized
  summary: Localized
  definition: Localized /* Md */
  relatedTerms?: string[]
  learnMore?: string[]
  topics?: string[]
  credits: Credit[]
}

export type PracticeFixture = {
  slug: string
  title: Localized
  kind: 'reflection-question' | 'action-tip' | 'in-practice'
  summary: Localized
  body?: Localized /* Md */
  topics?: string[]
  principles?: string[]
  order: number
  credits: Credit[]
}

export type FaqFixture = {
  slug: string
  question: Localized
  answer: Localized /* Md */
  topics?: string[]
  order: number
  credits: Credit[]
}

export type EventFixture = {
  slug: string
  title: Localized
  kind: 'observance' | 'gathering'
  recurrence: 'none' | 'yearly'
  /** YYYY-MM-DD */
  startDate: string
  endDate?: string
  summary: Localized
  description?: Localized /* Md */
  location?: Localized
  url?: string
  credits: Credit[]
}

export type PageFixture = {
  slug: string
  title: Localized
  summary: Localized
  body: Localized /* Md */
  credits: Credit[]
}

export type SiteSettingsFixture = {
  siteName: Localized
  tagline: Localized
  navigation: { label: Localized; href: string }[]
  landAcknowledgement: Localized
  footer: Localized
  contactUrl?: string
}
