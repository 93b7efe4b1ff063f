/**
 * The suggestion form of /contribute: something to add (a resource, an example, a story) or a
 * correction, with an optional link and title, an optional name and email, and consent to be
 * credited by name, showing how the credit will read. A plain form posting to /api/submit.
 * /contribute is the same HTML for every reader, so the form carries no token there (the script
 * fetches one; without JavaScript the endpoint answers with the "check and send" step); given back
 * with a flash (`?check=`, per visitor) it carries the token the flash brings, or a fresh one.
 */
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/languages'
import { LIMITS } from '@/submissions/config'
import type { Flash } from '@/submissions/flash'
import { FORM_IDS } from '@/submissions/paths'
import { issueFormToken } from '@/submissions/token'
import { FormEnhancer } from './FormEnhancer.client'
import {
  CheckNotice,
  Choices,
  ErrorSummary,
  errorMap,
  Honeypot,
  SentPanel,
  TextArea,
  TextInput,
  targetOf,
} from './parts'
import { enhancerStrings } from './strings'
import './forms.css'

export async function SuggestionForm({ locale, flash }: { locale: Locale; flash?: Flash | null }) {
  const t = await getTranslations({ locale, namespace: 'Forms' })
  const id = FORM_IDS.suggestion
  const mine = flash?.form === 'suggestion' ? flash : null
  const values = mine?.values ?? {}
  const errors = errorMap(mine?.errors)
  const existing = mine?.existing
  const token = mine ? (mine.token ?? issueFormToken('suggestion')) : ''
  const checkStep = mine?.step === 'check' && !mine.errors.length
  const existingLabel = existing ? t('common.existingResource', { title: existing.title }) : undefined
  const prefix = t('common.errorPrefix')
  const optional = <span className="optional">({t('common.optional')})</span>
  const kind = values.kind === 'correction' ? 'correction' : 'suggestion'
  const name = values.name?.trim()
  return (
    <section className="form-panel suggestion-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="form-title">
        {t('suggestion.title')}
      </h2>
      <form id={id} className="hub-form" method="post" action="/api/submit" noValidate>
        <ErrorSummary
          formId={id}
          errors={mine?.errors}
          targets={{
            kind: targetOf(id, 'kind', 'suggestion'),
            message: targetOf(id, 'message'),
            url: targetOf(id, 'url'),
            title: targetOf(id, 'title'),
            name: targetOf(id, 'name'),
            email: targetOf(id, 'email'),
            credit: targetOf(id, 'credit'),
          }}
          title={t('common.errorSummaryTitle')}
          intro={t('common.errorSummaryIntro')}
          existing={existing}
          existingLabel={existingLabel}
          level={3}
        />
        {checkStep ? (
          <CheckNotice
            formId={id}
            title={t('check.sendTitle')}
            text={t('check.sendText', { send: t('suggestion.send') })}
          />
        ) : null}
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <Honeypot formId={id} label={t('common.honeypotLabel')} />
        <Choices
          formId={id}
          name="kind"
          legend={t('suggestion.kindLegend')}
          options={[
            { value: 'suggestion', label: t('suggestion.kindSuggestion') },
            { value: 'correction', label: t('suggestion.kindCorrection') },
          ]}
          value={kind}
          error={errors.kind}
          errorPrefix={prefix}
        />
        <TextArea
          formId={id}
          name="message"
          label={t('suggestion.messageLabel')}
          hint={t('suggestion.messageHint')}
          value={values.message}
          error={errors.message}
          errorPrefix={prefix}
          max={LIMITS.message}
          limitHint={t('common.limitHint', { max: LIMITS.message })}
          rows={7}
        />
        <TextInput
          formId={id}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          label={
            <>
              {t('suggestion.urlLabel')} {optional}
            </>
          }
          hint={t('suggestion.urlHint')}
          value={values.url}
          error={errors.url}
          errorPrefix={prefix}
          existing={existing}
          existingLabel={existingLabel}
        />
        <TextInput
          formId={id}
          name="title"
          label={
            <>
              {t('suggestion.titleLabel')} {optional}
            </>
          }
          value={values.title}
          error={errors.title}
          errorPrefix={prefix}
        />
        <fieldset className="about-you" aria-describedby={`${id}-about-hint`}>
          <legend>
            {t('suggestion.aboutYou')} {optional}
          </legend>
          <p id={`${id}-about-hint`} className="field-hint">
            {t('suggestion.aboutYouHint')}
          </p>
          <TextInput
            formId={id}
            name="name"
            autoComplete="name"
            label={t('suggestion.nameLabel')}
            value={values.name}
            error={errors.name}
            errorPrefix={prefix}
          />
          <TextInput
            formId={id}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            label={t('suggestion.emailLabel')}
            value={values.email}
            error={errors.email}
            errorPrefix={prefix}
          />
          <div className={errors.credit ? 'checkbox has-error' : 'checkbox'}>
            <input
              id={`${id}-credit`}
              type="checkbox"
              name="credit"
              value="on"
              defaultChecked={values.credit === 'on'}
              aria-invalid={errors.credit ? true : undefined}
              aria-describedby={`${id}-credit-preview ${id}-credit-error`}
            />
            <label htmlFor={`${id}-credit`}>{t('suggestion.creditLabel')}</label>
            <p id={`${id}-credit-preview`} className="field-hint credit-preview" data-credit-preview>
              {name ? t('suggestion.creditPreview', { name }) : t('suggestion.creditPreviewEmpty')}
            </p>
            <p id={`${id}-credit-error`} className="field-error" data-error-for="credit" hidden={!errors.credit}>
              {errors.credit ? (
                <>
                  <span className="visually-hidden">{prefix} </span>
                  {errors.credit}
                </>
              ) : null}
            </p>
          </div>
        </fieldset>
        <p className="form-actions">
          <button type="submit">{t('suggestion.send')}</button>
        </p>
      </form>
      <SentPanel formId={id} intro={t('common.statusLinkIntro')} keep={t('common.statusLinkKeep')} />
      <FormEnhancer formId={id} tokenForm="suggestion" locale={locale} strings={enhancerStrings(t, true)} />
    </section>
  )
}
