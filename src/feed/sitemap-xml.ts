/**
 * /sitemap.xml as sitemaps.org 0.9 XML, written here in the schema's order: in each `<url>`,
 * `<loc>`, then `<lastmod>`, then the `<xhtml:link rel="alternate" hreflang>` alternates (the
 * schema's trailing `##other` wildcard). Next's MetadataRoute sitemap writes the alternates before
 * `<lastmod>`, which the sitemaps.org XSD rejects. tests/unit/sitemap.test.ts validates the output.
 */
import { xmlSafe } from './build'
import type { SitemapEntry } from './sitemap-entries'

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8'

const escapeXml = (text: string): string =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** A W3C datetime as sitemaps.org accepts it (ISO 8601 in UTC). */
const lastmod = (value: string | Date): string => (typeof value === 'string' ? new Date(value) : value).toISOString()

export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lines = [`<loc>${escapeXml(entry.url)}</loc>`]
    if (entry.lastModified) lines.push(`<lastmod>${lastmod(entry.lastModified)}</lastmod>`)
    if (entry.changeFrequency) lines.push(`<changefreq>${entry.changeFrequency}</changefreq>`)
    if (entry.priority !== undefined) lines.push(`<priority>${entry.priority.toFixed(1)}</priority>`)
    for (const [hreflang, href] of Object.entries(entry.alternates?.languages ?? {})) {
      if (href) lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`)
    }
    return `<url>\n${lines.map((l) => `  ${l}`).join('\n')}\n</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
