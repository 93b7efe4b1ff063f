/**
 * The contributor-facing paths of the submission flow, per locale. They live under
 * /contribute (routes.contribute in src/lib/routes.ts) and are built with its localePrefix.
 */
import { absoluteUrl, localePrefix } from '../lib/routes'
import type { Locale } from '../lib/languages'
import type { FormName } from './config'

const at = (locale: Locale, path: string) => `${localePrefix(locale)}${path}`

/** Where the suggestion form lives; `#suggest` is the form. */
export const contributePath = (locale: Locale) => at(locale, '/contribute')
/** The private status page of one submission. */
export const statusPath = (locale: Locale, token: string) => at(locale, `/contribute/status/${token}`)
export const statusUrl = (locale: Locale, token: string) => absoluteUrl(statusPath(locale, token))
/** The thank-you page after a browser sent a form without JavaScript. */
export const thanksPath = (locale: Locale, token: string, from?: string) =>
  at(locale, `/contribute/thanks?status=${encodeURIComponent(token)}${from ? `&from=${encodeURIComponent(from)}` : ''}`)
/**
 * The page that gives a form back with its messages (the flash id ties it to this one answer).
 * `part`: where it opens, on the error summary or on the "check and send" note.
 */
export const checkPath = (locale: Locale, form: FormName, flashId: string, part: 'errors' | 'check' = 'errors') =>
  form === 'suggestion'
    ? at(locale, `/contribute?check=${flashId}#${FORM_IDS.suggestion}-${part}`)
    : at(locale, `/contribute/check?check=${flashId}#${FORM_IDS.feedbackCheck}-${part}`)

/** Element ids shared by the server-rendered forms and the enhancing script. */
export const FORM_IDS = {
  feedback: 'feedback',
  suggestion: 'suggest',
  /** the feedback form given back on /contribute/check (distinct, should the page carry the usual one too) */
  feedbackCheck: 'feedback-check',
} as const

/** A same-site path we may link back to (never `//host` or `https://…`). */
export const isSitePath = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 500 && /^\/(?!\/)[^\s\\]*$/.test(value)
