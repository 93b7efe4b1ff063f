/**
 * How a browser without JavaScript gets the subscribe form back: the answer is 303 to
 * /subscribe?problem=<code> with what was typed in a short-lived cookie (HttpOnly, SameSite=Lax,
 * 15 minutes) that only that page reads, and only when the URL names a problem.
 */
import { serverUrl } from '@/lib/env'
import { CHOICES, EMAIL_MAX, type Choice } from './config'

export const PREFILL_COOKIE = 'ah_digest'
const MAX_AGE_S = 15 * 60

/**
 * `token`: the form token the form comes back with. /subscribe is the same HTML for every reader
 * and carries none; the page a form comes back on (this cookie) is per visitor and may.
 */
export type Prefill = { email: string; choice?: Choice; language?: string; token?: string }

/** What a form token looks like (src/submissions/token.ts); anything else is not given back. */
const TOKEN_SHAPE = /^[0-9a-z]{1,12}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/

const attributes = (maxAge: number) =>
  `Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${serverUrl().startsWith('https:') ? '; Secure' : ''}`

export const prefillCookie = (prefill: Prefill): string =>
  `${PREFILL_COOKIE}=${Buffer.from(JSON.stringify(prefill), 'utf8').toString('base64url')}; ${attributes(MAX_AGE_S)}`

export const clearPrefillCookie = (): string => `${PREFILL_COOKIE}=; ${attributes(0)}`

export function readPrefill(value: string | undefined): Prefill | null {
  if (!value || value.length > 1024) return null
  try {
    const data = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>
    return {
      email: typeof data.email === 'string' ? data.email.slice(0, EMAIL_MAX) : '',
      choice: (CHOICES as readonly unknown[]).includes(data.choice) ? (data.choice as Choice) : undefined,
      language: typeof data.language === 'string' ? data.language : undefined,
      token: typeof data.token === 'string' && TOKEN_SHAPE.test(data.token) ? data.token : undefined,
    }
  } catch {
    return null
  }
}
