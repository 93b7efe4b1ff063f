/**
 * Signed, timestamped form tokens, and the status tokens of the status page.
 *
 * Form token: `<issuedAt ms, base36>.<nonce>.<signature>`, where the signature is
 * HMAC-SHA256(server secret, "form-token:v1:<form>:<issuedAt>:<nonce>"). The form name is
 * signed but not written out, so a `feedback` token never verifies as a `suggestion` one.
 * A token is good from TOKEN_MIN_AGE_MS (3 s: people take longer than that to fill a form)
 * until TOKEN_MAX_AGE_MS (4 h). Signatures are compared in constant time.
 *
 * Status token: 32 random bytes, base64url; only its SHA-256 is stored (`tokenHash`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from '../lib/env'
import { TOKEN_MAX_AGE_MS, TOKEN_MIN_AGE_MS, type TokenForm } from './config'

export type TokenCheck =
  { ok: true; issuedAt: number } | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'too-young' | 'expired' }

const b64url = (buf: Buffer): string => buf.toString('base64url')

function sign(form: TokenForm, issuedAt: string, nonce: string): Buffer {
  return createHmac('sha256', payloadSecret()).update(`form-token:v1:${form}:${issuedAt}:${nonce}`).digest()
}

export function issueFormToken(form: TokenForm, now: number = Date.now()): string {
  const issuedAt = Math.floor(now).toString(36)
  const nonce = b64url(randomBytes(12))
  return `${issuedAt}.${nonce}.${b64url(sign(form, issuedAt, nonce))}`
}

const TOKEN_SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/

export function verifyFormToken(token: unknown, form: TokenForm, now: number = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' }
  const m = TOKEN_SHAPE.exec(token)
  if (!m) return { ok: false, reason: 'malformed' }
  const [, issuedAtText, nonce, signature] = m as unknown as [string, string, string, string]
  const expected = sign(form, issuedAtText, nonce)
  const given = Buffer.from(signature, 'base64url')
  // 43 base64url characters carry 258 bits for 256: the last character's two spare bits must be
  // zero, or one token could be respelled four ways and pass the one-use check four times
  if (b64url(given) !== signature) return { ok: false, reason: 'malformed' }
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' }
  const issuedAt = parseInt(issuedAtText, 36)
  const age = now - issuedAt
  if (age < TOKEN_MIN_AGE_MS) return { ok: false, reason: 'too-young' }
  if (age > TOKEN_MAX_AGE_MS) return { ok: false, reason: 'expired' }
  return { ok: true, issuedAt }
}

/** A new status token: 256 random bits. Give it to the sender; store only `hashStatusToken(token)`. */
export const newStatusToken = (): string => b64url(randomBytes(32))

export const hashStatusToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** A form token as it is remembered once used (src/submissions/ratelimit.ts): its SHA-256, never the token. */
export const hashFormToken = hashStatusToken

/** What a status token looks like (43 base64url characters); anything else is not looked up. */
export const isStatusToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
