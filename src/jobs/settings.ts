/**
 * The jobs queue, configured from the environment.
 *
 * JOBS_AUTORUN: `0` stops this app instance from running the jobs queue by itself (use it when
 *   another instance, or a cron calling /api/payload-jobs/run, does).
 * JOBS_RUN_SECRET: lets a scheduler call /api/payload-jobs/run with `Authorization: Bearer <secret>`.
 * JOBS_SCHEDULE_CRON: how often the `default` queue (scheduled publish and unpublish) is run; a cron
 *   expression of 5 fields, or 6 with seconds first (default every minute, `* * * * *`; browser tests
 *   use `*\/5 * * * * *`).
 * DIGEST_CRON: when the email digest is sent (default `0 8 * * 1`, Monday 08:00 UTC; the maintenance
 *   queue runs every 10 minutes, so it goes out by 08:10).
 */
type Env = Record<string, string | undefined>

export const jobsAutoRun = (env: Env = process.env): boolean => env.JOBS_AUTORUN !== '0'
export const jobsRunSecret = (env: Env = process.env): string | null => env.JOBS_RUN_SECRET?.trim() || null

export const DEFAULT_SCHEDULE_CRON = '* * * * *'

/** A cron expression of 5 fields (minute precision) or 6 (seconds first), as Payload's cron library reads them. */
function cronSetting(name: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim()
  if (!value) return fallback
  const fields = value.split(/\s+/)
  if ((fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\d*/,\-A-Za-z?LW#]+$/.test(f)))
    return fields.join(' ')
  console.warn(`[jobs] ${name}=${JSON.stringify(value)} is not a cron expression of 5 or 6 fields; using ${fallback}.`)
  return fallback
}

/** JOBS_SCHEDULE_CRON, or every minute (with a warning when it is not a cron expression). */
export const jobsScheduleCron = (env: Env = process.env): string =>
  cronSetting('JOBS_SCHEDULE_CRON', env.JOBS_SCHEDULE_CRON, DEFAULT_SCHEDULE_CRON)

/** The email digest (src/digest): Monday 08:00 UTC. */
export const DEFAULT_DIGEST_CRON = '0 8 * * 1'

/** DIGEST_CRON: when the weekly digest task is queued on the maintenance queue (default Monday 08:00). */
export const digestCron = (env: Env = process.env): string =>
  cronSetting('DIGEST_CRON', env.DIGEST_CRON, DEFAULT_DIGEST_CRON)

/**
 * Queues of the jobs system: notifications go out within the minute, maintenance runs nightly, and
 * scheduled publishing runs on `default`, the queue Payload's `schedulePublish` task is queued on.
 */
export const QUEUES = { notify: 'moderation', maintenance: 'maintenance', schedule: 'default' } as const
