/**
 * Open Graph images: which kind of page a path is, and the signed URL of its 1200 × 630 card
 * (drawn by src/app/og/[image]/route.tsx). The title and site name travel in the query, signed
 * with the server's secret, so the route draws only cards that our own pages asked for.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from './env'
import type { Locale } from './languages'

export const OG_KINDS = ['home', 'principle', 'topic', 'resource', 'term', 'practice', 'page'] as const
export type OgKind = (typeof OG_KINDS)[number]

export const OG_SIZE = { width: 1200, height: 630 } as const

/** Detail pages by their first path segment; lists and fixed pages get the default card. */
const DETAIL: Record<string, OgKind> = {
  principles: 'principle',
  topics: 'topic',
  resources: 'resource',
  glossary: 'term',
  practices: 'practice',
}

/** The kind of page at an unprefixed path (`/resources/some-slug` → resource). */
export function ogKind(path: string): OgKind {
  const parts = path.split('?')[0]!.split('/').filter(Boolean)
  if (parts.length === 0) return 'home'
  if (parts.length === 2 && DETAIL[parts[0]!]) return DETAIL[parts[0]!]!
  return 'page'
}

export type OgCard = { kind: OgKind; locale: Locale; title: string; siteName: string }

const signature = ({ kind, locale, title, siteName }: OgCard): string =>
  createHmac('sha256', payloadSecret())
    .update(`og:v1\n${kind}\n${locale}\n${title}\n${siteName}`)
    .digest('base64url')
    .slice(0, 22)

/** Root-relative URL of a page's card (metadataBase makes it absolute). */
export function ogImagePath(card: OgCard): string {
  const query = new URLSearchParams({ l: card.locale, t: card.title, n: card.siteName, s: signature(card) })
  return `/og/${card.kind}.png?${query.toString()}`
}

/** The card a request asks for, or null when it is malformed or not signed by us. */
export function readOgRequest(image: string, query: URLSearchParams, locales: readonly string[]): OgCard | null {
  const kind = image.replace(/\.png$/, '') as OgKind
  if (!image.endsWith('.png') || !OG_KINDS.includes(kind)) return null
  const locale = query.get('l') ?? ''
  const title = query.get('t') ?? ''
  const siteName = query.get('n') ?? ''
  const given = Buffer.from(query.get('s') ?? '')
  if (!locales.includes(locale) || !title || title.length > 300 || !siteName || siteName.length > 100) return null
  const card: OgCard = { kind, locale: locale as Locale, title, siteName }
  const expected = Buffer.from(signature(card))
  return given.length === expected.length && timingSafeEqual(given, expected) ? card : null
}
