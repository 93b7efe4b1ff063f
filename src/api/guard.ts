/**
 * A thin guard in front of Payload's REST and GraphQL route handlers: input that Payload would
 * pass on to PostgreSQL and answer with a 500 (`/api/principles/abc`, `limit=1e308`,
 * `where[id][in]=1,abc`, a NUL byte in a login email, malformed JSON to /api/graphql) is answered
 * here with 400, 404 or 413, in Payload's error shape (`{ errors: [{ message }] }`) with a message
 * that says what was wrong, also when the query comes in the body of a POST that Payload answers
 * as a GET (`X-HTTP-Method-Override: GET`). Valid requests reach Payload unchanged (the body is read
 * once and handed on). The rules are in src/api/rules.ts; this module only wires them to the handlers.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { MAX_UPLOAD_BYTES } from '@/collections/Media'
import { checkBody, checkGraphQLBody, checkOverriddenGet, checkRest, isOverriddenGet, type Refusal } from './rules'

type RouteContext = { params: Promise<{ slug?: string[] }> }
type RestHandler = (request: Request, context: RouteContext) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

export const refusalResponse = ({ status, message }: Refusal): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The same request with the body already read (a Request's body can be read only once). Built from
 * its parts, not from the request itself: on Node 24 the request Next hands over is not of the
 * global Request class, and `new Request(request)` fails reading its private state.
 */
const withBody = (request: Request, body: string | null): Request =>
  body === null
    ? request
    : new Request(request.url, {
        method: request.method,
        headers: new Headers(request.headers),
        body,
        duplex: 'half',
      } as RequestInit)

export function guardRest(handler: RestHandler): RestHandler {
  return async (request, context) => {
    const payload = await getPayload({ config })
    // a POST with `X-HTTP-Method-Override: GET` is answered as a GET whose query may be in its body
    const asGet = isOverriddenGet(request)
    const method = asGet ? 'GET' : request.method
    const checked = asGet
      ? await checkOverriddenGet(payload, request)
      : (checkRest(payload, method, new URL(request.url)) ?? (await checkBody(request)))
    if ('status' in checked) return refusalResponse(checked)
    const response = await handler(withBody(request, checked.text), context)
    // Payload answers a file missing on disk with 500 ("Something went wrong."): to a reader it is not there
    if (response.status >= 500 && (method === 'GET' || method === 'HEAD')) {
      if (/^\/api\/[^/]+\/file\//.test(new URL(request.url).pathname))
        return refusalResponse({ status: 404, message: 'Not Found' })
    }
    // Payload's own answer to a file past `upload.limits.fileSize` is "An unknown error occurred."
    if (response.status === 413) {
      return refusalResponse({
        status: 413,
        message: `An uploaded file may be at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
      })
    }
    return response
  }
}

export function guardGraphQL(handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const body = await checkGraphQLBody(request)
    if ('status' in body) return refusalResponse(body)
    return handler(withBody(request, body.text))
  }
}
