/** The `Digest` messages (src/messages/<locale>/digest.json) outside React: emails and route answers. */
import { createTranslator } from 'use-intl/core'
import type { Locale } from '@/lib/languages'
import { messages } from '@/messages'
import type { Translate } from '@/submissions/messages'

export function digestTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Digest', timeZone: 'UTC' })
  return t as unknown as Translate
}
