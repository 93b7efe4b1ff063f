/**
 * "Was this page useful?" at the foot of every public page: yes/no and what would make it
 * better. A plain form posting to /api/submit (works without JavaScript); FormEnhancer sends
 * it in place when scripts run. `page` is the path of the page it is about.
 *
 * On the pages every reader shares the form carries no token (the script fetches one, and without
 * JavaScript the endpoint answers with the "check and send" step); given back with a flash (on
 * /contribute/check, a page per visitor) it carries the token the flash brings, or a fresh one.
 *
 *   <FeedbackForm locale={locale} page={routes.principle(locale, slug)} />
 */
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/languages'
import { LIMITS } from '@/submissions/config'
import type { Flash } from '@/submissions/flash'
import { contributePath, FORM_IDS } from '@/submissions/paths'
import { issueFormToken } from '@/submissions/token'
import { FormEnhancer } from './FormEnhancer.client'
import { CheckNotice, Choices, ErrorSummary, errorMap, Honeypot, SentPanel, TextArea, targetOf } from './parts'
import { enhancerStrings } from './strings'
import './forms.css'

export async function FeedbackForm({
  locale,
  page,
  flash,
  headingLevel = 2,
  formId = FORM_IDS.feedback,
}: {
  locale: Locale
  page: string
  /** element id of the form (and prefix of its fields' ids) */
  formId?: string
  /** what the sender typed and what was wrong, when the form comes back (contribute/check) */
  flash?: Flash | null
  headingLevel?: 2 | 3
}) {
  const t = await getTranslations({ locale, namespace: 'Forms' })
  const id = formId
  const mine = flash?.form === 'feedback' ? flash : null
  const values = mine?.values ?? {}
  const errorList = mine?.errors
  const token = mine ? (mine.token ?? issueFormToken('feedback')) : ''
  const checkStep = mine?.step === 'check' && !mine.errors.length
  const errors = errorMap(errorList)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="form-panel feedback-panel" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="form-title">
        {t('feedback.title')}
      </Heading>
      <form id={id} className="hub-form" method="post" action="/api/submit" noValidate>
        <ErrorSummary
          formId={id}
          errors={errorList}
          targets={{ helpful: targetOf(id, 'helpful', 'yes'), message: targetOf(id, 'message') }}
          title={t('common.errorSummaryTitle')}
          intro={t('common.errorSummaryIntro')}
          level={headingLevel === 2 ? 3 : 4}
        />
        {checkStep ? (
          <CheckNotice
            formId={id}
            title={t('check.sendTitle')}
            text={t('check.sendText', { send: t('feedback.send') })}
            level={headingLevel === 2 ? 3 : 4}
          />
        ) : null}
        <input type="hidden" name="kind" value="feedback" />
        <input type="hidden" name="page" value={page} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <Honeypot formId={id} label={t('common.honeypotLabel')} />
        <Choices
          formId={id}
          name="helpful"
          legend={t('feedback.title')}
          legendHidden
          options={[
            { value: 'yes', label: t('feedback.yes') },
            { value: 'no', label: t('feedback.no') },
          ]}
          value={values.helpful}
          error={errors.helpful}
          errorPrefix={t('common.errorPrefix')}
        />
        <TextArea
          formId={id}
          name="message"
          label={
            <>
              {t('feedback.messageLabel')} <span className="optional">({t('common.optional')})</span>
            </>
          }
          hint={t('common.noPersonal')}
          value={values.message}
          error={errors.message}
          errorPrefix={t('common.errorPrefix')}
          max={LIMITS.feedbackMessage}
          limitHint={t('common.limitHint', { max: LIMITS.feedbackMessage })}
          rows={3}
        />
        <p className="form-actions">
          <button type="submit">{t('feedback.send')}</button>
        </p>
      </form>
      <SentPanel formId={id} intro={t('common.statusLinkIntro')} keep={t('common.statusLinkKeep')} />
      <p className="small form-aside">
        <a href={contributePath(locale)}>{t('feedback.suggestLink')}</a>
      </p>
      <FormEnhancer formId={id} tokenForm="feedback" locale={locale} strings={enhancerStrings(t)} />
    </section>
  )
}
