/**
 * The form token as the browser gets it. Public pages are the same HTML for every reader (so a
 * cache can serve them) and their forms carry no token: the script asks GET /api/submit/token for
 * one when the reader starts on the form (first focus, press or keystroke), and before sending
 * makes sure it has one that the endpoint will take. Used by FormEnhancer (feedback, suggestions)
 * and FormToken (the subscribe forms).
 *
 * A token is refused when younger than TOKEN_MIN_AGE_MS, so a quick reader's send waits out the
 * rest of those seconds (under "Sending…") instead of being told it was too quick. Its age is
 * counted from when the token reached the page, which is after the server issued it, plus a small
 * margin for the clocks of two app instances; a token close to TOKEN_MAX_AGE_MS is replaced first.
 *
 * Browser-only: call it from an effect.
 */
import { TOKEN_MAX_AGE_MS, TOKEN_MIN_AGE_MS, type TokenForm } from '@/submissions/config'

/** the instance that checks a token may not be the one that issued it, and clocks differ a little */
const MARGIN_MS = 400
/** replaced before sending rather than refused after: a tab left open for hours */
const REFRESH_BEFORE_MS = 10 * 60 * 1000

export const TOKEN_PATH = '/api/submit/token'

export type FormTokenHandle = {
  /** the reader started on the form: fetch a token now if it has none, so it is old enough by the time they send */
  prime(): void
  /** true when the token in the form would be accepted now */
  isReady(): boolean
  /** resolves once the form holds a token old enough to be accepted (fetching and waiting as needed) */
  ready(): Promise<void>
  /** the endpoint answered with a fresh token (use it), or refused this one (none: fetch another next time) */
  replace(token?: string): void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function formToken(form: HTMLFormElement, name: TokenForm): FormTokenHandle {
  let input = form.elements.namedItem('token')
  if (!(input instanceof HTMLInputElement)) {
    input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'token' })
    form.append(input)
  }
  const field = input as HTMLInputElement
  // Only a token the server put in this page (a page per visitor) counts: a value the browser brought
  // back with the page (Back, a restored tab) may be one that was already used. It reached the page
  // before this script ran, so counting its age from now is on the safe side.
  if (field.value !== field.defaultValue) field.value = field.defaultValue
  let receivedAt = performance.now()
  let receivedWall = Date.now()
  let pending: Promise<void> | null = null

  const set = (token: string) => {
    field.value = token
    receivedAt = performance.now()
    receivedWall = Date.now()
  }
  const stale = () => !field.value || Date.now() - receivedWall > TOKEN_MAX_AGE_MS - REFRESH_BEFORE_MS
  const waitLeft = () => TOKEN_MIN_AGE_MS + MARGIN_MS - (performance.now() - receivedAt)

  const fetchToken = async () => {
    const res = await fetch(`${TOKEN_PATH}?form=${encodeURIComponent(name)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    })
    const body = (await res.json().catch(() => ({}))) as { token?: unknown }
    if (!res.ok || typeof body.token !== 'string' || !body.token) throw new Error(`No form token (HTTP ${res.status})`)
    set(body.token)
  }
  const get = () => (pending ??= fetchToken().finally(() => (pending = null)))

  return {
    prime() {
      // a failure here is not the reader's concern yet: ready() tries again when they send
      if (stale() && !pending) get().catch(() => undefined)
    },
    isReady: () => !stale() && !pending && waitLeft() <= 0,
    async ready() {
      if (stale()) await get()
      const left = waitLeft()
      if (left > 0) await sleep(left)
    },
    replace(token) {
      if (token) set(token)
      else field.value = ''
    },
  }
}
