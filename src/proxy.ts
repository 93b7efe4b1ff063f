/**
 * Locale routing for the public site (next-intl): `/principles` is served by
 * `[locale]=en`, `/fr/principles` by `[locale]=fr`, and `/en/...` redirects to the
 * unprefixed URL. The admin, the API, Next's assets and files never pass through here.
 *
 * A path that has a redirect (a document's old slug, src/redirects) answers 308 to where it leads.
 *
 * It also answers "not found" itself: a path of no known shape, or a document slug
 * with nothing published behind it, is rewritten to the localised 404 page with status
 * 404. (Next 16 does not server-render not-found.tsx for notFound() thrown by a dynamic
 * page: the HTML would be empty without JavaScript. vercel/next.js#95613, #97000.)
 * The path asked for is kept after the 404 page's own, `/<locale>/page-not-found/<path>`, so its
 * language switch offers the same address in the other language (src/lib/current-path.ts).
 * It also travels on as `x-pathname`, for a preview's way out (src/components/PreviewBanner.tsx).
 */
import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'
import { publishedExists, publishedOrDraftExists } from './db/published'
import { PATHNAME_HEADER, routing } from './i18n/routing'
import { NOT_FOUND_PATH } from './lib/current-path'
import { classifyPath } from './lib/public-paths'
import { stripLocale } from './lib/routes'
import { decodablePath } from './lib/url'
import { redirectTarget } from './redirects/resolve'

const intl = createMiddleware(routing)

/** Next's draft-mode cookie, set by /api/preview (src/app/(payload)/api/preview/route.ts). */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Pages answer GET and HEAD; anything else (TRACE, PUT, a POST to a page) is 405 here, not a 500 later. */
const PAGE_METHODS = new Set(['GET', 'HEAD'])

export default async function proxy(request: NextRequest) {
  if (!PAGE_METHODS.has(request.method)) {
    return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } })
  }
  const headers = new Headers(request.headers)
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname + request.nextUrl.search)
  // an address that does not decode names no page: the 404 page, in the language its prefix says
  if (!decodablePath(request.nextUrl.pathname)) {
    headers.set(PATHNAME_HEADER, '/')
    return notFound(request, headers, /^\/fr(\/|$)/.test(request.nextUrl.pathname) ? 'fr' : 'en', '/')
  }
  const response = intl(new NextRequest(request, { headers }))
  if (response.status >= 300 && response.status < 400) return response

  const { locale, path } = stripLocale(request.nextUrl.pathname)
  const shape = classifyPath(path)
  // in a preview (draft-mode cookie) a draft counts too; the page decides whether this visitor may see it
  const exists = request.cookies.has(DRAFT_MODE_COOKIE) ? publishedOrDraftExists : publishedExists
  const missing =
    shape.kind === 'unknown' || (shape.kind === 'document' && (await exists(shape.table, shape.slug)) === false)
  if (!missing) return response
  // a changed slug keeps its old URL working (src/redirects): one 308 to where the document is now
  const moved = await redirectTarget(path, locale)
  if (moved) {
    const [pathname, hash] = moved.split('#')
    const to = request.nextUrl.clone()
    to.pathname = pathname!
    to.hash = hash ? `#${hash}` : ''
    // Next's proxy accepts absolute redirects only ("Invalid URL" for a relative Location); the
    // origin is the one the request came in on
    return NextResponse.redirect(to, 308)
  }
  return notFound(request, headers, locale, path)
}

/** The localised 404 page, with status 404, at the address that was asked for (`path`, without its locale). */
function notFound(request: NextRequest, headers: Headers, locale: string, path: string) {
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}${NOT_FOUND_PATH}${path === '/' ? '' : path}`
  url.search = ''
  headers.set('X-NEXT-INTL-LOCALE', locale)
  return NextResponse.rewrite(url, { status: 404, request: { headers } })
}

export const config = {
  // everything except /api, /admin, /_next, /_vercel and paths with a file extension;
  // plus the feeds and calendars, which have one
  matcher: [
    '/((?!api(?:/|$)|admin(?:/|$)|_next/|_vercel/|.*\\..*).*)',
    '/feed.xml',
    '/fr/feed.xml',
    '/events.ics',
    '/fr/events.ics',
    '/events/:file',
    '/fr/events/:file',
  ],
}
