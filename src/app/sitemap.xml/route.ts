/**
 * /sitemap.xml: every public page in both languages with its alternates and last change,
 * written in sitemaps.org 0.9 schema order (src/feed/sitemap-xml.ts). Read per request (there
 * is no database at build time); the read itself is cached until something published changes.
 */
import { getSitemapEntries } from '@/feed/sitemap-entries'
import { renderSitemap, SITEMAP_CONTENT_TYPE } from '@/feed/sitemap-xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  return new Response(renderSitemap(await getSitemapEntries()), {
    headers: { 'Content-Type': SITEMAP_CONTENT_TYPE, 'Cache-Control': 'public, max-age=0, must-revalidate' },
  })
}
