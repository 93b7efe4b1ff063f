/**
 * One request of the link checker: no redirect following (`redirect: 'manual'`), its own timeout,
 * stopped with the run, behind the SSRF guard (guard.ts), its body never read; and errors described
 * for people.
 */
import { refusePrivateHost } from './guard'

export type RequestOptions = {
  timeoutMs: number
  userAgent: string
  allowPrivate?: boolean
  /** aborts every request in flight (the run is being stopped) */
  signal?: AbortSignal
}

export class TimeoutError extends Error {
  override name = 'TimeoutError'
}

/** One request (no redirect following), its body discarded; aborted after `timeoutMs`. */
export async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: RequestOptions,
): Promise<{ status: number; location: string | null }> {
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`no answer within ${options.timeoutMs} ms`)),
    options.timeoutMs,
  )
  const outer = options.signal
  const onOuterAbort = () => controller.abort(outer?.reason ?? new Error('stopped'))
  outer?.addEventListener('abort', onOuterAbort, { once: true })
  try {
    if (!options.allowPrivate) await refusePrivateHost(new URL(url).hostname, controller.signal)
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      // inside a Next server, fetch is Next's: never serve a check from its data cache
      cache: 'no-store',
      signal: controller.signal,
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    await res.body?.cancel().catch(() => undefined)
    return { status: res.status, location: res.headers.get('location') }
  } catch (err) {
    // fetch reports an abort as an AbortError: give back the reason we aborted with
    if (controller.signal.aborted && controller.signal.reason instanceof Error) throw controller.signal.reason
    throw err
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onOuterAbort)
  }
}

/** An error in a few words: the network error's code and message when there is one. */
export const describeError = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err)
  const cause = (err as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ? `${cause.code}${cause.message ? `: ${cause.message}` : ''}` : err.message
}
