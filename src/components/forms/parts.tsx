/**
 * The pieces both public forms are made of: labelled controls with their hint and error
 * (tied by aria-describedby, marked aria-invalid), the error summary, the honeypot and the
 * hidden confirmation the script fills in. Server components: they work without JavaScript.
 * Ids follow one pattern the script relies on: `<form>-<field>`, `<form>-<field>-error`,
 * `<form>-errors`, `<form>-done`.
 */
import type { ReactNode } from 'react'
import type { FieldError } from '@/submissions/config'

export type ErrorMap = Record<string, string>
export const errorMap = (errors: FieldError[] | undefined): ErrorMap =>
  Object.fromEntries((errors ?? []).map((e) => [e.field, e.message]))

export type Existing = { href: string; title: string } | undefined

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

/** The element a field's error summary link points to. */
export const targetOf = (formId: string, field: string, firstOption?: string) =>
  firstOption ? `${formId}-${field}-${firstOption}` : `${formId}-${field}`

/** The message under a field (always present, empty and hidden when there is none, for the script). */
export function FieldMessage({
  formId,
  field,
  error,
  errorPrefix,
  existing,
  existingLabel,
}: {
  formId: string
  field: string
  error?: string
  errorPrefix: string
  existing?: Existing
  existingLabel?: string
}) {
  return (
    <p id={`${formId}-${field}-error`} className="field-error" data-error-for={field} hidden={!error}>
      {error ? (
        <>
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
          {existing && existingLabel ? (
            <>
              {' '}
              <a href={existing.href}>{existingLabel}</a>
            </>
          ) : null}
        </>
      ) : null}
    </p>
  )
}

export function ErrorSummary({
  formId,
  errors,
  targets,
  title,
  intro,
  existing,
  existingLabel,
  level = 2,
}: {
  formId: string
  errors: FieldError[] | undefined
  /** field → element id its link goes to; fields without one (token, form) are listed as text */
  targets: Record<string, string>
  title: string
  intro: string
  existing?: Existing
  existingLabel?: string
  level?: 2 | 3 | 4
}) {
  const list = errors ?? []
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!
  return (
    <div
      id={`${formId}-errors`}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${formId}-errors-title`}
      hidden={!list.length}
      data-error-summary
    >
      <Heading id={`${formId}-errors-title`} className="error-summary-title">
        {title}
      </Heading>
      <p>{intro}</p>
      <ul>
        {list.map((e) => (
          <li key={e.field}>
            {targets[e.field] ? <a href={`#${targets[e.field]}`}>{e.message}</a> : e.message}
            {e.field === 'url' && existing && existingLabel ? (
              <>
                {' '}
                <a href={existing.href}>{existingLabel}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

type TextProps = {
  formId: string
  name: string
  label: ReactNode
  hint?: ReactNode
  value?: string
  error?: string
  errorPrefix: string
  type?: 'text' | 'email' | 'url'
  autoComplete?: string
  inputMode?: 'url' | 'email' | 'text'
  spellCheck?: boolean
  existing?: Existing
  existingLabel?: string
}

export function TextInput({
  formId,
  name,
  label,
  hint,
  value,
  error,
  errorPrefix,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  existing,
  existingLabel,
}: TextProps) {
  const id = `${formId}-${name}`
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage
        formId={formId}
        field={name}
        error={error}
        errorPrefix={errorPrefix}
        existing={existing}
        existingLabel={existingLabel}
      />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ''}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, `${id}-error`)}
      />
    </div>
  )
}

export function TextArea({
  formId,
  name,
  label,
  hint,
  value,
  error,
  errorPrefix,
  max,
  limitHint,
  rows = 5,
}: Omit<TextProps, 'type'> & {
  max: number
  /** "Up to {max} characters.": shown as is without JavaScript, replaced by a live count with it */
  limitHint: string
  rows?: number
}) {
  const id = `${formId}-${name}`
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage formId={formId} field={name} error={error} errorPrefix={errorPrefix} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, `${id}-counter`, `${id}-error`)}
      />
      <p id={`${id}-counter`} className="counter" data-counter-for={id} data-max={max}>
        {limitHint}
      </p>
      <p className="visually-hidden" aria-live="polite" data-counter-live={id} />
    </div>
  )
}

/** Radio buttons in a fieldset named by its legend (hidden when it repeats a visible heading). */
export function Choices({
  formId,
  name,
  legend,
  legendHidden = false,
  options,
  value,
  error,
  errorPrefix,
  hint,
}: {
  formId: string
  name: string
  legend?: ReactNode
  /** the legend repeats a visible heading: keep it for assistive technology only */
  legendHidden?: boolean
  options: { value: string; label: string }[]
  value?: string
  error?: string
  errorPrefix: string
  hint?: ReactNode
}) {
  return (
    <fieldset
      className={error ? 'choices has-error' : 'choices'}
      aria-describedby={describedBy(hint ? `${formId}-${name}-hint` : undefined, `${formId}-${name}-error`)}
    >
      {legend ? <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend> : null}
      {hint ? (
        <p id={`${formId}-${name}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage formId={formId} field={name} error={error} errorPrefix={errorPrefix} />
      <div className="choice-list">
        {options.map((o) => (
          <div key={o.value} className="choice">
            <input
              id={`${formId}-${name}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
            />
            <label htmlFor={`${formId}-${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * The honeypot: a field people never see or reach (off-screen, aria-hidden, out of the tab
 * order, no autofill) but that form-filling scripts find and fill.
 */
export function Honeypot({ formId, label }: { formId: string; label: string }) {
  return (
    <div className="form-trap" aria-hidden="true">
      <label htmlFor={`${formId}-website`}>{label}</label>
      <input id={`${formId}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}

/**
 * "Check and send": the form came back because it was sent without a form token (a browser without
 * JavaScript, on a page that is the same for every reader and so carries none). Nothing was wrong
 * and nothing was stored; the page it comes back on carries a token, so the second press sends it.
 * A note, not an error: a status, and the place the answer's address opens on (`#<form>-check`).
 */
export function CheckNotice({
  formId,
  title,
  text,
  level = 3,
}: {
  formId: string
  title: string
  text: string
  level?: 2 | 3 | 4
}) {
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!
  return (
    <div
      id={`${formId}-check`}
      className="check-notice"
      role="status"
      tabIndex={-1}
      aria-labelledby={`${formId}-check-title`}
    >
      <Heading id={`${formId}-check-title`} className="check-notice-title">
        {title}
      </Heading>
      <p>{text}</p>
    </div>
  )
}

/** The confirmation shown in place of the form when the script sent it (hidden otherwise). */
export function SentPanel({ formId, intro, keep }: { formId: string; intro: string; keep: string }) {
  return (
    <div id={`${formId}-done`} className="form-done" tabIndex={-1} hidden data-form-done>
      <p className="form-done-title" data-done-message />
      <p>
        {intro} {/* the script puts the status link here once there is one to point to */}
        <span data-status-link />
      </p>
      <p className="small">{keep}</p>
    </div>
  )
}
