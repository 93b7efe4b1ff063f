/**
 * The one description of a submission request, in zod: `POST /api/submit` takes `kind`
 * (feedback | suggestion | correction), `message`, `page`, `helpful`, `url`, `title`, `name`,
 * `email`, `credit`, the honeypot `website` and the signed form `token` (README, "Feedback").
 * Every message is a key of `Forms.errors` (src/messages/<locale>/forms.json), turned into
 * `{ field, message }` in the sender's language by `parseSubmission`.
 *
 * Text is trimmed, CRLF becomes LF (so lengths match what a browser's `maxlength` counted),
 * control characters other than tab and newline are removed; it is stored as text and shown
 * as text (React escapes it), never as HTML.
 */
import { z } from 'zod'
import type { Locale } from '../lib/languages'
import enForms from '../messages/en/forms.json'
import { HELPFUL, KINDS, LIMITS, VALUE_FIELDS, type FieldError, type FormValues, type Kind } from './config'
import { asLocale, formsTranslator } from './messages'

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** Text as stored: trimmed, LF line ends, no control characters; empty → undefined. Non-text passes through (and fails). */
function cleanText(value: unknown): unknown {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') return value
  const text = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim()
  return text === '' ? undefined : text
}

const text = (max: number, tooLong: string) =>
  z.preprocess(cleanText, z.string({ error: 'notText' }).max(max, { error: tooLong }).optional())

/** A path on this site: `/…`, not `//host` (which a browser would read as another site). */
const SITE_PATH = /^\/(?!\/)[^\s\\]*$/

function urlProblem(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'urlInvalid'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'urlScheme'
  if (url.username || url.password) return 'urlInvalid'
  if (!url.hostname.includes('.') || url.hostname.endsWith('.')) return 'urlDomain'
  return null
}

const checkbox = z.preprocess(
  (value) => {
    if (value === undefined || value === null || value === '' || value === false) return false
    if (value === true) return true
    if (typeof value === 'string') {
      const v = value.trim().toLowerCase()
      if (['on', 'true', '1', 'yes'].includes(v)) return true
      if (['off', 'false', '0', 'no'].includes(v)) return false
    }
    return value
  },
  z.boolean({ error: 'creditInvalid' }),
)

const choice = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.preprocess(cleanText, z.enum(values, { error }).optional())

export const submissionSchema = z
  .object({
    kind: z.preprocess(cleanText, z.enum(KINDS, { error: 'kindInvalid' })),
    message: text(LIMITS.message, 'messageTooLong'),
    page: text(LIMITS.page, 'pageTooLong').refine((v) => v === undefined || SITE_PATH.test(v), {
      error: 'pageInvalid',
    }),
    helpful: choice(HELPFUL, 'helpfulInvalid'),
    url: text(LIMITS.url, 'urlTooLong').superRefine((v, ctx) => {
      const problem = v === undefined ? null : urlProblem(v)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
    title: text(LIMITS.title, 'titleTooLong'),
    name: text(LIMITS.name, 'nameTooLong'),
    email: z.preprocess(
      cleanText,
      z
        .string({ error: 'notText' })
        .max(LIMITS.email, { error: 'emailTooLong' })
        .pipe(z.email({ error: 'emailInvalid' }))
        .optional(),
    ),
    credit: checkbox,
    /** the form's language: unknown → en, never an error */
    locale: z.unknown().optional().transform(asLocale),
    /** the honeypot: people never see it, so anything in it means a script filled the form */
    website: z
      .unknown()
      .optional()
      .transform((v) => v !== undefined && v !== null && v !== false && String(v).trim() !== ''),
    /** the signed form token, checked by verifyFormToken */
    token: z.unknown().optional(),
  })
  .superRefine(
    (raw, ctx) => {
      // runs even when single fields failed, so every problem is reported at once
      const v = raw as Record<string, unknown>
      const has = (field: string) => v[field] !== undefined && v[field] !== null && v[field] !== ''
      const kind = v.kind as Kind | undefined
      if (kind === 'feedback') {
        if (!has('helpful') && !has('message'))
          ctx.addIssue({ code: 'custom', path: ['helpful'], message: 'feedbackEmpty' })
        if (typeof v.message === 'string' && v.message.length > LIMITS.feedbackMessage)
          ctx.addIssue({
            code: 'too_big',
            origin: 'string',
            maximum: LIMITS.feedbackMessage,
            inclusive: true,
            path: ['message'],
            message: 'messageTooLong',
            input: v.message,
          })
        if (!has('page')) ctx.addIssue({ code: 'custom', path: ['page'], message: 'pageMissing' })
      }
      if (kind === 'suggestion' && !has('message') && !has('url'))
        ctx.addIssue({ code: 'custom', path: ['message'], message: 'suggestionEmpty' })
      if (kind === 'correction' && !has('message'))
        ctx.addIssue({ code: 'custom', path: ['message'], message: 'correctionEmpty' })
      if (v.credit === true && !has('name'))
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'creditNeedsName' })
    },
    { when: () => true },
  )

export type Submission = z.output<typeof submissionSchema>

/** Order of the fields on the forms, so messages and the error summary follow the page. */
const FIELD_ORDER = ['token', 'kind', 'helpful', 'message', 'url', 'title', 'name', 'email', 'credit', 'page']

const lengthOf = (value: unknown): number =>
  typeof cleanText(value) === 'string' ? (cleanText(value) as string).length : 0

export type Parsed =
  { ok: true; data: Submission; locale: Locale } | { ok: false; errors: FieldError[]; locale: Locale }

/** Validate a request body (form fields or JSON). One message per field, in the sender's language. */
export function parseSubmission(input: Record<string, unknown>): Parsed {
  const locale = asLocale(input.locale)
  const result = submissionSchema.safeParse(input)
  if (result.success) return { ok: true, data: result.data, locale }
  const t = formsTranslator(locale)
  const seen = new Map<string, FieldError>()
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form')
    if (seen.has(field)) continue
    const max = 'maximum' in issue ? Number(issue.maximum) : 0
    const code = issue.message in enForms.errors ? issue.message : 'notAccepted'
    seen.set(field, { field, message: t(`errors.${code}`, { max, length: lengthOf(input[field]) }) })
  }
  return { ok: false, errors: sortErrors([...seen.values()]), locale }
}

export const sortErrors = (errors: FieldError[]): FieldError[] =>
  [...errors].sort((a, b) => rank(a.field) - rank(b.field))
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length)

/** What the sender typed, as text, to give back to the form (never the token or the honeypot). */
export function formValues(input: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  for (const field of VALUE_FIELDS) {
    const v = input[field]
    if (v === undefined || v === null || v === false) continue
    values[field] = v === true ? 'on' : typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : String(v)
  }
  return values
}
