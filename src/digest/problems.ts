/**
 * Why the subscribe form came back, as `?problem=<code>` on /subscribe, and its message. `check` is
 * not a problem of the reader's: the form was sent without a token (no JavaScript on a page every
 * reader shares) and comes back to be checked and sent ("check and send").
 */
import type { Locale } from '@/lib/languages'
import { digestTranslator } from './messages'

export const PROBLEMS = ['check', 'retry', 'tooYoung', 'expired', 'email', 'choice', 'tooMany', 'serverError'] as const
export type Problem = (typeof PROBLEMS)[number]

export const isProblem = (value: unknown): value is Problem => (PROBLEMS as readonly unknown[]).includes(value)

const MESSAGE: Record<Problem, string> = {
  check: 'form.checkText',
  retry: 'form.retry',
  tooYoung: 'form.tokenTooYoung',
  expired: 'form.tokenExpired',
  email: 'form.errorEmail',
  choice: 'form.errorChoice',
  tooMany: 'form.tooMany',
  serverError: 'form.serverError',
}

export const problemMessage = (locale: Locale, problem: Problem, minutes = 10): string =>
  digestTranslator(locale)(MESSAGE[problem], { minutes })

/** The field a problem is about (`form` and `token` are about the whole form). */
export const problemField = (problem: Problem): string =>
  problem === 'email' || problem === 'choice'
    ? problem
    : problem === 'tooMany' || problem === 'serverError'
      ? 'form'
      : 'token'
