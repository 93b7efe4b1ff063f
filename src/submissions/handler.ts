/**
 * POST /api/submit (CONTRACT.md, "Submissions"). In order:
 *
 *  1. cross-site browser posts are refused (403), bodies over BODY_LIMIT_BYTES too (413, unread);
 *  2. the body (form fields, multipart or JSON) is checked against the schema and the signed form
 *     token: every problem at once, 400 `{ errors: [{ field, message }] }`, nothing stored;
 *  3. the client's allowance is counted in PostgreSQL: 429 with Retry-After, nothing stored;
 *  4. a filled honeypot is answered like a success and stored as `spam`;
 *  5. a suggested link already listed or already pending is not queued twice (409, with the item);
 *  6. stored as `new`: 201 `{ status: "received", statusUrl }`; each form token stores once, so the
 *     same form sent again (double click, back button) is answered 409 "already sent", not queued twice.
 *
 * JSON clients (JSON body, or an Accept header without text/html) get those answers. Browsers
 * posting the plain form get 303 to the thank-you page, or 303 back to their form with the
 * messages and everything they typed (flash.ts); for 429 and 413 they get a short page with
 * that status, and for 429 it leads back to the filled-in form.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale } from '../lib/languages'
import { absoluteUrl, stripLocale } from '../lib/routes'
import { clientAddress, hashClientAddress } from './client'
import { BODY_LIMIT_BYTES, KINDS, TOKEN_MAX_AGE_MS, formOfKind, type FieldError, type FormName, type Kind } from './config'
import { findDuplicate } from './duplicates'
import { clearFlashCookies, flashCookies, newFlashId, type Flash } from './flash'
import { asLocale, formsTranslator, type Translate } from './messages'
import { normaliseUrl } from './normalise'
import { checkPath, isSitePath, statusUrl, thanksPath } from './paths'
import { formTokenGuard, submissionLimiter, type FormTokenGuard, type SubmissionLimiter } from './ratelimit'
import { formValues, parseSubmission, sortErrors } from './schema'
import { storeSubmission } from './store'
import { hashFormToken, issueFormToken, verifyFormToken, type TokenCheck } from './token'

export type SubmitDeps = {
  payload?: Payload
  /** this app instance's limiter; defaults to one on the Payload pool */
  limiter?: SubmissionLimiter
  /** this app instance's single-use check of form tokens; defaults to one on the Payload pool */
  tokenGuard?: FormTokenGuard
  now?: () => number
}

type Answer = {
  status: number
  json: Record<string, unknown>
  /** for browsers: where the form comes back (303), or a page with this status */
  flash?: Omit<Flash, 'id' | 'exp'>
  headers?: Record<string, string>
}

export async function handleSubmit(request: Request, deps: SubmitDeps = {}): Promise<Response> {
  const now = deps.now ?? Date.now
  const json = wantsJson(request)
  const guessed = localeFromReferer(request)

  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return plainError(json, guessed, 403, 'crossSite')
  }
  const type = bodyType(request)
  if (!type) return plainError(json, guessed, 415, 'unsupported')
  const body = await readBody(request, BODY_LIMIT_BYTES)
  if (body === null) return plainError(json, guessed, 413, 'tooLarge', { kb: Math.round(BODY_LIMIT_BYTES / 1024) })
  const input = await decode(type, body, request.headers.get('content-type') ?? '')
  if (!input) return plainError(json, guessed, 400, 'badJson')

  // cron: true starts Payload's jobs queue in this process (if it was not yet), so the moderators'
  // notification queued with the submission is sent within a minute (src/moderation/jobs.ts)
  const answer = await decide(input, request, deps.payload ?? (await getPayload({ config, cron: true })), deps.limiter, now(), deps.tokenGuard)
  return json ? jsonResponse(answer) : browserResponse(answer, asLocale(input.locale))
}

async function decide(
  input: Record<string, unknown>,
  request: Request,
  payload: Payload,
  limiter: SubmissionLimiter | undefined,
  now: number,
  tokenGuard?: FormTokenGuard,
): Promise<Answer> {
  const parsed = parseSubmission(input)
  const locale = parsed.locale
  const t = formsTranslator(locale)
  const values = formValues(input)
  const kind = parsed.ok ? parsed.data.kind : (KINDS as readonly unknown[]).includes(input.kind) ? (input.kind as Kind) : undefined

  // the token must have been issued for the form this kind is sent from
  const forms: FormName[] = kind ? [formOfKind(kind)] : ['suggestion', 'feedback']
  const checks = forms.map((f) => ({ form: f, check: verifyFormToken(input.token, f, now) }))
  const tokenCheck = checks.find((c) => c.check.ok) ?? checks[0]!
  const form = tokenCheck.form
  const tokenError = tokenCheck.check.ok ? null : tokenMessage(tokenCheck.check.reason, t)

  const errors = sortErrors([...(tokenError ? [{ field: 'token', message: tokenError }] : []), ...(parsed.ok ? [] : parsed.errors)])
  if (!parsed.ok || tokenError) {
    const fresh = tokenCheck.check.ok || tokenCheck.check.reason === 'too-young' ? {} : { token: issueFormToken(form, now) }
    return { status: 400, json: { errors, ...fresh }, flash: { form, locale, values, errors } }
  }
  const data = parsed.data

  try {
    const clientHash = hashClientAddress(clientAddress(request.headers))
    const allowance = await (limiter ?? submissionLimiter(payload)).consume(clientHash)
    if (!allowance.ok) {
      const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60))
      const limited = [{ field: 'form', message: t('errors.tooMany', { minutes }) }]
      return {
        status: 429,
        json: { errors: limited, retryAfter: allowance.retryAfterSeconds },
        headers: { 'Retry-After': String(allowance.retryAfterSeconds) },
        flash: { form, locale, values, errors: limited },
      }
    }

    const normalizedUrl = data.url ? normaliseUrl(data.url) : null
    // each form token stores one submission: claimed just before storing, given back if that fails
    const guard = tokenGuard ?? formTokenGuard(payload)
    const tokenHash = hashFormToken(String(input.token))
    const alreadySent = (): Answer => {
      const sent = [{ field: 'form', message: t('errors.alreadySent') }]
      return { status: 409, json: { errors: sent }, flash: { form, locale, values, errors: sent } }
    }
    const storeOnce = async (...args: Parameters<typeof storeSubmission>) => {
      if (!(await guard.claim(tokenHash))) return null
      const stored = await storeSubmission(...args).catch(async (err: unknown) => {
        await guard.release(tokenHash)
        throw err
      })
      if (!stored.ok) await guard.release(tokenHash)
      return stored
    }

    if (data.website) {
      // a script filled the hidden field: answer as if all went well, keep it out of the queue
      const stored = await storeOnce(payload, data, locale, { status: 'spam', spamSignal: 'honeypot', normalizedUrl, clientHash })
      if (!stored) return alreadySent()
      if (stored.ok) return received(stored.statusToken, locale, data.kind === 'feedback' ? data.page : undefined)
      return { status: 400, json: { errors: stored.errors }, flash: { form, locale, values, errors: stored.errors } }
    }

    if (data.kind === 'suggestion' && normalizedUrl) {
      const duplicate = await findDuplicate(payload, normalizedUrl, locale)
      if (duplicate) {
        const message =
          duplicate.kind === 'resource' ? t('errors.duplicateListed') : t('errors.duplicatePending', { date: new Date(duplicate.receivedAt) })
        const dupErrors = [{ field: 'url', message }]
        const existing = duplicate.kind === 'resource' ? { href: duplicate.path, title: duplicate.title } : undefined
        return {
          status: 409,
          json: {
            errors: dupErrors,
            duplicate:
              duplicate.kind === 'resource'
                ? { kind: 'resource', title: duplicate.title, url: absoluteUrl(duplicate.path) }
                : { kind: 'pending', receivedAt: duplicate.receivedAt },
          },
          flash: { form, locale, values, errors: dupErrors, existing },
        }
      }
    }

    const stored = await storeOnce(payload, data, locale, { status: 'new', normalizedUrl, clientHash })
    if (!stored) return alreadySent()
    if (!stored.ok) return { status: 400, json: { errors: stored.errors }, flash: { form, locale, values, errors: stored.errors } }
    return received(stored.statusToken, locale, data.kind === 'feedback' ? data.page : undefined)
  } catch (err) {
    console.error('[submit] could not process a submission:', err)
    const failed = [{ field: 'form', message: t('errors.serverError') }]
    return { status: 500, json: { errors: failed }, flash: { form, locale, values, errors: failed } }
  }
}

function received(token: string, locale: Locale, page: string | undefined): Answer {
  return {
    status: 201,
    json: { status: 'received', statusUrl: statusUrl(locale, token) },
    headers: { Location: thanksPath(locale, token, page && isSitePath(page) ? page : undefined) },
  }
}

function tokenMessage(reason: Exclude<TokenCheck, { ok: true }>['reason'], t: Translate): string {
  if (reason === 'too-young') return t('errors.tokenTooYoung')
  if (reason === 'expired') return t('errors.tokenExpired', { hours: Math.round(TOKEN_MAX_AGE_MS / 3_600_000) })
  return t('errors.tokenMissing')
}

// ------------------------------------------------------------------ responses

const NO_STORE = { 'Cache-Control': 'no-store' }

function jsonResponse(answer: Answer): Response {
  const headers = new Headers({ ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' })
  for (const [k, v] of Object.entries(answer.headers ?? {})) if (k !== 'Location') headers.set(k, v)
  return new Response(JSON.stringify(answer.json), { status: answer.status, headers })
}

function browserResponse(answer: Answer, locale: Locale): Response {
  const headers = new Headers(NO_STORE)
  if (answer.status === 201) {
    for (const c of clearFlashCookies()) headers.append('Set-Cookie', c)
    headers.set('Location', answer.headers!.Location!)
    return new Response(null, { status: 303, headers })
  }
  const flash = answer.flash!
  const id = newFlashId()
  const cookies = flashCookies({ ...flash, id })
  const t = formsTranslator(flash.locale ?? locale)
  if (!cookies) {
    // too long to carry back in cookies: the browser still holds the form (Back)
    return htmlPage(flash.locale, answer.status, t('interstitial.flashTooLargeTitle'), [t('interstitial.flashTooLarge')], flash.errors, null, headers)
  }
  for (const c of cookies) headers.append('Set-Cookie', c)
  const back = checkPath(flash.locale, flash.form, id)
  if (answer.status === 429) {
    // keep the 429 (and Retry-After) and lead straight back to the filled-in form
    headers.set('Retry-After', answer.headers!['Retry-After']!)
    return htmlPage(flash.locale, 429, t('interstitial.tooManyTitle'), flash.errors.map((e) => e.message), [], { href: back, label: t('interstitial.continue') }, headers, true)
  }
  headers.set('Location', back)
  return new Response(null, { status: 303, headers })
}

function plainError(json: boolean, locale: Locale, status: number, code: string, values?: Record<string, number>): Response {
  const t = formsTranslator(locale)
  const message = t(`errors.${code}`, values)
  if (json) return jsonResponse({ status, json: { errors: [{ field: 'form', message }] } })
  const title = status === 413 ? t('interstitial.tooLargeTitle') : t('common.errorSummaryTitle')
  return htmlPage(locale, status, title, status === 413 ? [message, t('interstitial.tooLargeBack')] : [message], [], null, new Headers(NO_STORE))
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
): Response {
  headers.set('Content-Type', 'text/html; charset=utf-8')
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${refresh && link ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(link.href)}">` : ''}
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c1b22}a{color:#5b2a86}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${errors.length ? `<ul>${errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul>` : ''}
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}
</main></body></html>`
  return new Response(html, { status, headers })
}

// ------------------------------------------------------------------ request

/** JSON answers unless the client is a browser navigating (its Accept names text/html). */
export function wantsJson(request: Request): boolean {
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return true
  return !(request.headers.get('accept') ?? '').toLowerCase().includes('text/html')
}

type BodyType = 'form' | 'multipart' | 'json'

function bodyType(request: Request): BodyType | null {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'multipart/form-data') return 'multipart'
  if (type === 'application/json') return 'json'
  return null
}

/** The body, or null when it is larger than `limit` bytes (then it is not read further). */
async function readBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined)
    return null
  }
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const parts: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    parts.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.byteLength
  }
  return out
}

async function decode(type: BodyType, body: Uint8Array, contentType: string): Promise<Record<string, unknown> | null> {
  const text = new TextDecoder('utf-8').decode(body)
  if (type === 'json') {
    try {
      const value: unknown = JSON.parse(text)
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
    } catch {
      return null
    }
  }
  const entries: [string, unknown][] =
    type === 'form'
      ? [...new URLSearchParams(text).entries()]
      : [...(await new Response(body as unknown as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => new FormData())).entries()].filter(
          ([, v]) => typeof v === 'string',
        )
  const input: Record<string, unknown> = {}
  for (const [k, v] of entries) if (!(k in input)) input[k] = v // the first value of a repeated field
  return input
}

/** For answers given before the body is read: the language of the page the form was on. */
function localeFromReferer(request: Request): Locale {
  const referer = request.headers.get('referer')
  if (!referer) return DEFAULT_LOCALE
  try {
    return stripLocale(new URL(referer).pathname).locale
  } catch {
    return DEFAULT_LOCALE
  }
}
