/**
 * The header's language switch and menu work out the page from the address alone. The server
 * sees it after the rewrites (`/en/...` for English, `/<locale>/page-not-found/<path>` for a missing
 * page), the browser as typed: both must give the same links, or the HTML and the hydrated page differ.
 */
import { describe, expect, it } from 'vitest'
import { isCurrentLink, pathIn, sitePath } from '@/lib/current-path'

describe('sitePath', () => {
  it('gives the same path for the address the browser shows and the one the server rendered', () => {
    const seen: [string, 'en' | 'fr', string][] = [
      ['/principles/listen', 'en', '/principles/listen'],
      ['/en/principles/listen', 'en', '/principles/listen'],
      ['/fr/principles/listen', 'fr', '/principles/listen'],
      ['/', 'en', '/'],
      ['/en', 'en', '/'],
      ['/fr', 'fr', '/'],
      // a missing page: the proxy keeps the address asked for after the 404 page's own path
      ['/a/b/c', 'en', '/a/b/c'],
      ['/en/page-not-found/a/b/c', 'en', '/a/b/c'],
      ['/fr/glossary/nope', 'fr', '/glossary/nope'],
      ['/fr/page-not-found/glossary/nope', 'fr', '/glossary/nope'],
      // an address that does not decode: the 404 page on its own
      ['/en/page-not-found', 'en', '/'],
    ]
    for (const [pathname, locale, path] of seen) expect(sitePath(pathname, locale), pathname).toBe(path)
  })

  it('leaves alone paths that only start like a locale or the 404 page', () => {
    expect(sitePath('/english-guide', 'en')).toBe('/english-guide')
    expect(sitePath('/french', 'fr')).toBe('/french')
    expect(sitePath('/page-not-found-yet', 'en')).toBe('/page-not-found-yet')
  })
})

describe('pathIn', () => {
  it('writes the path under the locale, English without a prefix', () => {
    expect(pathIn('fr', '/principles/listen')).toBe('/fr/principles/listen')
    expect(pathIn('en', '/principles/listen')).toBe('/principles/listen')
    expect(pathIn('fr', '/')).toBe('/fr')
    expect(pathIn('en', '/')).toBe('/')
  })

  it('keeps the query, also on the home page', () => {
    expect(pathIn('fr', '/search', 'q=listening')).toBe('/fr/search?q=listening')
    expect(pathIn('en', '/resources', '?kind=glossary')).toBe('/resources?kind=glossary')
    expect(pathIn('en', '/', 'x=1')).toBe('/?x=1')
    expect(pathIn('fr', '/', 'x=1')).toBe('/fr?x=1')
  })
})

describe('isCurrentLink', () => {
  it('marks the section the page is in, and home only on the home page', () => {
    expect(isCurrentLink('/principles', '/principles', 'en')).toBe(true)
    expect(isCurrentLink('/principles/listen', '/principles', 'en')).toBe(true)
    expect(isCurrentLink('/principles/listen', '/fr/principles', 'fr')).toBe(true)
    expect(isCurrentLink('/principles-old', '/principles', 'en')).toBe(false)
    expect(isCurrentLink('/topics', '/principles', 'en')).toBe(false)
    expect(isCurrentLink('/', '/', 'en')).toBe(true)
    expect(isCurrentLink('/topics', '/', 'en')).toBe(false)
    expect(isCurrentLink('/', '/fr', 'fr')).toBe(true)
  })

  it('never marks a link to another site', () => {
    expect(isCurrentLink('/principles', 'https://example.org/principles', 'en')).toBe(false)
    expect(isCurrentLink('/principles', '//example.org/principles', 'en')).toBe(false)
  })
})
