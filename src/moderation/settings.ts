/**
 * The moderators' side, configured from the environment, read in one place. (SMTP is in
 * src/email/settings.ts, the jobs queue in src/jobs/settings.ts.)
 *
 * MODERATOR_EMAILS: comma-separated recipients of "new submission" notifications; when unset,
 *   every account with a moderating role (editor, reviewer, admin).
 * SUBMISSION_RETENTION_DAYS: how long the name and email of spam and declined submissions are
 *   kept after the decision (default 30).
 */
type Env = Record<string, string | undefined>

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
  console.warn(
    `[moderation] SUBMISSION_RETENTION_DAYS=${JSON.stringify(raw)} is not a positive whole number; using ${DEFAULT_RETENTION_DAYS}.`,
  )
  return DEFAULT_RETENTION_DAYS
}
