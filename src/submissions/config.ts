/**
 * The rules of the public submission endpoint in one place: limits, token ages,
 * rate-limit settings. Everything here is read by the schema, the handler, the forms
 * (their `maxLength` attributes) and the tests.
 */

/** The two forms of /api/submit. `suggestion` covers suggestions and corrections. */
export const FORMS = ['feedback', 'suggestion'] as const
export type FormName = (typeof FORMS)[number]

/**
 * Every form a token can be issued for (GET /api/submit/token?form=…): the two above and the
 * digest's subscribe form (/api/digest/subscribe). The form name is signed into the token, so a
 * token issued for one never passes for another.
 */
export const TOKEN_FORMS = [...FORMS, 'subscribe'] as const
export type TokenForm = (typeof TOKEN_FORMS)[number]
export const isTokenForm = (value: unknown): value is TokenForm => (TOKEN_FORMS as readonly unknown[]).includes(value)

export const KINDS = ['feedback', 'suggestion', 'correction'] as const
export type Kind = (typeof KINDS)[number]
export const HELPFUL = ['yes', 'no'] as const

/** Which form a kind is sent from (and so which token it needs). */
export const formOfKind = (kind: Kind): FormName => (kind === 'feedback' ? 'feedback' : 'suggestion')

/** Minimum time between rendering a form and sending it: faster is a script. */
export const TOKEN_MIN_AGE_MS = 3_000
/** A form older than this must be sent again with a fresh token. */
export const TOKEN_MAX_AGE_MS = 4 * 60 * 60 * 1000

/** Field limits in characters (after trimming and turning CRLF into LF, as browsers count). */
export const LIMITS = {
  feedbackMessage: 2000,
  message: 5000,
  page: 500,
  url: 2000,
  title: 300,
  name: 120,
  email: 254,
} as const

/**
 * The largest request body accepted, in bytes. A form filled to every `maxlength` with
 * characters that take 3 bytes in UTF-8 is about 75 KB once percent-encoded, so nothing a
 * real form sends comes near it; anything larger is refused unread (413).
 */
export const BODY_LIMIT_BYTES = 100 * 1024

/** Fields of the request that are kept (and given back to the form when something is wrong). */
export const VALUE_FIELDS = ['kind', 'message', 'page', 'helpful', 'url', 'title', 'name', 'email', 'credit'] as const
export type ValueField = (typeof VALUE_FIELDS)[number]
export type FormValues = Partial<Record<ValueField, string>>

/** A field error as the contract shapes it. `form` and `token` are errors about the whole form. */
export type FieldError = { field: string; message: string }

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  console.warn(`[submit] ${name}=${JSON.stringify(value)} is not a positive whole number; using ${fallback}.`)
  return fallback
}

/** SUBMISSION_LIMIT submissions per SUBMISSION_WINDOW_SECONDS per client (defaults 5 per 600 s). */
export function rateLimitSettings(env: Record<string, string | undefined> = process.env): {
  points: number
  duration: number
} {
  return {
    points: positiveInt(env.SUBMISSION_LIMIT, 5, 'SUBMISSION_LIMIT'),
    duration: positiveInt(env.SUBMISSION_WINDOW_SECONDS, 600, 'SUBMISSION_WINDOW_SECONDS'),
  }
}

/** TRUST_PROXY=1: the app runs behind a proxy that sets X-Forwarded-For. */
export const trustProxy = (env: Record<string, string | undefined> = process.env): boolean => env.TRUST_PROXY === '1'
