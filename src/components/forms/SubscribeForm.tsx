/**
 * The email digest's subscribe form (src/digest/subscribe.ts), a plain form posting to
 * /api/digest/subscribe that works without JavaScript.
 *
 * - `full` (on /subscribe): email, what to receive, language, the honeypot; and the problem when
 *   the form came back.
 * - `compact` (the site footer): the address alone, for the weekly digest in the page's language.
 *
 * Both are on pages that are the same HTML for every reader, so neither carries a form token: with
 * JavaScript, FormToken fetches one before the form is sent (still one press); without it, the
 * endpoint answers with the full form, filled in, for a "check and send" step. The full form given
 * back (the prefill cookie: a page per visitor) carries the token the prefill brings, or a fresh one.
 */
import { getTranslations } from 'next-intl/server'
import { CHOICES, EMAIL_MAX, SUBSCRIBE_FORM } from '@/digest/config'
import type { Prefill } from '@/digest/prefill'
import { LOCALES, type Locale } from '@/lib/languages'
import { routes } from '@/lib/routes'
import type { FieldError } from '@/submissions/config'
import { issueFormToken } from '@/submissions/token'
import { FormToken } from './FormToken.client'
import { CheckNotice, Choices, ErrorSummary, errorMap, Honeypot, TextInput, targetOf } from './parts'
import './forms.css'

const ACTION = '/api/digest/subscribe'

export async function SubscribeForm({
  locale,
  prefill,
  errors,
  step,
}: {
  locale: Locale
  /** what was typed, when the form came back (from the reader's own cookie) */
  prefill?: Prefill | null
  errors?: FieldError[]
  /** `check`: sent without a token, it came back to be checked and sent */
  step?: 'check'
}) {
  const t = await getTranslations({ locale, namespace: 'Digest' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const id = 'subscribe'
  const byField = errorMap(errors)
  // only a form given back to this reader carries a token; the shared page's form fetches its own
  const token = prefill ? (prefill.token ?? issueFormToken(SUBSCRIBE_FORM)) : ''
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
      {step === 'check' && !errors?.length ? (
        <CheckNotice formId={id} title={t('form.checkTitle')} text={t('form.checkText')} level={2} />
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
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
      <FormToken formId={id} form={SUBSCRIBE_FORM} />
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
        <input type="hidden" name="token" value="" />
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
        <FormToken formId={id} form={SUBSCRIBE_FORM} />
      </form>
      <p>
        <a href={routes.subscribe(locale)}>{t('form.footerMore')}</a>
      </p>
    </section>
  )
}
