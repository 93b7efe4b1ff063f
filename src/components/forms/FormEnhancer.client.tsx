'use client'
/**
 * The one script of the public forms, and all it adds to them: sending without leaving the
 * page (fetch with `Accept: application/json`), the confirmation in place of the form, the
 * messages on the fields without a reload, the remaining-characters count and the preview of
 * the credit line. It works on the server-rendered form (ids from parts.tsx) and renders
 * nothing itself; without it, the form posts and the server answers with pages.
 *
 * The form token: public pages carry none, so it is fetched when the reader starts on the form and
 * waited for before sending (./form-token.ts); still one press. Should the endpoint refuse the
 * token alone (it expired while the tab slept, say), the form is sent once more with a fresh one
 * rather than showing the reader a message about something they did not do.
 */
import { useEffect } from 'react'
import type { FormName } from '@/submissions/config'
import { formToken } from './form-token'

export type EnhancerStrings = {
  sending: string
  networkError: string
  errorPrefix: string
  counter: { one: string; other: string; overOne: string; overOther: string }
  /** the confirmation, by kind */
  sent: Record<string, string>
  /** "See “{title}” on the hub" */
  existing: string
  creditPreview?: string
  creditPreviewEmpty?: string
}

type ApiError = { field: string; message: string }
type ApiAnswer = {
  status?: string
  statusUrl?: string
  errors?: ApiError[]
  token?: string
  duplicate?: { kind: string; url?: string; title?: string }
}

export function FormEnhancer({
  formId,
  tokenForm,
  locale,
  strings,
}: {
  formId: string
  /** the form its token is asked for (and signed for) */
  tokenForm: FormName
  locale: string
  strings: EnhancerStrings
}) {
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    const cleanups: (() => void)[] = []
    const on = <K extends keyof HTMLElementEventMap>(
      el: HTMLElement,
      type: K,
      fn: (e: HTMLElementEventMap[K]) => void,
    ) => {
      el.addEventListener(type, fn)
      cleanups.push(() => el.removeEventListener(type, fn))
    }

    // the token is fetched as soon as the reader starts on the form, to be old enough when they send
    const token = formToken(form, tokenForm)
    const prime = () => token.prime()
    on(form, 'focusin', prime)
    on(form, 'pointerdown', prime)
    on(form, 'input', prime)
    const plural = new Intl.PluralRules(locale)

    // remaining characters: visible at once, announced after a pause in typing
    for (const counter of form.querySelectorAll<HTMLElement>('[data-counter-for]')) {
      const field = document.getElementById(counter.dataset.counterFor!) as HTMLTextAreaElement | null
      const live = form.querySelector<HTMLElement>(`[data-counter-live="${counter.dataset.counterFor}"]`)
      const max = Number(counter.dataset.max)
      if (!field || !max) continue
      let timer: ReturnType<typeof setTimeout> | undefined
      const update = (announce: boolean) => {
        const left = max - field.value.replace(/\r\n?/g, '\n').length
        const n = Math.abs(left)
        const one = plural.select(n) === 'one'
        const template =
          left >= 0
            ? one
              ? strings.counter.one
              : strings.counter.other
            : one
              ? strings.counter.overOne
              : strings.counter.overOther
        const text = template.replace('#', n.toLocaleString(locale))
        counter.textContent = text
        counter.classList.toggle('is-over', left < 0)
        if (announce && live) {
          clearTimeout(timer)
          timer = setTimeout(() => (live.textContent = text), 900)
        }
      }
      update(false)
      on(field, 'input', () => update(true))
      cleanups.push(() => clearTimeout(timer))
    }

    // how the credit line will read
    const preview = form.querySelector<HTMLElement>('[data-credit-preview]')
    const nameField = form.elements.namedItem('name')
    if (preview && nameField instanceof HTMLInputElement && strings.creditPreview && strings.creditPreviewEmpty) {
      const update = () => {
        const name = nameField.value.trim()
        preview.textContent = name ? strings.creditPreview!.replace('{name}', name) : strings.creditPreviewEmpty!
      }
      on(nameField, 'input', update)
    }

    const summary = document.getElementById(`${formId}-errors`)
    const done = document.getElementById(`${formId}-done`)
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    const buttonText = button?.textContent ?? ''
    let busy = false

    const controlsOf = (field: string) => form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(field)}"]`)

    const showErrors = (errors: ApiError[], existing?: { href: string; title: string }) => {
      for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
        el.hidden = true
        el.textContent = ''
      }
      for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid]')) el.removeAttribute('aria-invalid')
      form.querySelectorAll('.field.has-error, .choices.has-error').forEach((el) => el.classList.remove('has-error'))
      const list = summary?.querySelector('ul')
      if (list) list.replaceChildren()
      for (const error of errors) {
        const message = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(error.field)}"]`)
        const link = existing && error.field === 'url' ? existingLink(existing) : null
        if (message) {
          const prefix = document.createElement('span')
          prefix.className = 'visually-hidden'
          prefix.textContent = `${strings.errorPrefix} `
          message.append(prefix, error.message)
          if (link) message.append(' ', link.cloneNode(true))
          message.hidden = false
          message.closest('.field, .choices')?.classList.add('has-error')
          controlsOf(error.field).forEach((c) => c.setAttribute('aria-invalid', 'true'))
        }
        if (list) {
          const item = document.createElement('li')
          const target = controlsOf(error.field)[0]
          if (message && target?.id) {
            const a = document.createElement('a')
            a.href = `#${target.id}`
            a.textContent = error.message
            item.append(a)
          } else item.textContent = error.message
          if (link) item.append(' ', link)
          list.append(item)
        }
      }
      if (summary) {
        summary.hidden = errors.length === 0
        if (errors.length) summary.focus()
      }
    }

    const existingLink = (existing: { href: string; title: string }) => {
      const a = document.createElement('a')
      a.href = existing.href
      a.textContent = strings.existing.replace('{title}', existing.title)
      return a
    }

    const showSent = (statusUrl: string) => {
      if (!done) return
      const kind = (form.elements.namedItem('kind') as RadioNodeList | HTMLInputElement | null)?.value ?? ''
      const message = done.querySelector<HTMLElement>('[data-done-message]')
      if (message) message.textContent = strings.sent[kind] ?? strings.sent.feedback ?? ''
      // the panel holds an empty placeholder until now: no link without a target
      const slot = done.querySelector<HTMLElement>('[data-status-link]')
      if (slot) {
        const link = document.createElement('a')
        link.className = 'status-link'
        link.href = statusUrl
        link.textContent = statusUrl
        link.setAttribute('data-status-link', '')
        slot.replaceWith(link)
      }
      form.hidden = true
      done.hidden = false
      done.focus()
    }

    on(form, 'submit', async (event) => {
      event.preventDefault()
      if (busy) return
      busy = true
      if (button) {
        button.setAttribute('aria-disabled', 'true')
        button.textContent = strings.sending
      }
      const send = async () => {
        await token.ready()
        const res = await fetch(form.action, {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
          body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString(),
          credentials: 'same-origin',
        })
        return { res, answer: (await res.json().catch(() => ({}))) as ApiAnswer }
      }
      const onlyTokenRefused = ({ res, answer }: Awaited<ReturnType<typeof send>>) =>
        res.status === 400 && Boolean(answer.errors?.length) && answer.errors!.every((e) => e.field === 'token')
      try {
        let sent = await send()
        if (onlyTokenRefused(sent)) {
          // the token alone was refused (expired, or the clocks disagreed): once more with a fresh one
          token.replace(sent.answer.token)
          sent = await send()
        }
        const { res, answer } = sent
        if (res.status === 201 && answer.statusUrl) {
          showSent(answer.statusUrl)
          return
        }
        if (answer.token) token.replace(answer.token)
        // "already sent": this token has stored its one submission, something new needs another
        else if (res.status === 409 && !answer.duplicate) token.replace()
        const dup = answer.duplicate
        const existing =
          dup?.kind === 'resource' && dup.url && dup.title
            ? { href: new URL(dup.url).pathname, title: dup.title }
            : undefined
        showErrors(answer.errors?.length ? answer.errors : [{ field: 'form', message: strings.networkError }], existing)
      } catch {
        showErrors([{ field: 'form', message: strings.networkError }])
      } finally {
        busy = false
        if (button) {
          button.removeAttribute('aria-disabled')
          button.textContent = buttonText
        }
      }
    })

    form.dataset.enhanced = 'true'
    return () => cleanups.forEach((fn) => fn())
  }, [formId, tokenForm, locale, strings])

  return null
}
