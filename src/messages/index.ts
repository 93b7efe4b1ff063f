/**
 * One message catalogue per locale, split by area: `site` (navigation, pages, labels),
 * `error` (the error page, which runs in the browser and imports only this part) and
 * `forms` (feedback and suggestion forms). tests/unit/messages.test.ts checks that every
 * locale has every key and the same ICU placeholders.
 */
import enError from './en/error.json'
import enForms from './en/forms.json'
import enSite from './en/site.json'
import frError from './fr/error.json'
import frForms from './fr/forms.json'
import frSite from './fr/site.json'
import type { Locale } from '../lib/languages'

export const messages = {
  en: { ...enSite, Error: enError, Forms: enForms },
  fr: { ...frSite, Error: frError, Forms: frForms },
} satisfies Record<Locale, unknown>

export type Messages = (typeof messages)['en']
