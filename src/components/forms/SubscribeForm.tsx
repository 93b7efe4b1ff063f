/**
 * The email digest's subscribe form (src/digest/subscribe.ts), a plain form posting to
 * /api/digest/subscribe that works without JavaScript.
 *
 * - `full` (on /subscribe, a page rendered per visitor): email, what to receive, language, the
 *   signed form token, the honeypot; and the problem when the form came back.
 * - `compact` (the site footer, the same HTML for every visitor): the address alone, for the
 *   weekly digest in the page's language, and no token: the endpoint answers with the full form,
 *   filled in, for a second "check and send" step, as the other forms do.
 */
import { getTranslations } from 'next-intl/server'
import { CHOICES, EMAIL_MAX, SUBSCRIBE_FORM } from '@/digest/config'
import type { Prefill } from '@/digest/prefill'
import { LOCALES, type Locale } from '@/lib/languages'
import { routes } from '@/lib/routes'
import type { FieldError } from '@/submissions/config'
import { issueFormToken } from '@/submissions/token'
import { Choices, ErrorSummary, errorMap, Honeypot, TextInput, targetOf } from './parts'
import './forms.css'

const ACTION = '/api/digest/subscribe'

export async function SubscribeForm({
  locale,
  prefill,
  errors,
}: {
  locale: Locale
  prefill?: Prefill | null
  errors?: FieldError[]
}) {
  const t = await getTranslations({ locale, namespace: 'Digest' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const id = 'subscribe'
  const byField = errorMap(errors)
  return (
    <form id={id} className="hub-form" method="post" action={ACTION} noValidate>
      <ErrorSummary
        formId={id}
        errors={errors}
        targets={{ email: targetOf(id, 'email'), choice: targetOf(id, 'choice', CHOICES[0]) }}
        title={t('form.errorTitle')}
        intro={tf('common.errorSummaryIntro')}
        level={2}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={issueFormToken(SUBSCRIBE_FORM)} />
      <Honeypot formId={id} label={t('form.honeypot')} />
      <TextInput
        formId={id}
        name="email"
        type="email"
        label={t('form.email')}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={prefill?.email}
        error={byField.email}
        errorPrefix={tf('common.errorPrefix')}
      />
      <Choices
        formId={id}
        name="choice"
        legend={t('form.choice')}
        options={[
          { value: 'weekly', label: t('form.choiceWeekly') },
          { value: 'term', label: t('form.choiceTerm') },
        ]}
        value={prefill?.choice ?? 'weekly'}
        error={byField.choice}
        errorPrefix={tf('common.errorPrefix')}
      />
      <Choices
        formId={id}
        name="language"
        legend={t('form.language')}
        options={LOCALES.map(({ code, label }) => ({ value: code, label }))}
        value={prefill?.language ?? locale}
        errorPrefix={tf('common.errorPrefix')}
      />
      <p className="field-hint">{t('form.privacy')}</p>
      <p className="form-actions">
        <button type="submit">{t('form.submit')}</button>
      </p>
    </form>
  )
}

/** The footer's form: the address only (weekly digest, in the page's language), and a link to the other choices. */
export async function FooterSubscribeForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Digest' })
  const id = 'footer-subscribe'
  return (
    <section className="footer-subscribe" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('form.footerTitle')}</h2>
      <form id={id} method="post" action={ACTION}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="language" value={locale} />
        <input type="hidden" name="choice" value="weekly" />
        <Honeypot formId={id} label={t('form.honeypot')} />
        <p>{t('form.footerIntro')}</p>
        <label htmlFor={`${id}-email`}>{t('form.email')}</label>
        <span className="footer-subscribe-row">
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={EMAIL_MAX}
            spellCheck={false}
          />
          <button type="submit">{t('form.submit')}</button>
        </span>
      </form>
      <p>
        <a href={routes.subscribe(locale)}>{t('form.footerMore')}</a>
      </p>
    </section>
  )
}
