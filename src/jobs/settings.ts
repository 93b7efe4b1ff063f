/**
 * The jobs queue, configured from the environment.
 *
 * JOBS_AUTORUN: `0` stops this app instance from running the jobs queue by itself (use it when
 *   another instance, or a cron calling /api/payload-jobs/run, does).
 * JOBS_RUN_SECRET: lets a scheduler call /api/payload-jobs/run with `Authorization: Bearer <secret>`.
 * JOBS_SCHEDULE_CRON: how often the `default` queue (scheduled publish and unpublish) is run; a cron
 *   expression of 5 fields, or 6 with seconds first (default every minute, `* * * * *`; browser tests
 *   use `*\/5 * * * * *`).
 */
type Env = Record<string, string | undefined>

export const jobsAutoRun = (env: Env = process.env): boolean => env.JOBS_AUTORUN !== '0'
export const jobsRunSecret = (env: Env = process.env): string | null => env.JOBS_RUN_SECRET?.trim() || null

export const DEFAULT_SCHEDULE_CRON = '* * * * *'

/**
 * JOBS_SCHEDULE_CRON: 5 cron fields (minute precision) or 6 (seconds first), as Payload's cron
 * library reads them; anything else falls back to every minute, with a warning.
 */
export function jobsScheduleCron(env: Env = process.env): string {
  const raw = env.JOBS_SCHEDULE_CRON?.trim()
  if (!raw) return DEFAULT_SCHEDULE_CRON
  const fields = raw.split(/\s+/)
  if ((fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\d*/,\-A-Za-z?LW#]+$/.test(f)))
    return fields.join(' ')
  console.warn(
    `[jobs] JOBS_SCHEDULE_CRON=${JSON.stringify(raw)} is not a cron expression of 5 or 6 fields; using ${DEFAULT_SCHEDULE_CRON}.`,
  )
  return DEFAULT_SCHEDULE_CRON
}

/**
 * Queues of the jobs system: notifications go out within the minute, maintenance runs nightly, and
 * scheduled publishing runs on `default`, the queue Payload's `schedulePublish` task is queued on.
 */
export const QUEUES = { notify: 'moderation', maintenance: 'maintenance', schedule: 'default' } as const
