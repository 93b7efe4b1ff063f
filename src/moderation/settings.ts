/**
 * The moderators' side, configured from the environment, read in one place.
 *
 * SMTP_HOST, SMTP_PORT (default 587; 465 means implicit TLS), SMTP_USER, SMTP_PASS, SMTP_FROM
 *   ("Allyship Hub <hub@example.org>" or a bare address): with SMTP_HOST set, Payload sends email
 *   through SMTP; without it, moderators' notifications are a log line.
 * MODERATOR_EMAILS: comma-separated recipients of "new submission" notifications; when unset,
 *   every account with a moderating role (editor, reviewer, admin).
 * SUBMISSION_RETENTION_DAYS: how long the name and email of spam and declined submissions are
 *   kept after the decision (default 30).
 * JOBS_AUTORUN: `0` stops this app instance from running the jobs queue by itself (use it when
 *   another instance, or a cron calling /api/payload-jobs/run, does).
 * JOBS_RUN_SECRET: lets a scheduler call /api/payload-jobs/run with `Authorization: Bearer <secret>`.
 * JOBS_SCHEDULE_CRON: how often the `default` queue (scheduled publish and unpublish) is run; a cron
 *   expression of 5 fields, or 6 with seconds first (default every minute, `* * * * *`; browser tests
 *   use `*\/5 * * * * *`).
 */
type Env = Record<string, string | undefined>

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  fromAddress: string
  fromName: string
}

const DEFAULT_FROM_NAME = 'Allyship Hub'

/** "Name <address>" or "address" → its parts. */
export function parseFrom(value: string | undefined, fallbackHost: string): { fromAddress: string; fromName: string } {
  const text = (value ?? '').trim()
  const angled = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text)
  if (angled) return { fromName: angled[1]!.trim() || DEFAULT_FROM_NAME, fromAddress: angled[2]!.trim() }
  if (text) return { fromName: DEFAULT_FROM_NAME, fromAddress: text }
  return { fromName: DEFAULT_FROM_NAME, fromAddress: `no-reply@${fallbackHost}` }
}

/** The SMTP settings, or null when SMTP_HOST is not set (then nothing is sent by email). */
export function smtpSettings(env: Env = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const port = Number(env.SMTP_PORT ?? '') || 587
  const user = env.SMTP_USER?.trim()
  return {
    host,
    port,
    secure: port === 465,
    ...(user ? { auth: { user, pass: env.SMTP_PASS ?? '' } } : {}),
    ...parseFrom(env.SMTP_FROM, host.replace(/^smtp\./, '')),
  }
}

/** MODERATOR_EMAILS as a list (empty when unset: then every moderating account is told). */
export function moderatorEmails(env: Env = process.env): string[] {
  return (env.MODERATOR_EMAILS ?? '')
    .split(/[,;\s]+/)
    .map((e) => e.trim())
    .filter((e) => /^[^@\s]+@[^@\s]+$/.test(e))
}

export const DEFAULT_RETENTION_DAYS = 30

/** SUBMISSION_RETENTION_DAYS, a positive whole number of days (default 30). */
export function retentionDays(env: Env = process.env): number {
  const raw = env.SUBMISSION_RETENTION_DAYS
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETENTION_DAYS
  const n = Number(raw)
  if (Number.isInteger(n) && n > 0) return n
  console.warn(`[moderation] SUBMISSION_RETENTION_DAYS=${JSON.stringify(raw)} is not a positive whole number; using ${DEFAULT_RETENTION_DAYS}.`)
  return DEFAULT_RETENTION_DAYS
}

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
  if ((fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\d*/,\-A-Za-z?LW#]+$/.test(f))) return fields.join(' ')
  console.warn(`[jobs] JOBS_SCHEDULE_CRON=${JSON.stringify(raw)} is not a cron expression of 5 or 6 fields; using ${DEFAULT_SCHEDULE_CRON}.`)
  return DEFAULT_SCHEDULE_CRON
}

/**
 * Queues of the jobs system: notifications go out within the minute, maintenance runs nightly, and
 * scheduled publishing runs on `default`, the queue Payload's `schedulePublish` task is queued on.
 */
export const QUEUES = { notify: 'moderation', maintenance: 'maintenance', schedule: 'default' } as const
