/**
 * /feed.xml (English; the proxy rewrites it to /en/feed.xml) and /fr/feed.xml: RSS 2.0
 * of new and updated published content; `?format=atom` gives the same items as Atom.
 * Rendered per request from a cached read that publishing expires (src/feed/build.ts).
 */
import { createHash } from 'node:crypto'
import { FEED_CONTENT_TYPES, getFeedData, renderFeed, type FeedFormat } from '@/feed/build'
import { isLocale } from '@/lib/languages'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const format: FeedFormat = new URL(request.url).searchParams.get('format') === 'atom' ? 'atom' : 'rss'
  const body = renderFeed(await getFeedData(locale), locale, format)
  // feed readers poll: let them revalidate cheaply
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const headers = {
    'Content-Type': FEED_CONTENT_TYPES[format],
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: etag,
  }
  if (
    request.headers
      .get('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers })
  return new Response(body, { headers })
}
