/**
 * One message catalogue per locale, split by area: `site` (navigation, pages, labels),
 * `error` (the error page, which runs in the browser and imports only this part),
 * `forms` (feedback and suggestion forms), `handout` (printable topic handouts), `digest` (email
 * digest subscriptions) and `calendar` (iCalendar feed and downloads). tests/unit/messages.test.ts checks that every
 * locale has every key and the same ICU placeholders.
 */
import enError from './en/error.json'
import enForms from './en/forms.json'
import enSite from './en/site.json'
import enHandout from './en/handout.json'
import enDigest from './en/digest.json'
import enCalendar from './en/calendar.json'
import frError from './fr/error.json'
import frForms from './fr/forms.json'
import frSite from './fr/site.json'
import frHandout from './fr/handout.json'
import frDigest from './fr/digest.json'
import frCalendar from './fr/calendar.json'
import type { Locale } from '../lib/languages'

export const messages = {
  en: { ...enSite, Error: enError, Forms: enForms, Handout: enHandout, Digest: enDigest, Calendar: enCalendar },
  fr: { ...frSite, Error: frError, Forms: frForms, Handout: frHandout, Digest: frDigest, Calendar: frCalendar },
} satisfies Record<Locale, unknown>

export type Messages = (typeof messages)['en']
