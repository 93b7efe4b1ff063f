/**
 * What a public path is, from its shape alone: a fixed page, one document of a
 * collection (`/principles/<slug>`, `/<page-slug>`), or nothing at all. The proxy uses it
 * to answer 404 itself (see src/proxy.ts); routes.ts builds the same paths.
 */
export type PathKind =
  | { kind: 'fixed' }
  | { kind: 'document'; table: DocumentTable; slug: string }
  | { kind: 'unknown' }

/** Database tables of the collections with a page per document (Payload's naming). */
export type DocumentTable = 'principles' | 'resources' | 'topics' | 'glossary_terms' | 'practices' | 'pages'

const FIXED = new Set([
  '/', '/principles', '/resources', '/topics', '/glossary', '/faq', '/events', '/credits', '/search',
  '/contribute', '/contribute/check', '/contribute/thanks', '/feed.xml', '/page-not-found',
])

const DETAIL: Record<string, DocumentTable> = {
  principles: 'principles',
  resources: 'resources',
  topics: 'topics',
  glossary: 'glossary_terms',
  practices: 'practices',
}

/** Slugs are lower-case words joined by hyphens (src/lib/slug.ts). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function classifyPath(pathname: string): PathKind {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (FIXED.has(path)) return { kind: 'fixed' }
  const parts = path.split('/').slice(1)
  // the status page looks its token up itself
  if (parts.length === 3 && parts[0] === 'contribute' && parts[1] === 'status') return { kind: 'fixed' }
  if (parts.length === 2 && DETAIL[parts[0]!]) {
    return SLUG.test(parts[1]!) ? { kind: 'document', table: DETAIL[parts[0]!]!, slug: parts[1]! } : { kind: 'unknown' }
  }
  if (parts.length === 1 && SLUG.test(parts[0]!)) return { kind: 'document', table: 'pages', slug: parts[0]! }
  return { kind: 'unknown' }
}
