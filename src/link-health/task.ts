/**
 * The nightly link-health job, on Payload's jobs queue (`maintenance` queue, registered in
 * payload.config.ts next to the moderation tasks).
 *
 * Each run takes the resources whose link was never checked or not for LINK_CHECK_STALE_DAYS
 * (oldest check first), in batches of LINK_CHECK_BATCH, checks their URLs (check.ts: HEAD then
 * GET, redirects, timeouts; schedule.ts: 4 at once and one per host) and records each verdict as it arrives
 * (store.ts: the `linkHealth` columns only). It stops after LINK_CHECK_MAX_PER_RUN links or
 * LINK_CHECK_RUN_BUDGET_MS; what is left is first in line the next night. It never publishes,
 * unpublishes or edits anything else: broken and moved links are for editors to look at (the
 * dashboard's "Links to check" and the Resources list's filters).
 *
 * Run it now from code with `payload.jobs.queue({ task: 'checkLinks', input: {}, queue: 'maintenance' })`
 * then `payload.jobs.run({ queue: 'maintenance' })`, or call `runLinkCheck(payload)`.
 */
import type { Payload, TaskConfig } from 'payload'
import type { LinkVerdict } from './check'
import { checkUrls } from './schedule'
import { CHECK_LINKS_CRON, CHECK_LINKS_TASK, linkCheckSettings, type LinkCheckSettings } from './settings'
import { saveLinkHealth, staleLinks } from './store'
import { QUEUES } from '@/jobs/settings'

const DAY_MS = 24 * 60 * 60 * 1000

export type CheckLinksInput = { timeoutMs?: number | null; staleDays?: number | null; maxLinks?: number | null }
export type CheckLinksOutput = Record<LinkVerdict, number> & { checked: number; stoppedEarly: boolean }

export type RunOptions = Partial<LinkCheckSettings> & { now?: Date }

export async function runLinkCheck(payload: Payload, options: RunOptions = {}): Promise<CheckLinksOutput> {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== null))
  const s: LinkCheckSettings = { ...linkCheckSettings(), ...defined }
  const now = options.now ?? new Date()
  const deadline = Date.now() + s.runBudgetMs
  const cutoff = new Date(now.getTime() - s.staleDays * DAY_MS)
  const out: CheckLinksOutput = { checked: 0, ok: 0, redirected: 0, broken: 0, error: 0, stoppedEarly: false }
  const seen = new Set<string>()

  while (seen.size < s.maxPerRun) {
    if (Date.now() >= deadline) {
      out.stoppedEarly = true
      break
    }
    const limit = Math.min(s.batch, s.maxPerRun - seen.size)
    const candidates = await staleLinks(payload, { cutoff, limit, exclude: [...seen] })
    if (!candidates.length) break
    const urls = [...new Set(candidates.map((c) => c.url))]
    for (const url of urls) seen.add(url)
    const results = await checkUrls(urls, {
      timeoutMs: s.timeoutMs,
      userAgent: s.userAgent,
      allowPrivate: s.allowPrivate,
      concurrency: s.concurrency,
      deadline,
      onResult: async (result) => {
        await saveLinkHealth(payload, result)
        out.checked++
        out[result.status]++
        if (result.status !== 'ok') {
          payload.logger.info(
            `[link-health] ${result.status}: ${result.url} — ${result.reason}${result.finalUrl && result.finalUrl !== result.url ? ` → ${result.finalUrl}` : ''}`,
          )
        }
      },
    })
    if (results.length < urls.length) {
      out.stoppedEarly = true
      break
    }
    if (candidates.length < limit) break
  }
  if (!out.stoppedEarly && seen.size >= s.maxPerRun) out.stoppedEarly = true
  payload.logger.info(
    `[link-health] checked ${out.checked} link(s): ${out.ok} ok, ${out.redirected} moved, ${out.broken} broken, ${out.error} could not be checked${out.stoppedEarly ? ' (more wait for the next run)' : ''}`,
  )
  return out
}

const positiveOrUndefined = (v: number | null | undefined) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined

export const checkLinksTask: TaskConfig<{ input: CheckLinksInput; output: CheckLinksOutput }> = {
  slug: CHECK_LINKS_TASK,
  label: 'Check the links of resources',
  inputSchema: [
    {
      name: 'timeoutMs',
      type: 'number',
      min: 1,
      admin: { description: 'Per request; default LINK_CHECK_TIMEOUT_MS or 10 s.' },
    },
    {
      name: 'staleDays',
      type: 'number',
      min: 1,
      admin: { description: 'Check links not checked for this many days; default LINK_CHECK_STALE_DAYS or 7.' },
    },
    {
      name: 'maxLinks',
      type: 'number',
      min: 1,
      admin: { description: 'At most this many links in this run; default LINK_CHECK_MAX_PER_RUN or 1000.' },
    },
  ],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'ok', type: 'number', required: true },
    { name: 'redirected', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
    { name: 'error', type: 'number', required: true },
    { name: 'stoppedEarly', type: 'checkbox', required: true },
  ],
  schedule: [{ cron: CHECK_LINKS_CRON, queue: QUEUES.maintenance }],
  // a database hiccup: once more; unreachable links are results, not failures
  retries: 1,
  handler: async ({ input, req }) => ({
    output: await runLinkCheck(req.payload, {
      timeoutMs: positiveOrUndefined(input?.timeoutMs),
      staleDays: positiveOrUndefined(input?.staleDays),
      maxPerRun: positiveOrUndefined(input?.maxLinks),
    }),
  }),
}
