/**
 * /api/digest/unsubscribe?s=<id>&t=<HMAC>&l=<locale>: the `List-Unsubscribe` target.
 *
 * POST unsubscribes at once (RFC 8058 one-click: the mail client posts
 * `List-Unsubscribe=One-Click` with no cookies and no form token; the signed link is the proof,
 * so cross-site posts are fine here). The row is deleted (./erase.ts). Unsubscribing twice is
 * answered the same. Browsers (the unsubscribe page's button) get 303 to /subscribe/done.
 * GET changes nothing (link checkers open links): it leads to the page with the button.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { isLocale, DEFAULT_LOCALE, type Locale } from '@/lib/languages'
import { wantsJson } from '@/submissions/request'
import { eraseSubscriber } from './erase'
import { donePath, subscribePath, verifyLink } from './links'

const params = (request: Request) => {
  const url = new URL(request.url)
  const l = url.searchParams.get('l') ?? ''
  const locale: Locale = isLocale(l) ? l : DEFAULT_LOCALE
  return { url, locale, id: verifyLink('unsubscribe', url.searchParams.get('s'), url.searchParams.get('t')) }
}

const headers = { 'Cache-Control': 'no-store' }

export async function handleUnsubscribe(request: Request, deps: { payload?: Payload } = {}): Promise<Response> {
  const { locale, id } = params(request)
  await request.body?.cancel().catch(() => undefined)
  const html = !wantsJson(request)
  if (id === null)
    return html
      ? new Response(null, { status: 303, headers: { ...headers, Location: donePath(locale, 'invalid') } })
      : Response.json({ status: 'invalid' }, { status: 404, headers })
  const payload = deps.payload ?? (await getPayload({ config }))
  await eraseSubscriber(payload, id)
  return html
    ? new Response(null, { status: 303, headers: { ...headers, Location: donePath(locale, 'unsubscribed') } })
    : Response.json({ status: 'unsubscribed' }, { headers })
}

/** GET: the page with the button, never the unsubscribe itself. */
export function unsubscribePage(request: Request): Response {
  const { url, locale } = params(request)
  const query = new URLSearchParams({ s: url.searchParams.get('s') ?? '', t: url.searchParams.get('t') ?? '' })
  return new Response(null, {
    status: 303,
    headers: { ...headers, Location: `${subscribePath(locale, '/unsubscribe')}?${query}` },
  })
}
