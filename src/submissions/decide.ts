/**
 * What happens to a submission whose body was read, as an outcome (status, JSON body, headers,
 * and for browsers the flash that takes the form back). The checks, in order: schema and form
 * token (every problem at once, 400), the client's allowance (429), the honeypot (stored as spam,
 * answered as a success), a suggested link already listed or pending (409), then storing as new
 * (201); each form token stores once, a second send is answered 409 "already sent".
 *
 * Public pages carry no token (they are the same HTML for everyone, CONTRACT.md): the script fetches
 * one before sending. A browser post without one (no JavaScript) is the "check and send" step: the
 * form comes back with everything typed and a fresh token, nothing stored. A form that comes back
 * carries a token (the flash's `token`): the one it was sent with while that one can still store
 * (so a quick second press is not "too quick" again), a fresh one otherwise.
 */
import type { Payload } from 'payload'
import type { Locale } from '../lib/languages'
import { absoluteUrl } from '../lib/routes'
import { clientAddress, hashClientAddress } from './client'
import { KINDS, TOKEN_MAX_AGE_MS, formOfKind, type FormName, type Kind } from './config'
import { findDuplicate } from './duplicates'
import type { Flash } from './flash'
import { formsTranslator, type Translate } from './messages'
import { normaliseUrl } from './normalise'
import { isSitePath, statusUrl, thanksPath } from './paths'
import { formTokenGuard, submissionLimiter, type FormTokenGuard, type SubmissionLimiter } from './ratelimit'
import { formValues, parseSubmission, sortErrors } from './schema'
import { storeSubmission } from './store'
import { hashFormToken, issueFormToken, verifyFormToken, type TokenCheck } from './token'

export type Outcome = {
  status: number
  json: Record<string, unknown>
  /** for browsers: where the form comes back (303), or a page with this status */
  flash?: Omit<Flash, 'id' | 'exp'>
  headers?: Record<string, string>
}

export type DecideDeps = {
  payload: Payload
  /** defaults to the limiter on the Payload pool */
  limiter?: SubmissionLimiter
  /** defaults to the single-use check of form tokens on the Payload pool */
  tokenGuard?: FormTokenGuard
  /** the time of the request, epoch ms */
  now: number
}

export async function decide(input: Record<string, unknown>, request: Request, deps: DecideDeps): Promise<Outcome> {
  const { payload, limiter, tokenGuard, now } = deps
  const parsed = parseSubmission(input)
  const locale = parsed.locale
  const t = formsTranslator(locale)
  const values = formValues(input)
  const kind = parsed.ok
    ? parsed.data.kind
    : (KINDS as readonly unknown[]).includes(input.kind)
      ? (input.kind as Kind)
      : undefined

  // the token must have been issued for the form this kind is sent from
  const forms: FormName[] = kind ? [formOfKind(kind)] : ['suggestion', 'feedback']
  const checks = forms.map((f) => ({ form: f, check: verifyFormToken(input.token, f, now) }))
  const tokenCheck = checks.find((c) => c.check.ok) ?? checks[0]!
  const form = tokenCheck.form
  const tokenError = tokenCheck.check.ok ? null : tokenMessage(tokenCheck.check.reason, t)

  const errors = sortErrors([
    ...(tokenError ? [{ field: 'token', message: tokenError }] : []),
    ...(parsed.ok ? [] : parsed.errors),
  ])
  if (!parsed.ok || tokenError) {
    // a token that is good (or soon will be) stays with the form; any other is replaced
    const keep = tokenCheck.check.ok || tokenCheck.check.reason === 'too-young'
    const token = keep ? String(input.token) : issueFormToken(form, now)
    const json = { errors, ...(keep ? {} : { token }) }
    if (tokenCheck.check.ok === false && tokenCheck.check.reason === 'missing') {
      // no token: a browser without JavaScript on a public page. Not an error of theirs: the form
      // comes back to be checked and sent (with the problems of what they typed, if any)
      const own = parsed.ok ? [] : parsed.errors
      return { status: 400, json, flash: { form, locale, values, errors: own, token, step: 'check' } }
    }
    return { status: 400, json, flash: { form, locale, values, errors, token } }
  }
  const data = parsed.data
  // from here the token is good: a form given back keeps it unless it stored something
  const token = String(input.token)

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
        flash: { form, locale, values, errors: limited, token },
      }
    }

    const normalizedUrl = data.url ? normaliseUrl(data.url) : null
    // each form token stores one submission: claimed just before storing, given back if that fails
    const guard = tokenGuard ?? formTokenGuard(payload)
    const tokenHash = hashFormToken(token)
    const alreadySent = (): Outcome => {
      const sent = [{ field: 'form', message: t('errors.alreadySent') }]
      // this token has stored its one submission: something else needs a fresh one
      const fresh = issueFormToken(form, now)
      return { status: 409, json: { errors: sent }, flash: { form, locale, values, errors: sent, token: fresh } }
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
      const stored = await storeOnce(payload, data, locale, {
        status: 'spam',
        spamSignal: 'honeypot',
        normalizedUrl,
        clientHash,
      })
      if (!stored) return alreadySent()
      if (stored.ok) return received(stored.statusToken, locale, data.kind === 'feedback' ? data.page : undefined)
      return {
        status: 400,
        json: { errors: stored.errors },
        flash: { form, locale, values, errors: stored.errors, token },
      }
    }

    if (data.kind === 'suggestion' && normalizedUrl) {
      const duplicate = await findDuplicate(payload, normalizedUrl, locale)
      if (duplicate) {
        const message =
          duplicate.kind === 'resource'
            ? t('errors.duplicateListed')
            : t('errors.duplicatePending', { date: new Date(duplicate.receivedAt) })
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
          flash: { form, locale, values, errors: dupErrors, existing, token },
        }
      }
    }

    const stored = await storeOnce(payload, data, locale, { status: 'new', normalizedUrl, clientHash })
    if (!stored) return alreadySent()
    if (!stored.ok)
      return {
        status: 400,
        json: { errors: stored.errors },
        flash: { form, locale, values, errors: stored.errors, token },
      }
    return received(stored.statusToken, locale, data.kind === 'feedback' ? data.page : undefined)
  } catch (err) {
    console.error('[submit] could not process a submission:', err)
    const failed = [{ field: 'form', message: t('errors.serverError') }]
    return { status: 500, json: { errors: failed }, flash: { form, locale, values, errors: failed, token } }
  }
}

function received(token: string, locale: Locale, page: string | undefined): Outcome {
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
