/**
 * POST /api/digest/subscribe: a reader asks for the digest (double opt-in). The same defences as
 * submissions, through their code: the body is read by src/submissions/request.ts (cross-site
 * refused, size limit), the signed form token and its single use (src/submissions/token.ts,
 * ratelimit.ts), the per-client allowance shared with submissions, and the honeypot (`website`,
 * answered like a success, nothing stored). Then a pending subscription is stored and the
 * confirmation link sent; nothing else is sent before it is followed. A confirmed address is
 * answered the same way and left as it is (nobody learns who subscribes). Without SMTP nothing is
 * stored and the reader is told subscriptions are closed.
 *
 * /subscribe and the footer carry no token (public pages are the same HTML for every reader): the
 * script fetches one (GET /api/submit/token?form=subscribe, src/submissions/token-endpoint.ts);
 * a browser post without one gets the form back to check and send (`?problem=check`), nothing stored.
 *
 * Browsers get 303 to /subscribe/done, or back to /subscribe with the problem (./prefill.ts);
 * JSON clients 202 `{ status: "pending" }`, 400 / 429 / 503 `{ errors }`.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { sendsEmail } from '@/email'
import { isLocale, type Locale } from '@/lib/languages'
import { clientAddress, hashClientAddress } from '@/submissions/client'
import { asLocale } from '@/submissions/messages'
import { formTokenGuard, submissionLimiter } from '@/submissions/ratelimit'
import { readSubmission, wantsJson } from '@/submissions/request'
import { hashFormToken, issueFormToken, verifyFormToken } from '@/submissions/token'
import { CHOICES, EMAIL_MAX, SUBSCRIBE_FORM, SUBSCRIBERS, type Choice } from './config'
import { confirmationMail } from './email'
import { donePath, subscribePath } from './links'
import { problemField, problemMessage, type Problem } from './problems'
import { clearPrefillCookie, prefillCookie, type Prefill } from './prefill'
import { siteName } from './site'

const EMAIL_SHAPE = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;]+$/

const NO_STORE = { 'Cache-Control': 'no-store' }

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8', ...headers },
  })

const seeOther = (location: string, cookie?: string) => {
  const headers = new Headers({ ...NO_STORE, Location: location })
  if (cookie) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

export async function handleSubscribe(request: Request, deps: { payload?: Payload; now?: number } = {}) {
  const asJson = wantsJson(request)
  const read = await readSubmission(request)
  if (!read.ok) return json(read.status, { errors: [{ field: 'form', message: read.code }] })
  const input = read.input
  const locale = asLocale(input.locale)
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  const choice = (CHOICES as readonly unknown[]).includes(input.choice) ? (input.choice as Choice) : null
  const language: Locale = typeof input.language === 'string' && isLocale(input.language) ? input.language : locale
  const prefill: Prefill = { email: email.slice(0, EMAIL_MAX), ...(choice ? { choice } : {}), language }

  const now = deps.now ?? Date.now()
  // the form comes back (to /subscribe, per visitor) with a token: the one it was sent with while
  // that one can still subscribe (so a quick second press is not "too quick" again), else a fresh one
  const back = (
    problem: Problem,
    status: number,
    token: string,
    headers: Record<string, string> = {},
    minutes?: number,
  ) => {
    if (!asJson) {
      return seeOther(`${subscribePath(locale)}?problem=${problem}#subscribe`, prefillCookie({ ...prefill, token }))
    }
    // a JSON client without a token is told to get one, not to press a button
    const said = problem === 'check' ? 'retry' : problem
    return json(
      status,
      { errors: [{ field: problemField(said), message: problemMessage(locale, said, minutes) }] },
      headers,
    )
  }
  const fresh = () => issueFormToken(SUBSCRIBE_FORM, now)

  const check = verifyFormToken(input.token, SUBSCRIBE_FORM, now)
  if (!check.ok) {
    // no token: a browser without JavaScript on a page every reader shares ("check and send")
    if (check.reason === 'missing') return back('check', 400, fresh())
    if (check.reason === 'too-young') return back('tooYoung', 400, String(input.token))
    return back(check.reason === 'expired' ? 'expired' : 'retry', 400, fresh())
  }
  const token = String(input.token)
  if (!email || email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email)) return back('email', 400, token)
  if (!choice) return back('choice', 400, token)

  const payload = deps.payload ?? (await getPayload({ config }))
  const done = (status: string) =>
    asJson
      ? json(status === 'unavailable' ? 503 : 202, { status })
      : seeOther(donePath(locale, status), clearPrefillCookie())
  try {
    const allowance = await submissionLimiter(payload).consume(hashClientAddress(clientAddress(request.headers)))
    if (!allowance.ok) {
      const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60))
      return back('tooMany', 429, token, { 'Retry-After': String(allowance.retryAfterSeconds) }, minutes)
    }
    // a script filled the hidden field: answered as if all went well, nothing stored or sent
    if (typeof input.website === 'string' && input.website.trim()) return done('pending')
    // each form sends once (a double click, the back button): the second is answered the same
    if (!(await formTokenGuard(payload).claim(hashFormToken(token)))) return done('pending')
    if (!sendsEmail(payload)) return done('unavailable')
    await subscribe(payload, email, language, choice)
    return done('pending')
  } catch (err) {
    console.error('[digest] could not subscribe:', err)
    // the token may have been claimed before it failed: the form comes back with a fresh one
    return back('serverError', 500, fresh())
  }
}

/** Stores a pending subscription (or refreshes one) and sends its confirmation link. */
async function subscribe(payload: Payload, email: string, language: Locale, choice: Choice): Promise<void> {
  const { docs } = await payload.find({
    collection: SUBSCRIBERS,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing?.confirmedAt) return
  const pending = existing
    ? await payload.update({
        collection: SUBSCRIBERS,
        id: existing.id,
        data: { locale: language, choice },
        overrideAccess: true,
      })
    : await payload.create({
        collection: SUBSCRIBERS,
        data: { email, locale: language, choice },
        overrideAccess: true,
      })
  try {
    await payload.sendEmail(
      confirmationMail({ id: pending.id, email, locale: language }, await siteName(payload, language)),
    )
  } catch (err) {
    // no confirmation could be sent: keep nothing of a new address
    if (!existing) await payload.delete({ collection: SUBSCRIBERS, id: pending.id, overrideAccess: true })
    throw err
  }
}
