/**
 * POST /api/digest/confirm: the button of the confirmation page (`s`, `t` from the emailed link,
 * `locale`). A valid link confirms the subscription once; browsers get 303 to /subscribe/done.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { asLocale } from '@/submissions/messages'
import { readSubmission, wantsJson } from '@/submissions/request'
import { SUBSCRIBERS } from './config'
import { donePath, verifyLink } from './links'

export async function handleConfirm(request: Request, deps: { payload?: Payload; now?: Date } = {}) {
  const asJson = wantsJson(request)
  const read = await readSubmission(request)
  const input = read.ok ? read.input : {}
  const locale = asLocale(input.locale)
  const answer = (status: 'confirmed' | 'invalid') =>
    asJson
      ? new Response(JSON.stringify({ status }), {
          status: status === 'confirmed' ? 200 : read.ok ? 404 : read.status,
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
        })
      : new Response(null, {
          status: 303,
          headers: { Location: donePath(locale, status), 'Cache-Control': 'no-store' },
        })
  const id = read.ok ? verifyLink('confirm', input.s, input.t) : null
  if (id === null) return answer('invalid')
  const payload = deps.payload ?? (await getPayload({ config }))
  const sub = await payload.findByID({
    collection: SUBSCRIBERS,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!sub) return answer('invalid')
  if (!sub.confirmedAt)
    await payload.update({
      collection: SUBSCRIBERS,
      id,
      data: { confirmedAt: (deps.now ?? new Date()).toISOString() },
      overrideAccess: true,
    })
  return answer('confirmed')
}
