/**
 * POST /api/submit: the public submission endpoint. In order:
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
 * Reading the request is request.ts (1), the decisions decide.ts (2–6), and the answer for a JSON
 * client or a browser respond.ts.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { decide } from './decide'
import { asLocale } from './messages'
import type { FormTokenGuard, SubmissionLimiter } from './ratelimit'
import { localeFromReferer, readSubmission, wantsJson } from './request'
import { plainError, respond } from './respond'

export type SubmitDeps = {
  payload?: Payload
  /** this app instance's limiter; defaults to one on the Payload pool */
  limiter?: SubmissionLimiter
  /** this app instance's single-use check of form tokens; defaults to one on the Payload pool */
  tokenGuard?: FormTokenGuard
  now?: () => number
}

export async function handleSubmit(request: Request, deps: SubmitDeps = {}): Promise<Response> {
  const now = deps.now ?? Date.now
  const json = wantsJson(request)
  const read = await readSubmission(request)
  if (!read.ok) return plainError(json, localeFromReferer(request), read.status, read.code, read.values)
  const { input } = read

  // cron: true starts Payload's jobs queue in this process (if it was not yet), so the moderators'
  // notification queued with the submission is sent within a minute (src/jobs/index.ts)
  const payload = deps.payload ?? (await getPayload({ config, cron: true }))
  const outcome = await decide(input, request, {
    payload,
    limiter: deps.limiter,
    tokenGuard: deps.tokenGuard,
    now: now(),
  })
  return respond(outcome, json, asLocale(input.locale))
}
