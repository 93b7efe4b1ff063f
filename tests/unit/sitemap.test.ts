/**
 * /sitemap.xml: what crawlers and validators read. The document must validate against the
 * sitemaps.org 0.9 schema (tests/fixtures/sitemap.xsd, checked with `xmllint --schema`), keep
 * every page's hreflang alternates, and date every page. Next's own sitemap writer puts the
 * alternates before `<lastmod>`, which the schema rejects: the check below proves it would catch that.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { describe, expect, it } from 'vitest'
import type { SitemapEntry } from '@/feed/sitemap-entries'
import { renderSitemap } from '@/feed/sitemap-xml'

const XSD = path.resolve(import.meta.dirname, '../fixtures/sitemap.xsd')
const ORIGIN = 'https://hub.example.org'

/** xmllint's verdict: null when valid, else its complaint. */
function schemaErrors(xml: string): string | null {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'sitemap.xml')
  writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' })
    return null
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error)
  }
}

const languages = {
  en: `${ORIGIN}/principles/listen-first`,
  fr: `${ORIGIN}/fr/principles/listen-first`,
  'x-default': `${ORIGIN}/principles/listen-first`,
}
const ENTRIES: SitemapEntry[] = [
  { url: languages.en, lastModified: '2026-03-04T10:20:30.000Z', alternates: { languages } },
  { url: languages.fr, lastModified: '2026-03-04T10:20:30.000Z', alternates: { languages } },
  {
    url: `${ORIGIN}/resources?q=a&b=<c>`,
    lastModified: '2026-01-02T00:00:00.000Z',
    alternates: { languages: { en: `${ORIGIN}/resources?q=a&b=<c>` } },
  },
]

describe('sitemap.xml', () => {
  it('validates against the sitemaps.org 0.9 schema, with lastmod before the hreflang alternates', () => {
    const xml = renderSitemap(ENTRIES)
    expect(schemaErrors(xml)).toBeNull()
    const first = xml.slice(xml.indexOf('<url>'), xml.indexOf('</url>'))
    expect(first.indexOf('<loc>')).toBeLessThan(first.indexOf('<lastmod>'))
    expect(first.indexOf('<lastmod>')).toBeLessThan(first.indexOf('<xhtml:link'))
    expect(first).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${languages.fr}"/>`)
    expect(first).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${languages.en}"/>`)
    expect(xml).toContain(`<loc>${ORIGIN}/resources?q=a&amp;b=&lt;c&gt;</loc>`)
  })

  it('reports a sitemap without pages as invalid (the hub always lists its home page)', () => {
    expect(schemaErrors(renderSitemap([]))).not.toBeNull()
  })

  it('would reject what Next’s MetadataRoute sitemap writes (alternates before lastmod)', () => {
    const nextXml = resolveSitemap(ENTRIES.slice(0, 2))
    expect(nextXml.indexOf('<xhtml:link')).toBeLessThan(nextXml.indexOf('<lastmod>'))
    expect(schemaErrors(nextXml)).toMatch(/lastmod.*This element is not expected/)
  })
})
