/**
 * GET /api/submit/token?form=feedback|suggestion|subscribe: a fresh signed form token, for forms on
 * pages that carry none (public pages are the same HTML for every reader, so that a cache can serve
 * them). The enhancing script of the forms asks for one before sending; JSON clients do the same.
 *
 * 200 `{ "token": "..." }`, `Cache-Control: no-store` (a token is per reader: a cache that kept one
 * would hand the same token to everyone, and only the first of them could send). An unknown or
 * missing `form` is 400 in the shape of POST /api/submit: `{ errors: [{ field, message }] }`.
 *
 * Why this cannot weaken the defences: it writes nothing (no database, no cookie) and counts
 * nothing, it only signs. Every check stays where it was, on the POST: the token is good only for
 * the form it names, from 3 s after it is issued to 4 h, stores at most once, and every send still
 * counts against the sender's allowance whether or not its token came from here. Asking for many
 * tokens buys nothing a script could not already get by loading the page.
 */
import { isTokenForm, TOKEN_FORMS } from './config'
import { asLocale, formsTranslator } from './messages'
import { localeFromReferer } from './request'
import { issueFormToken } from './token'

const HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
}

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: HEADERS })

export function handleTokenRequest(request: Request, now: number = Date.now()): Response {
  const url = new URL(request.url)
  const asked = url.searchParams.get('locale')
  const locale = asked ? asLocale(asked) : localeFromReferer(request)
  const t = formsTranslator(locale)
  // the same refusal as the POST: another site's pages have no business asking for our tokens
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return answer(403, { errors: [{ field: 'form', message: t('errors.crossSite') }] })
  const form = url.searchParams.get('form')
  if (!isTokenForm(form))
    return answer(400, {
      errors: [{ field: 'form', message: t('errors.unknownForm', { forms: TOKEN_FORMS.join(', ') }) }],
    })
  return answer(200, { token: issueFormToken(form, now) })
}
