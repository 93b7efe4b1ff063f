/**
 * The `Forms` messages (src/messages/<locale>/forms.json) outside React: the endpoint answers
 * in the language of the form that was sent (its hidden `locale` field; unknown → en).
 */
import { createTranslator } from 'use-intl/core'
import { messages } from '../messages'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/languages'

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string

export const asLocale = (value: unknown): Locale =>
  LOCALES.some((l) => l.code === value) ? (value as Locale) : DEFAULT_LOCALE

export function formsTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Forms', timeZone: 'UTC' })
  return t as unknown as Translate
}
