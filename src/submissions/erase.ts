/**
 * POST /api/submit/erase: the sender erases their name and email from their status page.
 * Body (form fields or JSON): `token` (the status token), `confirm=yes`, `locale`.
 * The status token is the proof: whoever holds the link may erase. Without `confirm=yes`
 * a browser is sent to the confirmation step of the status page.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { asLocale } from './messages'
import { statusPath } from './paths'
import { eraseByToken } from './status'
import { isStatusToken } from './token'
import { wantsJson } from './request'

const LIMIT = 4096

export async function handleErase(request: Request, deps: { payload?: Payload } = {}): Promise<Response> {
  const json = wantsJson(request)
  const reply = (status: number, body: Record<string, unknown>, location?: string) =>
    json || !location
      ? new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
        })
      : new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return reply(403, { errors: [{ field: 'form', message: 'Cross-site request refused.' }] })
  const text = await request.text()
  if (text.length > LIMIT) return reply(413, { errors: [{ field: 'form', message: 'Request too large.' }] })
  let input: Record<string, unknown>
  try {
    input = (request.headers.get('content-type') ?? '').includes('application/json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(text))
  } catch {
    return reply(400, { errors: [{ field: 'form', message: 'The request body is not valid JSON.' }] })
  }
  const locale = asLocale(input?.locale)
  const token = input?.token
  if (!isStatusToken(token)) return reply(404, { errors: [{ field: 'token', message: 'Unknown status link.' }] })
  if (input.confirm !== 'yes' && input.confirm !== true) {
    return reply(
      400,
      { errors: [{ field: 'confirm', message: 'Confirm the erasure with confirm=yes.' }] },
      `${statusPath(locale, token)}?erase=confirm#your-details`,
    )
  }
  const payload = deps.payload ?? (await getPayload({ config }))
  const erased = await eraseByToken(payload, token)
  if (!erased)
    return reply(404, { errors: [{ field: 'token', message: 'Unknown status link.' }] }, statusPath(locale, token))
  return json ? reply(200, { status: 'erased' }) : reply(303, {}, `${statusPath(locale, token)}?erased=1#your-details`)
}
