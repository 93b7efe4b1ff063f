/** Leaving preview goes back to a path on this site only, whatever the `path` parameter holds. */
import { describe, expect, it } from 'vitest'
import { safeReturnPath } from '@/preview/url'

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query and anchor', () => {
    expect(safeReturnPath('/resources/x?q=1#a')).toBe('/resources/x?q=1#a')
    expect(safeReturnPath('/fr/glossary/équité')).toBe('/fr/glossary/%C3%A9quit%C3%A9')
  })

  it('sends home whatever a browser would follow off-site', () => {
    for (const path of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example/',
      'evil.example',
      '',
      null,
    ]) {
      expect(safeReturnPath(path), JSON.stringify(path)).toBe('/')
    }
  })

  it('never lets a line break or a raw non-ASCII character into the Location header', () => {
    expect(safeReturnPath('/a\r\nSet-Cookie: x=1')).toBe('/aSet-Cookie:%20x=1')
    expect(safeReturnPath('/\u3002evil')).toBe('/%E3%80%82evil')
  })
})
