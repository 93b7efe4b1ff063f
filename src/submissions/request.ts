/**
 * Reading a POST to /api/submit: who is asking (a browser navigating, or a JSON client), and the
 * body as plain fields (urlencoded, multipart or JSON). What cannot be read is refused before any
 * check of the submission itself, with the status and the message code to answer it with.
 */
import { DEFAULT_LOCALE, type Locale } from '../lib/languages'
import { stripLocale } from '../lib/routes'
import { BODY_LIMIT_BYTES } from './config'
import { readBody } from '@/lib/body'

/** JSON answers unless the client is a browser navigating (its Accept names text/html). */
export function wantsJson(request: Request): boolean {
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return true
  return !(request.headers.get('accept') ?? '').toLowerCase().includes('text/html')
}

export type Refusal = { status: number; code: string; values?: Record<string, number> }

export type ReadResult = { ok: true; input: Record<string, unknown> } | ({ ok: false } & Refusal)

/**
 * The submitted fields, or why they are not read: cross-site browser posts (403), other body
 * types (415), bodies over BODY_LIMIT_BYTES (413, unread) and JSON that is not an object (400).
 */
export async function readSubmission(request: Request): Promise<ReadResult> {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return { ok: false, status: 403, code: 'crossSite' }
  const type = bodyType(request)
  if (!type) return { ok: false, status: 415, code: 'unsupported' }
  const body = await readBody(request, BODY_LIMIT_BYTES)
  if (body === null)
    return { ok: false, status: 413, code: 'tooLarge', values: { kb: Math.round(BODY_LIMIT_BYTES / 1024) } }
  const input = await decode(type, body, request.headers.get('content-type') ?? '')
  if (!input) return { ok: false, status: 400, code: 'badJson' }
  return { ok: true, input }
}

type BodyType = 'form' | 'multipart' | 'json'

function bodyType(request: Request): BodyType | null {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'multipart/form-data') return 'multipart'
  if (type === 'application/json') return 'json'
  return null
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
      : [
          ...(
            await new Response(body as unknown as BodyInit, { headers: { 'content-type': contentType } })
              .formData()
              .catch(() => new FormData())
          ).entries(),
        ].filter(([, v]) => typeof v === 'string')
  const input: Record<string, unknown> = {}
  for (const [k, v] of entries) if (!(k in input)) input[k] = v // the first value of a repeated field
  return input
}

/** For answers given before the body is read: the language of the page the form was on. */
export function localeFromReferer(request: Request): Locale {
  const referer = request.headers.get('referer')
  if (!referer) return DEFAULT_LOCALE
  try {
    return stripLocale(new URL(referer).pathname).locale
  } catch {
    return DEFAULT_LOCALE
  }
}
