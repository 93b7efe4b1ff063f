/**
 * The app's REST and GraphQL route handlers (Payload's, behind the API guard of src/api/guard.ts),
 * called with real `Request`s as Next calls them.
 */
import * as restRoutes from '@/app/(payload)/api/[...slug]/route'
import * as graphqlRoute from '@/app/(payload)/api/graphql/route'

const HANDLERS = { GET: restRoutes.GET, POST: restRoutes.POST, PATCH: restRoutes.PATCH, DELETE: restRoutes.DELETE }

type Init = {
  /** a JWT (loginToken): signed in as its account, else anonymous */
  token?: string | null
  /** sent as the JSON body */
  json?: unknown
  headers?: Record<string, string>
}

const headersFor = (token: string | null | undefined, json: boolean, headers: Record<string, string> = {}) => ({
  ...(json ? { 'Content-Type': 'application/json' } : {}),
  ...(token ? { Authorization: `JWT ${token}` } : {}),
  ...headers,
})

/** A REST call, `rest('PATCH', '/api/resources/1?draft=true', { token, json })`, answered as the admin panel sees it. */
export function rest(
  method: keyof typeof HANDLERS,
  path: string,
  { token, json, headers }: Init = {},
): Promise<Response> {
  const url = new URL(path, 'http://localhost')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const init = {
    method,
    headers: headersFor(token, json !== undefined, headers),
    body: json !== undefined ? JSON.stringify(json) : undefined,
  }
  return HANDLERS[method](new Request(url, init), { params: Promise.resolve({ slug }) })
}

/** `rest`, with the answer's status and its body read as JSON. */
export async function restJson<T = Record<string, unknown>>(
  method: keyof typeof HANDLERS,
  path: string,
  init: Init = {},
) {
  const res = await rest(method, path, init)
  return { status: res.status, body: (await res.json()) as T }
}

/** A GraphQL query to /api/graphql, anonymous unless a `token` is given. */
export function graphql(
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Response> {
  const init = { method: 'POST', headers: headersFor(token, true, headers), body: JSON.stringify({ query, variables }) }
  return graphqlRoute.POST(new Request('http://localhost/api/graphql', init))
}
