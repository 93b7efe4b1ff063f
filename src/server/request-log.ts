/**
 * One log line per request, for the production server: call `logRequest(req, res, logger)` first
 * thing for every request. It gives the request an id (the caller's `X-Request-Id` when that is a
 * sane short token, else a new UUID), answers it in the `X-Request-Id` response header, and when
 * the response has been sent logs one JSON line through pino:
 *
 *   {"level":30,"time":"…","id":"…","method":"GET","path":"/resources?q=x","status":200,"ms":12.3,"bytes":5120,"cache":"HIT","msg":"request"}
 *
 * `cache` is there when the response carries `X-Cache`. 5xx answers log at `error`, 4xx at `warn`,
 * the rest at `info`, so LOG_LEVEL=warn keeps only the problems.
 *
 * What is never logged: emails, tokens, passwords, cookies, or any header. The path is logged with
 * the values of query parameters whose names may carry a secret redacted (token, email, password,
 * secret, key, code, …), the private segments of the site redacted (`/contribute/status/<token>`,
 * `/api/digest/<action>/<…>`, Payload's `/reset/<token>` and `/verify/<token>`, the digest links'
 * `s`/`t` and the thank-you page's `status`), and, as a last net, any segment or value that has the
 * shape of one of our tokens, a JWT, a long random key or an email address.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import pino, { type DestinationStream, type Logger } from 'pino'

export const REDACTED = '[redacted]'

/** The logger of the production server: JSON lines on stdout, LOG_LEVEL (default `info`). */
export function createLogger(
  options: { level?: string; destination?: DestinationStream; env?: Record<string, string | undefined> } = {},
): Logger {
  const wanted = (options.level ?? (options.env ?? process.env).LOG_LEVEL ?? '').trim().toLowerCase()
  const known = wanted === 'silent' || wanted in pino.levels.values
  if (wanted && !known) {
    // pino would throw on an unknown level: a typo in the environment must not stop the server
    console.warn(
      `[log] LOG_LEVEL=${JSON.stringify(wanted)} is not one of ${Object.keys(pino.levels.values).join(', ')}, silent; using info.`,
    )
  }
  const settings = { level: known ? wanted : 'info', timestamp: pino.stdTimeFunctions.isoTime }
  // pino's default destination writes stdout synchronously: no line is lost when the process stops
  return options.destination ? pino(settings, options.destination) : pino(settings)
}

/** What logRequest needs of a logger (a pino logger, Payload's among them). */
export type RequestLogger = Pick<Logger, 'info' | 'warn' | 'error'>

/**
 * An incoming request id is kept only when it is short, plain and not itself a secret (a proxy's
 * UUID or trace id, not a token someone pasted there): it is echoed in a header and logged.
 */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/

export function requestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? undefined : incoming?.trim()
  return value && SANE_ID.test(value) && !looksSecret(value) ? value : randomUUID()
}

export function logRequest(req: IncomingMessage, res: ServerResponse, logger: RequestLogger): string {
  const started = process.hrtime.bigint()
  const id = requestId(req.headers['x-request-id'])
  // the app behind us (and anything it logs) sees the same id the client is given
  req.headers['x-request-id'] = id
  res.setHeader('X-Request-Id', id)

  // Node keeps no count of body bytes: count what passes through write() and end(). A compression
  // layer added later wraps these in turn, so what is counted is what goes on the wire.
  let bytes = 0
  const count = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string')
      bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength
  }
  const write = res.write
  const end = res.end
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    count(args[0], args[1])
    return (write as (...a: unknown[]) => boolean).apply(this, args)
  } as typeof res.write
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (typeof args[0] !== 'function') count(args[0], args[1])
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
  } as typeof res.end

  const done = (aborted: boolean) => {
    const status = res.statusCode
    const cache = res.getHeader('x-cache')
    const line = {
      id,
      method: req.method ?? '-',
      path: redactPath(req.url ?? ''),
      status,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      bytes: req.method === 'HEAD' ? 0 : bytes,
      ...(cache !== undefined ? { cache: String(cache) } : {}),
      // the client went away before the answer was complete
      ...(aborted ? { aborted: true } : {}),
    }
    const level: 'info' | 'warn' | 'error' = status >= 500 ? 'error' : status >= 400 || aborted ? 'warn' : 'info'
    logger[level](line, 'request')
  }
  // one listener: 'close' comes after the response is sent (writableFinished) or when the
  // connection ended before it was (aborted)
  res.once('close', () => done(!res.writableFinished))
  return id
}

/** Query parameter names whose values are never logged (matched anywhere in the lower-cased name). */
const SECRET_NAME_PARTS = [
  'token',
  'email',
  'mail',
  'passw',
  'pwd',
  'pass',
  'secret',
  'key',
  'code',
  'auth',
  'session',
  'cookie',
  'jwt',
  'sig',
  'hmac',
  'hash',
  'nonce',
  'otp',
  'credential',
  'csrf',
  'ticket',
]

/** Whole names that carry secrets on some of our paths (digest links `s`/`t`, the thank-you page's status token). */
function secretName(name: string, path: string): boolean {
  const n = name.toLowerCase()
  if (SECRET_NAME_PARTS.some((part) => n.includes(part))) return true
  if (n === 't') return true
  if ((n === 's' || n === 'id') && /^(\/[a-z]{2})?\/(subscribe|api\/digest)(\/|$)/.test(path)) return true
  if (n === 'status' && /^(\/[a-z]{2})?\/contribute\/thanks\/?$/.test(path)) return true
  return false
}

const FORM_TOKEN = /[0-9a-z]{1,12}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}/
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\./
const EMAIL = /[^\s@/?&=]+@[^\s@/?&=]+\.[A-Za-z]{2,}/
/** A run of 32+ key characters with an upper-case letter (base64url: status tokens, HMACs), or of hex only. */
const RANDOM_KEY =
  /(?:^|[^A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])|(?:^|[^A-Za-z0-9])[0-9a-fA-F]{32,}(?![A-Za-z0-9])/

/**
 * Whether a value has the shape of a secret: a form or status token, a digest HMAC, a JWT, a reset
 * token, an email address. Slugs (lower case and hyphens) and UUIDs do not.
 */
export function looksSecret(value: string): boolean {
  return FORM_TOKEN.test(value) || JWT.test(value) || EMAIL.test(value) || RANDOM_KEY.test(value)
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

const MAX_PATH = 2000

/** The request target as it may be logged: see the file comment for what is redacted. */
export function redactPath(url: string): string {
  let target = url
  // absolute-form (`GET http://host/path`): the host is not ours to log, the path is
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target)
  if (absolute) target = target.slice(absolute[0].length) || '/'
  const hash = target.indexOf('#')
  if (hash > -1) target = target.slice(0, hash)
  const q = target.indexOf('?')
  const rawPath = q > -1 ? target.slice(0, q) : target
  const query = q > -1 ? target.slice(q + 1) : null

  const segments = rawPath.split('/')
  const plain = segments.map(decode)
  const at = (i: number) => plain[i]?.toLowerCase()
  for (let i = 0; i < segments.length; i++) {
    const secret =
      // /contribute/status/<status token> (with or without a locale prefix)
      (at(i - 2) === 'contribute' && at(i - 1) === 'status') ||
      // /api/digest/<action>/<anything>
      (i >= 4 && at(1) === 'api' && at(2) === 'digest') ||
      // Payload's password reset and email verification links
      at(i - 1) === 'reset' ||
      at(i - 1) === 'verify' ||
      looksSecret(plain[i]!)
    if (secret && segments[i] !== '') segments[i] = REDACTED
  }
  const path = segments.join('/')
  const decodedPath = plain.join('/')

  let out = path
  if (query !== null) {
    const parts = query.split('&').map((part) => {
      const eq = part.indexOf('=')
      if (eq < 0) return looksSecret(decode(part)) ? REDACTED : part
      const name = part.slice(0, eq)
      const value = part.slice(eq + 1)
      if (looksSecret(decode(name))) return REDACTED
      if (value === '') return part
      return secretName(decode(name), decodedPath) || looksSecret(decode(value)) ? `${name}=${REDACTED}` : part
    })
    out = `${path}?${parts.join('&')}`
  }
  return out.length > MAX_PATH ? `${out.slice(0, MAX_PATH)}…` : out
}
