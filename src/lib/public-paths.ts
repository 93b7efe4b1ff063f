/**
 * What a public path is, from its shape alone: a fixed page, one document of a
 * collection (`/principles/<slug>`, `/<page-slug>`), or nothing at all. The proxy uses it
 * to answer 404 itself (see src/proxy.ts); routes.ts builds the same paths. Both read the
 * registry of public collections (src/lib/collections.ts).
 */
import {
  FIXED_PATHS,
  PUBLIC_COLLECTION_INFO,
  ROOT_COLLECTION,
  SECTIONS,
  SLUG_SHAPE,
  TOKEN_PAGES,
  type DocumentTable,
} from './collections'

export type { DocumentTable } from './collections'

export type PathKind =
  { kind: 'fixed' } | { kind: 'document'; table: DocumentTable; slug: string } | { kind: 'unknown' }

const FIXED = new Set(FIXED_PATHS)

/** `glossary` → `glossary_terms`: the table behind `/<segment>/<slug>`. */
const DETAIL: Record<string, DocumentTable> = Object.fromEntries(
  Object.entries(SECTIONS).map(([segment, collection]) => [segment, PUBLIC_COLLECTION_INFO[collection].table]),
)

const ROOT_TABLE: DocumentTable | undefined = ROOT_COLLECTION && PUBLIC_COLLECTION_INFO[ROOT_COLLECTION].table

const TOKEN_PARENTS = TOKEN_PAGES.map((path) => path.split('/').slice(1))

/**
 * The events calendar (/events.ics), one event's download (/events/<slug>.ics) and its permalink
 * (/events/<slug>, which leads to its anchor on /events): both are there when the event is.
 */
const EVENT_CALENDAR = /^\/events\/([^/]+?)(?:\.ics)?$/

export function classifyPath(pathname: string): PathKind {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (FIXED.has(path) || path === '/events.ics') return { kind: 'fixed' }
  const download = EVENT_CALENDAR.exec(path)?.[1]
  if (download !== undefined) {
    // the events table has the same slug and _status columns as the paged ones (src/db/published.ts)
    const table = PUBLIC_COLLECTION_INFO.events.table as unknown as DocumentTable
    return SLUG_SHAPE.test(download) ? { kind: 'document', table, slug: download } : { kind: 'unknown' }
  }
  const parts = path.split('/').slice(1)
  // the status page looks its token up itself
  if (TOKEN_PARENTS.some((parent) => parts.length === parent.length + 1 && parent.every((p, i) => parts[i] === p))) {
    return { kind: 'fixed' }
  }
  // a topic's printable handout (/topics/<slug>/handout) is there when its topic is
  if (parts.length === 3 && parts[0] === 'topics' && parts[2] === 'handout') {
    return SLUG_SHAPE.test(parts[1]!)
      ? { kind: 'document', table: DETAIL.topics!, slug: parts[1]! }
      : { kind: 'unknown' }
  }
  if (parts.length === 2 && DETAIL[parts[0]!]) {
    const table = DETAIL[parts[0]!]!
    return SLUG_SHAPE.test(parts[1]!) ? { kind: 'document', table, slug: parts[1]! } : { kind: 'unknown' }
  }
  if (parts.length === 1 && ROOT_TABLE && SLUG_SHAPE.test(parts[0]!)) {
    return { kind: 'document', table: ROOT_TABLE, slug: parts[0]! }
  }
  return { kind: 'unknown' }
}
