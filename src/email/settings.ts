/**
 * SMTP, configured from the environment, read in one place.
 *
 * SMTP_HOST, SMTP_PORT (default 587; 465 means implicit TLS), SMTP_USER, SMTP_PASS, SMTP_FROM
 *   ("Allyship Hub <hub@example.org>" or a bare address): with SMTP_HOST set, Payload sends email
 *   through SMTP; without it, Payload keeps its console adapter and notifications are a log line.
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
