'use client'
/**
 * The form token of a form that is sent the plain way (the subscribe forms): fetched when the
 * reader starts on the form (./form-token.ts), and before the form goes, waited for if it is not
 * there or not old enough yet. The form is then sent as it would have been, in one press. If no
 * token can be had, it is sent without one and the server answers with its "check and send" step.
 * Renders nothing; without JavaScript the form works as plain HTML.
 */
import { useEffect } from 'react'
import type { TokenForm } from '@/submissions/config'
import { formToken } from './form-token'

export function FormToken({ formId, form }: { formId: string; form: TokenForm }) {
  useEffect(() => {
    const el = document.getElementById(formId)
    if (!(el instanceof HTMLFormElement)) return
    const token = formToken(el, form)
    const prime = () => token.prime()
    let waiting = false
    const onSubmit = (event: SubmitEvent) => {
      if (token.isReady()) return // the browser sends it, token and all
      event.preventDefault()
      if (waiting) return
      waiting = true
      const button = el.querySelector('button[type="submit"]')
      button?.setAttribute('aria-disabled', 'true')
      token
        .ready()
        .catch(() => undefined) // no token to be had: the server's "check and send" step takes over
        .finally(() => {
          waiting = false
          button?.removeAttribute('aria-disabled')
          el.submit() // no second submit event: this is the send the reader asked for
        })
    }
    // back on a page the browser kept (bfcache): the token in it may have been used by then
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) token.replace()
    }
    const events = ['focusin', 'pointerdown', 'input'] as const
    for (const type of events) el.addEventListener(type, prime)
    el.addEventListener('submit', onSubmit)
    window.addEventListener('pageshow', onShow)
    el.dataset.tokenReady = 'true'
    return () => {
      for (const type of events) el.removeEventListener(type, prime)
      el.removeEventListener('submit', onSubmit)
      window.removeEventListener('pageshow', onShow)
    }
  }, [formId, form])

  return null
}
