/**
 * An outcome as the client gets it. JSON clients get its status and body. Browsers posting the
 * plain form get 303 to the thank-you page, or 303 back to their form with the messages and
 * everything they typed (flash.ts), or to the "check and send" step when it came without a form token
 * (no JavaScript); for 429 and 413 they get a short page with that status, and
 * for 429 it leads back to the filled-in form. Never cached.
 */
import type { Locale } from '../lib/languages'
import type { FieldError } from './config'
import type { Outcome } from './decide'
import { clearFlashCookies, flashCookies, newFlashId, type Flash } from './flash'
import { formsTranslator } from './messages'
import { checkPath } from './paths'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** `locale` is the one the form was sent in, for an outcome without its own. */
export function respond(outcome: Outcome, json: boolean, locale: Locale): Response {
  return json ? jsonResponse(outcome) : browserResponse(outcome, locale)
}

/** An answer given before the submission is read: a message from Forms `errors.<code>`. */
export function plainError(
  json: boolean,
  locale: Locale,
  status: number,
  code: string,
  values?: Record<string, number>,
): Response {
  const t = formsTranslator(locale)
  const message = t(`errors.${code}`, values)
  if (json) return jsonResponse({ status, json: { errors: [{ field: 'form', message }] } })
  const title = status === 413 ? t('interstitial.tooLargeTitle') : t('common.errorSummaryTitle')
  return htmlPage(
    locale,
    status,
    title,
    status === 413 ? [message, t('interstitial.tooLargeBack')] : [message],
    [],
    null,
    new Headers(NO_STORE),
  )
}

function jsonResponse(outcome: Outcome): Response {
  const headers = new Headers({ ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' })
  for (const [k, v] of Object.entries(outcome.headers ?? {})) if (k !== 'Location') headers.set(k, v)
  return new Response(JSON.stringify(outcome.json), { status: outcome.status, headers })
}

function browserResponse(outcome: Outcome, locale: Locale): Response {
  const headers = new Headers(NO_STORE)
  if (outcome.status === 201) {
    for (const c of clearFlashCookies()) headers.append('Set-Cookie', c)
    headers.set('Location', outcome.headers!.Location!)
    return new Response(null, { status: 303, headers })
  }
  const flash = outcome.flash!
  const id = newFlashId()
  const cookies = flashCookies({ ...flash, id })
  const t = formsTranslator(flash.locale ?? locale)
  if (!cookies && flash.step === 'check' && !flash.errors.length) {
    // "check and send" for a text too long for the cookies: Back would only lead to the same form
    // without a token, so the second press is offered here, on a page carrying it all
    return checkAndSendPage(flash, headers)
  }
  if (!cookies) {
    // too long to carry back in cookies: the browser still holds the form (Back)
    return htmlPage(
      flash.locale,
      outcome.status,
      t('interstitial.flashTooLargeTitle'),
      [t('interstitial.flashTooLarge')],
      flash.errors,
      null,
      headers,
    )
  }
  for (const c of cookies) headers.append('Set-Cookie', c)
  const back = checkPath(
    flash.locale,
    flash.form,
    id,
    flash.step === 'check' && !flash.errors.length ? 'check' : 'errors',
  )
  if (outcome.status === 429) {
    // keep the 429 (and Retry-After) and lead straight back to the filled-in form
    headers.set('Retry-After', outcome.headers!['Retry-After']!)
    return htmlPage(
      flash.locale,
      429,
      t('interstitial.tooManyTitle'),
      flash.errors.map((e) => e.message),
      [],
      { href: back, label: t('interstitial.continue') },
      headers,
      true,
    )
  }
  headers.set('Location', back)
  return new Response(null, { status: 303, headers })
}

/**
 * The "check and send" step as a page of its own: what was typed, shown and kept in hidden fields,
 * with a fresh token and the form's Send button. Only for a flash too large for its cookies.
 */
function checkAndSendPage(flash: Omit<Flash, 'id' | 'exp'>, headers: Headers): Response {
  const t = formsTranslator(flash.locale)
  const send = t(flash.form === 'feedback' ? 'feedback.send' : 'suggestion.send')
  const fields: Record<string, string> = {
    ...flash.values,
    locale: flash.locale,
    token: flash.token ?? '',
    website: '',
  }
  const hidden = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')
  const shown = [flash.values.title, flash.values.url, flash.values.message].filter(Boolean) as string[]
  const form = `<form method="post" action="/api/submit">${hidden}
${shown.map((text) => `<blockquote>${escapeHtml(text)}</blockquote>`).join('\n')}
<p><button type="submit">${escapeHtml(send)}</button></p></form>`
  return htmlPage(
    flash.locale,
    400,
    t('check.sendTitle'),
    [t('check.sendText', { send }), t('interstitial.tooLargeBack')],
    [],
    null,
    headers,
    false,
    form,
  )
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** A small standalone page for the answers a browser cannot be redirected with. */
function htmlPage(
  locale: Locale,
  status: number,
  title: string,
  paragraphs: string[],
  errors: FieldError[],
  link: { href: string; label: string } | null,
  headers: Headers,
  refresh = false,
  /** markup put after the paragraphs, already escaped */
  extra = '',
): Response {
  headers.set('Content-Type', 'text/html; charset=utf-8')
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${refresh && link ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(link.href)}">` : ''}
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c1b22}a{color:#5b2a86}blockquote{white-space:pre-wrap;overflow-wrap:anywhere}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${errors.length ? `<ul>${errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>` : ''}
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}${extra}
</main></body></html>`
  return new Response(html, { status, headers })
}
