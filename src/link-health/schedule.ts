/**
 * Checking many links politely (`checkUrls`): several at once (4 by default), never two on the
 * same host at once (`hostKey`), in the order given, and nothing started after the deadline or once
 * the run is stopped.
 */
import { checkUrl, type CheckOptions, type LinkResult } from './check'
import { describeError } from './request'

export const hostKey = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return ''
  }
}

export type CheckManyOptions = CheckOptions & {
  /** links checked at once (default 4); never more than one per host */
  concurrency?: number
  /** epoch ms: no check starts after it */
  deadline?: number
  /** called as each result arrives (e.g. to save it), before the next link of that host starts */
  onResult?: (result: LinkResult) => Promise<void> | void
}

/**
 * Checks many links politely: at most `concurrency` at once, one per host at a time, in the
 * order given (the next link whose host is free goes first). Duplicates are checked once.
 * Returns the results of the links it checked; those it did not start before the deadline are
 * left out.
 */
export async function checkUrls(urls: readonly string[], options: CheckManyOptions): Promise<LinkResult[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4))
  const pending = [...new Set(urls)]
  const busy = new Set<string>()
  const results: LinkResult[] = []
  let active = 0
  return new Promise<LinkResult[]>((resolve) => {
    const stopped = () => options.signal?.aborted || (options.deadline !== undefined && Date.now() >= options.deadline)
    const pump = () => {
      if (stopped()) pending.length = 0
      for (let i = 0; i < pending.length && active < concurrency;) {
        const url = pending[i]!
        const host = hostKey(url)
        if (busy.has(host)) {
          i++
          continue
        }
        pending.splice(i, 1)
        busy.add(host)
        active++
        void (async () => {
          try {
            const result = await checkUrl(url, options)
            results.push(result)
            await options.onResult?.(result)
          } catch (err) {
            console.error(`[link-health] ${url}: ${describeError(err)}`)
          } finally {
            busy.delete(host)
            active--
            pump()
          }
        })()
      }
      if (active === 0 && pending.length === 0) resolve(results)
    }
    pump()
  })
}
