/**
 * The registry of public collections (src/lib/collections.ts) and what derives from it agree:
 * routes, the proxy's path shapes, reserved page slugs, previews, search labels, moderation's
 * path parsing, and the route folders the app actually has.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RESERVED_PAGE_SLUGS } from '@/collections/Pages'
import {
  LISTED_COLLECTIONS,
  PUBLIC_COLLECTION_INFO,
  PUBLIC_COLLECTIONS,
  SECTIONS,
  SITEMAP_COLLECTIONS,
  TITLE_FIELD,
  type PublicCollection,
} from '@/lib/collections'
import { LOCALES } from '@/lib/languages'
import { classifyPath } from '@/lib/public-paths'
import { documentPath, listPath, routes, stripLocale } from '@/lib/routes'
import { messages } from '@/messages'
import { parsePublicPath } from '@/moderation/documents'
import { PREVIEWABLE, previewUrl } from '@/preview/url'
import { SEARCH_COLLECTIONS, searchLabel } from '@/search'

const SLUG = 'sample-slug'
const firstSegment = (p: string) => p.split(/[/#?]/)[1] ?? ''
/** The locale-free path the proxy classifies (it never sees the fragment). */
const stripped = (p: string) => stripLocale(p.split('#')[0]!).path

describe('documentPath and routes', () => {
  const expected: Record<PublicCollection, [string, string]> = {
    principles: ['/principles/sample-slug', '/fr/principles/sample-slug'],
    resources: ['/resources/sample-slug', '/fr/resources/sample-slug'],
    topics: ['/topics/sample-slug', '/fr/topics/sample-slug'],
    'glossary-terms': ['/glossary/sample-slug', '/fr/glossary/sample-slug'],
    practices: ['/practices/sample-slug', '/fr/practices/sample-slug'],
    faqs: ['/faq#sample-slug', '/fr/faq#sample-slug'],
    events: ['/events#sample-slug', '/fr/events#sample-slug'],
    pages: ['/sample-slug', '/fr/sample-slug'],
  }

  it('builds each collection’s document path in both locales', () => {
    expect([...PUBLIC_COLLECTIONS].sort()).toEqual(Object.keys(expected).sort())
    for (const collection of PUBLIC_COLLECTIONS) {
      expect([documentPath(collection, SLUG, 'en'), documentPath(collection, SLUG, 'fr')], collection).toEqual(
        expected[collection],
      )
    }
    expect(documentPath('resources', SLUG)).toBe('/resources/sample-slug')
  })

  it('keeps the named routes', () => {
    const both = (f: (locale: 'en' | 'fr') => string) => [f('en'), f('fr')]
    expect(both(routes.home)).toEqual(['/', '/fr'])
    expect(both(routes.principles)).toEqual(['/principles', '/fr/principles'])
    expect(both(routes.resources)).toEqual(['/resources', '/fr/resources'])
    expect(both(routes.topics)).toEqual(['/topics', '/fr/topics'])
    expect(both(routes.glossary)).toEqual(['/glossary', '/fr/glossary'])
    expect(both(routes.faq)).toEqual(['/faq', '/fr/faq'])
    expect(both(routes.events)).toEqual(['/events', '/fr/events'])
    expect(both(routes.credits)).toEqual(['/credits', '/fr/credits'])
    expect(both(routes.contribute)).toEqual(['/contribute', '/fr/contribute'])
    expect(both(routes.feed)).toEqual(['/feed.xml', '/fr/feed.xml'])
    expect(both(routes.search)).toEqual(['/search', '/fr/search'])
    expect(routes.search('fr', 'a b&c')).toBe('/fr/search?q=a%20b%26c')
    expect(routes.principle('fr', 'x')).toBe('/fr/principles/x')
    expect(routes.resource('en', 'x')).toBe('/resources/x')
    expect(routes.topic('en', 'x')).toBe('/topics/x')
    expect(routes.glossaryTerm('fr', 'x')).toBe('/fr/glossary/x')
    expect(routes.faqEntry('fr', 'x')).toBe('/fr/faq#x')
    expect(routes.event('en', 'x')).toBe('/events#x')
    expect(routes.practice('en', 'x')).toBe('/practices/x')
    expect(routes.page('fr', 'about')).toBe('/fr/about')
  })
})

describe('classifyPath knows every registry path', () => {
  for (const { code } of LOCALES) {
    it(`document and list paths, ${code}`, () => {
      for (const collection of PUBLIC_COLLECTIONS) {
        const { placement, table } = PUBLIC_COLLECTION_INFO[collection]
        const shape = classifyPath(stripped(documentPath(collection, SLUG, code)))
        // an anchor's page is its list: a fixed page
        expect(shape, collection).toEqual(
          placement.kind === 'anchor' ? { kind: 'fixed' } : { kind: 'document', table, slug: SLUG },
        )
      }
      for (const collection of LISTED_COLLECTIONS) {
        expect(classifyPath(stripped(listPath(collection, code))), collection).toEqual({ kind: 'fixed' })
      }
    })
  }

  it('answers unknown for shapes no page has', () => {
    expect(classifyPath('/principles/Not_A_Slug')).toEqual({ kind: 'unknown' })
    expect(classifyPath('/principles/a/b')).toEqual({ kind: 'unknown' })
    expect(classifyPath('/credits/x')).toEqual({ kind: 'unknown' })
    expect(classifyPath('/contribute/status/abc')).toEqual({ kind: 'fixed' })
    expect(classifyPath('/contribute/status/abc/def')).toEqual({ kind: 'unknown' })
    expect(classifyPath('/principles/')).toEqual({ kind: 'fixed' })
  })
})

describe('reserved page slugs', () => {
  it('reserve every first path segment of the registry and the fixed pages', () => {
    for (const collection of PUBLIC_COLLECTIONS) {
      if (PUBLIC_COLLECTION_INFO[collection].placement.kind !== 'root') {
        expect(RESERVED_PAGE_SLUGS, collection).toContain(firstSegment(documentPath(collection, SLUG)))
      }
    }
    for (const collection of LISTED_COLLECTIONS)
      expect(RESERVED_PAGE_SLUGS).toContain(firstSegment(listPath(collection)))
    for (const { code } of LOCALES) expect(RESERVED_PAGE_SLUGS).toContain(code)
  })

  it('keep everything reserved before the registry', () => {
    const before = [
      'admin',
      'api',
      'fr',
      'en',
      'principles',
      'resources',
      'topics',
      'glossary',
      'faq',
      'events',
      'credits',
      'search',
      'contribute',
      'feed',
      'sitemap',
      'robots',
      'next',
      'preview',
      'media',
      'practices',
      'page-not-found',
    ]
    expect(RESERVED_PAGE_SLUGS).toEqual(expect.arrayContaining(before))
  })
})

/**
 * The app's route folders, as public paths: route groups dropped, dynamic segments filled with a
 * sample slug, the catch-all (which renders the 404 page) left out.
 */
function routeFolders(): { path: string; dynamic: boolean }[] {
  const root = path.resolve(import.meta.dirname, '../../src/app/(frontend)/[locale]')
  const found: { path: string; dynamic: boolean }[] = []
  const walk = (dir: string, segments: string[]) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    if (entries.some((e) => e.isFile() && /^(page|route)\.tsx?$/.test(e.name))) {
      found.push({ path: `/${segments.join('/')}`, dynamic: segments.includes(SLUG) })
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      const name = entry.name
      if (name.startsWith('[...') || name.startsWith('[[...')) continue
      const next = /^\(.*\)$/.test(name) ? segments : [...segments, /^\[.*\]$/.test(name) ? SLUG : name]
      walk(path.join(dir, name), next)
    }
  }
  walk(root, [])
  return found
}

describe('route folders', () => {
  const folders = routeFolders()

  it('are found', () => {
    expect(folders.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/', '/credits', '/principles', `/principles/${SLUG}`, '/feed.xml']),
    )
  })

  it('every static route is a fixed page for classifyPath (else the proxy answers 404)', () => {
    for (const folder of folders.filter((f) => !f.dynamic))
      expect(classifyPath(folder.path), folder.path).toEqual({ kind: 'fixed' })
  })

  it('every dynamic route is known to classifyPath, as the registry’s collection', () => {
    for (const folder of folders.filter((f) => f.dynamic)) {
      const shape = classifyPath(folder.path)
      expect(shape.kind, folder.path).not.toBe('unknown')
      const [first, second] = folder.path.split('/').slice(1)
      if (second === SLUG && SECTIONS[first!]) {
        expect(shape, folder.path).toEqual({
          kind: 'document',
          table: PUBLIC_COLLECTION_INFO[SECTIONS[first!]!].table,
          slug: SLUG,
        })
      }
    }
  })

  it('every first segment of a route is a reserved page slug', () => {
    for (const folder of folders) {
      const first = firstSegment(folder.path)
      if (first && first !== SLUG && !first.includes('.')) expect(RESERVED_PAGE_SLUGS, folder.path).toContain(first)
    }
  })

  it('every registry page and list has its route folder', () => {
    const paths = new Set(folders.map((f) => f.path))
    for (const collection of PUBLIC_COLLECTIONS) {
      if (PUBLIC_COLLECTION_INFO[collection].placement.kind !== 'anchor')
        expect(paths, collection).toContain(documentPath(collection, SLUG))
    }
    for (const collection of LISTED_COLLECTIONS) expect(paths, collection).toContain(listPath(collection))
  })
})

describe('what else derives from the registry', () => {
  it('previews every public collection, nothing else', () => {
    expect([...PREVIEWABLE].sort()).toEqual(
      ['principles', 'resources', 'topics', 'glossary-terms', 'pages', 'practices', 'faqs', 'events'].sort(),
    )
    expect(previewUrl('faqs', 4)).toBe('/api/preview?collection=faqs&id=4')
    expect(previewUrl('sources', 3)).toBeNull()
  })

  it('lists in the sitemap the collections with a page of their own', () => {
    expect(SITEMAP_COLLECTIONS).toEqual(['principles', 'resources', 'topics', 'glossary-terms', 'practices', 'pages'])
  })

  it('searches the same collections, each with a label in every locale', () => {
    expect([...SEARCH_COLLECTIONS].sort()).toEqual([
      'faqs',
      'glossary-terms',
      'practices',
      'principles',
      'resources',
      'topics',
    ])
    for (const { code } of LOCALES) {
      for (const collection of SEARCH_COLLECTIONS)
        expect(messages[code].Search.types[searchLabel(collection)], `${code} ${collection}`).toBeTruthy()
    }
  })

  it('titles documents by the registry’s field', () => {
    expect(TITLE_FIELD).toEqual({
      principles: 'title',
      resources: 'title',
      topics: 'title',
      'glossary-terms': 'term',
      practices: 'title',
      faqs: 'question',
      events: 'title',
      pages: 'title',
    })
  })

  it('parses every document path back to its document, in both locales', () => {
    for (const { code } of LOCALES) {
      for (const collection of PUBLIC_COLLECTIONS) {
        expect(parsePublicPath(documentPath(collection, SLUG, code)), `${code} ${collection}`).toEqual({
          collection,
          slug: SLUG,
        })
      }
      for (const collection of LISTED_COLLECTIONS)
        expect(parsePublicPath(listPath(collection, code)), collection).toBeNull()
    }
  })
})
