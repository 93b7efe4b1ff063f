/**
 * What the API guard (src/api/guard.ts) refuses before Payload sees a request, and why each rule
 * exists: every one of them was a 500 from PostgreSQL or from Payload's parsing.
 * - the address: bad percent-encoding (400); `/api/payload-migrations` (404: nobody reads it over
 *   HTTP, and Payload's 501 named the internal address);
 * - ids in the path (`/api/<collection>/<id>`, `/versions/<id>`): whole numbers in PostgreSQL's
 *   integer range, else 404 like any id that does not exist;
 * - the query: no NUL byte anywhere; `limit`, `page`, `depth` whole numbers; `locale` and
 *   `fallback-locale` among the site's; `sort` field names; `where` conditions whose operators
 *   exist and whose values fit the field (ids and relationships: whole numbers; numbers;
 *   dates; `near` only on point fields; `exists` true or false);
 * - the body: JSON that parses and carries no NUL character, within JSON_BODY_LIMIT_BYTES;
 *   uploads within the upload limit, with a message that says what the limit is (413);
 * - a POST that Payload answers as a GET (`X-HTTP-Method-Override: GET`): the query it carries in
 *   its body gets the same checks as a GET's address.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { match } from 'path-to-regexp'
import * as qs from 'qs-esm'
import { MAX_UPLOAD_BYTES } from '@/collections/Media'
import { readBody } from '@/lib/body'
import { documentRefusal } from '@/lib/graphql-budget'
import { LOCALES } from '@/lib/languages'
import { decodablePath } from '@/lib/url'

export type Refusal = { status: 400 | 404 | 413; message: string }

/** JSON bodies of the REST API: an admin save of a long page is well under this. */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024
/** GraphQL request bodies: a query and its variables. */
export const GRAPHQL_BODY_LIMIT_BYTES = 256 * 1024
/** A multipart upload: the file plus its form fields. */
export const UPLOAD_BODY_LIMIT_BYTES = MAX_UPLOAD_BYTES + 256 * 1024

const MAX_INT4 = 2_147_483_647
const bad = (message: string): Refusal => ({ status: 400, message })
const NOT_FOUND: Refusal = { status: 404, message: 'Not Found' }
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`

/** A document id in a path: Payload's ids here are PostgreSQL serials (1 and up). */
export const isPathId = (value: string): boolean => /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_INT4

/** A whole number that PostgreSQL's integer takes, as a `where` value. */
const isIntegerValue = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_INT4) ||
  (typeof value === 'string' && /^-?\d{1,10}$/.test(value.trim()) && Math.abs(Number(value)) <= MAX_INT4)

const isNumberValue = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) && value.length <= 40)

const isDateValue = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= 64 && Number.isFinite(Date.parse(value))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `null` and an empty value are what the admin sends for "not set": Payload handles them. */
const isUnset = (value: unknown) => value === null || value === '' || value === 'null'

// ------------------------------------------------------------------ the address

const hasNul = (text: string) => text.includes('\u0000')

function decodedQuery(search: string): string | null {
  try {
    return decodeURIComponent(search.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

// ------------------------------------------------------------------ query parameters

const LOCALE_CODES = new Set([...LOCALES.map((l) => l.code as string), 'all', '*'])
const FALLBACK_LOCALES = new Set([...LOCALES.map((l) => l.code as string), 'none', 'null', 'false', 'default'])
const BOOLEAN = new Set(['true', 'false', '1', '0'])
const SORT = /^-?[A-Za-z_][A-Za-z0-9_.]{0,127}$/

function checkParams(query: Record<string, unknown>): Refusal | null {
  const whole = (name: string, min: number, max: number): Refusal | null => {
    const value = query[name]
    if (value === undefined) return null
    if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max) {
      return bad(`\`${name}\` must be a whole number from ${min} to ${max}.`)
    }
    return null
  }
  const refused =
    whole('limit', 0, 100_000) ?? whole('page', 1, 1_000_000) ?? whole('depth', 0, 100) ?? checkOneOf(query)
  if (refused) return refused
  const sort = query.sort
  if (sort !== undefined) {
    const parts = (Array.isArray(sort) ? sort : [sort]).flatMap((s) => (typeof s === 'string' ? s.split(',') : [s]))
    if (parts.some((p) => typeof p !== 'string' || !SORT.test(p.trim()))) {
      return bad('`sort` takes field names, each optionally preceded by "-" for descending order, separated by commas.')
    }
  }
  return null
}

function checkOneOf(query: Record<string, unknown>): Refusal | null {
  const oneOf = (name: string, allowed: Set<string>) => {
    const value = query[name]
    if (value === undefined) return null
    if (typeof value !== 'string' || !allowed.has(value)) {
      return bad(`\`${name}\` must be one of: ${[...allowed].join(', ')}.`)
    }
    return null
  }
  return (
    oneOf('locale', LOCALE_CODES) ??
    oneOf('fallback-locale', FALLBACK_LOCALES) ??
    oneOf('draft', BOOLEAN) ??
    oneOf('pagination', BOOLEAN) ??
    oneOf('trash', BOOLEAN)
  )
}

// ------------------------------------------------------------------ where

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Kind = 'integer' | 'number' | 'date' | 'point' | 'other'
type Collection = { config: SanitizedCollectionConfig; customIDType?: string }
const collectionsOf = (payload: Payload) => payload.collections as unknown as Record<string, Collection | undefined>

function kindOf(payload: Payload, field: FlattenedField | 'id', collection: Collection): Kind {
  const numericIds = (slug: string) => {
    const target = collectionsOf(payload)[slug]
    return Boolean(target) && !target!.customIDType
  }
  if (field === 'id') return collection.customIDType ? 'other' : 'integer'
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' && numericIds(field.relationTo) ? 'integer' : 'other'
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'point':
      return 'point'
    default:
      return 'other'
  }
}

/** The field a `where` path names (`title`, `credits.source`, `id`), or null when Payload should decide. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | 'id' | null {
  const [head, ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return 'id'
  const field = fields.find((f) => f.name === head)
  if (!field) return null
  if (rest.length === 0) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
    return fieldAt(field.flattenedFields, rest.join('.'))
  return null
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (isPlainObject(value)) return Object.values(value)
  return [value]
}

function checkCondition(payload: Payload, collection: Collection, path: string, condition: unknown): Refusal | null {
  const at = `where[${path}]`
  if (!isPlainObject(condition)) return bad(`\`${at}\` needs an operator, as in ${at}[equals]=value.`)
  const field = fieldAt(collection.config.flattenedFields, path)
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator)) {
      return bad(`\`${at}[${operator}]\`: "${operator}" is not an operator. Use one of: ${[...OPERATORS].join(', ')}.`)
    }
    if (operator === 'exists') {
      if (!(typeof value === 'boolean' || (typeof value === 'string' && BOOLEAN.has(value)))) {
        return bad(`\`${at}[exists]\` must be true or false.`)
      }
      continue
    }
    if (!field) continue // an unknown path: Payload answers it ("The following path cannot be queried")
    const kind = kindOf(payload, field, collection)
    if (GEO_OPERATORS.has(operator)) {
      if (kind !== 'point') return bad(`\`${at}[${operator}]\`: "${operator}" works only on point fields.`)
      continue
    }
    if (kind === 'other' || kind === 'point') continue
    const what = kind === 'integer' ? 'a whole number (an id)' : kind === 'number' ? 'a number' : 'a date'
    if (TEXT_OPERATORS.has(operator)) return bad(`\`${at}[${operator}]\`: "${path}" holds ${what}, not text.`)
    const fits = kind === 'integer' ? isIntegerValue : kind === 'number' ? isNumberValue : isDateValue
    const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
    if (values.length > 1000) return bad(`\`${at}[${operator}]\` takes at most 1000 values.`)
    if (COMPARE_OPERATORS.has(operator) || LIST_OPERATORS.has(operator)) {
      if (values.some((v) => !isUnset(v) && !fits(v))) {
        return bad(`\`${at}[${operator}]\` must be ${what}${LIST_OPERATORS.has(operator) ? ' for every value' : ''}.`)
      }
    }
  }
  return null
}

/**
 * The most conditions one `where` may hold. The admin's filters and the site's own queries use a
 * handful; a thousand `like` conditions cost one request 60 MB of heap.
 */
export const MAX_WHERE_CONDITIONS = 100

function checkWhere(
  payload: Payload,
  collection: Collection,
  where: unknown,
  depth = 0,
  seen = { conditions: 0 },
): Refusal | null {
  if (depth > 8) return bad('`where` nests `and`/`or` more than 8 levels deep.')
  if (!isPlainObject(where)) return bad('`where` must be a set of conditions, as in where[title][equals]=value.')
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!list)
        return bad(`\`where[${key}]\` must be a list of conditions, as in where[${key}][0][title][equals]=value.`)
      for (const item of list) {
        const refused = checkWhere(payload, collection, item, depth + 1, seen)
        if (refused) return refused
      }
      continue
    }
    if (++seen.conditions > MAX_WHERE_CONDITIONS)
      return bad(`\`where\` holds more than ${MAX_WHERE_CONDITIONS} conditions; narrow the query.`)
    const refused = checkCondition(payload, collection, key, value)
    if (refused) return refused
  }
  return null
}

// ------------------------------------------------------------------ the request

/** Which collection or global the path names, and the params of the endpoint it reaches (as Payload matches them). */
function routeOf(payload: Payload, method: string, apiPath: string) {
  const globals = apiPath.startsWith('/globals/')
  const rest = globals ? apiPath.slice('/globals'.length) : apiPath
  const [, first] = rest.split('/')
  const collection = !globals && first ? collectionsOf(payload)[first] : undefined
  const global = globals && first ? payload.globals.config.find((g) => g.slug === first) : undefined
  const endpoints = collection ? collection.config.endpoints : global ? global.endpoints : payload.config.endpoints
  const sub = collection || global ? rest.slice(first!.length + 1) || '/' : rest
  let params: Record<string, unknown> | null = null
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method.toLowerCase()) continue
    try {
      const found = match(endpoint.path, { decode: decodeURIComponent })(sub)
      if (found) {
        params = found.params as Record<string, unknown>
        break
      }
    } catch {
      return { collection, params: null, undecodable: true }
    }
  }
  return { collection, params, undecodable: false }
}

export function checkRest(payload: Payload, method: string, url: URL): Refusal | null {
  if (!decodablePath(url.pathname)) {
    return bad('The address is not valid: "%" must be followed by two hexadecimal digits.')
  }
  const apiPath = url.pathname.replace(/^\/api(?=\/|$)/, '')
  if (/^\/payload-migrations(\/|$)/.test(apiPath)) return NOT_FOUND
  if (url.search) {
    const decoded = decodedQuery(url.search.slice(1))
    if (decoded === null) return bad('The query is not valid: "%" must be followed by two hexadecimal digits.')
    if (hasNul(decoded)) return bad('The query contains a NUL character (%00), which no value may hold.')
  }
  const query = qs.parse(url.search, { ignoreQueryPrefix: true, depth: 10, arrayLimit: 1000 }) as Record<
    string,
    unknown
  >
  const refused = checkParams(query)
  if (refused) return refused
  const route = routeOf(payload, method, apiPath)
  if (route.undecodable) return bad('The address is not valid: "%" must be followed by two hexadecimal digits.')
  const id = route.params?.id
  if (typeof id === 'string' && !route.collection?.customIDType && !isPathId(id)) return NOT_FOUND
  if (query.where !== undefined && route.collection) return checkWhere(payload, route.collection, query.where)
  return null
}

// ------------------------------------------------------------------ bodies

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

function tooLarge(limit: number, what: string, size?: number): Refusal {
  const sent = size ? ` This one is ${megabytes(size)}.` : ''
  return { status: 413, message: `${what} may be at most ${megabytes(limit)}.${sent}` }
}

/** The body as text, or null once it passes `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const body = await readBody(request, limit)
  return body === null ? null : Buffer.from(body).toString('utf8')
}

function nulIn(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasNul(value)
  if (depth > 64 || typeof value !== 'object' || value === null) return false
  return Object.entries(value).some(([k, v]) => hasNul(k) || nulIn(v, depth + 1))
}

async function checkJson(request: Request, limit: number): Promise<Refusal | { text: string | null }> {
  const text = await readLimited(request, limit)
  if (text === null) return tooLarge(limit, 'A request body')
  if (text.trim() === '') return { text }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    return bad(`The request body is not valid JSON (${err instanceof Error ? err.message : 'it does not parse'}).`)
  }
  if (nulIn(parsed)) return bad('A value in the request body contains a NUL character, which no text may hold.')
  return { text }
}

/** REST bodies: JSON within its limit and without NUL; uploads within theirs (Payload reads multipart itself). */
export async function checkBody(request: Request): Promise<Refusal | { text: string | null }> {
  if (!WITH_BODY.has(request.method)) return { text: null }
  const type = request.headers.get('content-type') ?? ''
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (type.startsWith('multipart/form-data')) {
    if (length > UPLOAD_BODY_LIMIT_BYTES) return tooLarge(MAX_UPLOAD_BYTES, 'An uploaded file', length)
    return { text: null }
  }
  if (!type.includes('json')) return { text: null }
  if (length > JSON_BODY_LIMIT_BYTES) return tooLarge(JSON_BODY_LIMIT_BYTES, 'A request body', length)
  return checkJson(request, JSON_BODY_LIMIT_BYTES)
}

/** GraphQL bodies: `{ "query": "...", "variables": {...} }` as JSON, within GRAPHQL_BODY_LIMIT_BYTES. */
export async function checkGraphQLBody(request: Request): Promise<Refusal | { text: string | null }> {
  if (request.method !== 'POST') return { text: null }
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (length > GRAPHQL_BODY_LIMIT_BYTES) return tooLarge(GRAPHQL_BODY_LIMIT_BYTES, 'A GraphQL request', length)
  const type = request.headers.get('content-type') ?? ''
  if (type && !type.includes('json')) {
    return bad('Send GraphQL queries as JSON: Content-Type: application/json, body {"query": "..."}.')
  }
  const checked = await checkJson(request, GRAPHQL_BODY_LIMIT_BYTES)
  if ('status' in checked) return checked
  const body = checked.text?.trim() ? (JSON.parse(checked.text) as unknown) : null
  const requests = Array.isArray(body) ? body : [body]
  if (requests.some((r) => !isPlainObject(r) || typeof r.query !== 'string')) {
    return bad(
      'A GraphQL request is a JSON object with a "query" string, as in {"query": "{ Principles { docs { title } } }"}.',
    )
  }
  // before GraphQL parses it: fragment bombs, cycles and deep nesting (src/lib/graphql-budget.ts)
  for (const r of requests as { query: string }[]) {
    const refused = documentRefusal(r.query)
    if (refused) return bad(refused)
  }
  return checked
}

// ------------------------------------------------------------------ a POST answered as a GET

const FORM = 'application/x-www-form-urlencoded'
const JSON_TYPE = 'application/json'

/**
 * Payload answers a POST carrying `X-HTTP-Method-Override: GET` (or `X-Payload-HTTP-Method-Override`)
 * as a GET (handleEndpoints, payload/dist/utilities/handleEndpoints.js); the admin's relationship
 * fields send long queries that way. Checking such a request's address only would let its query past
 * every rule above.
 */
export const isOverriddenGet = (request: Request): boolean =>
  request.method === 'POST' &&
  (request.headers.get('x-http-method-override') === 'GET' ||
    request.headers.get('x-payload-http-method-override') === 'GET')

/**
 * The GET that Payload makes of such a POST, checked as any GET is. The address is built as Payload
 * builds it: with Content-Type exactly `application/x-www-form-urlencoded` the body is appended as
 * `?<body>`; with exactly `application/json` the body's `locale` is appended (`?locale=…`, and
 * `&fallbackLocale=` with the body's `depth` when it has a `fallbackLocale`: Payload's own spelling);
 * with any other type the body is ignored. Payload parses that JSON before its error handling, so a
 * body that does not parse would be a 500.
 */
export async function checkOverriddenGet(
  payload: Payload,
  request: Request,
): Promise<Refusal | { text: string | null }> {
  const type = request.headers.get('content-type')
  if (type !== FORM && type !== JSON_TYPE) return checkRest(payload, 'GET', new URL(request.url)) ?? { text: null }
  const text = await readLimited(request, JSON_BODY_LIMIT_BYTES)
  if (text === null) return tooLarge(JSON_BODY_LIMIT_BYTES, 'A request body')
  let address = request.url
  if (type === FORM) {
    address += `?${text}`
  } else {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (err) {
      return bad(`The request body is not valid JSON (${err instanceof Error ? err.message : 'it does not parse'}).`)
    }
    if (nulIn(data)) return bad('A value in the request body contains a NUL character, which no text may hold.')
    if (isPlainObject(data)) {
      if (data.locale) address += `?locale=${String(data.locale)}`
      if (data.fallbackLocale) address += `&fallbackLocale=${String(data.depth)}`
    }
  }
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return bad('The query in the request body is not valid.')
  }
  return checkRest(payload, 'GET', url) ?? { text }
}
