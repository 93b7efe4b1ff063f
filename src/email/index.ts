/**
 * Payload's email adapter: the official `@payloadcms/email-nodemailer` on SMTP when SMTP_HOST is
 * set (./settings.ts), else none, and Payload keeps its console adapter. Everything sends through
 * `payload.sendEmail`, so nothing else knows which adapter is in use.
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import { smtpSettings } from './settings'

type Env = Record<string, string | undefined>

/** The adapter for payload.config.ts: SMTP when SMTP_HOST is set, else undefined (Payload's console adapter). */
export function emailAdapter(env: Env = process.env): Promise<EmailAdapter> | undefined {
  const settings = smtpSettings(env)
  if (!settings) return undefined
  return nodemailerAdapter({
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    // verifying connects at start-up: a mail server that is down must not delay or fail the boot
    skipVerify: true,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth ? { auth: settings.auth } : {}),
      // a slow mail server must not hold a job runner for minutes
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    },
  })
}

/** Whether this Payload sends real email (false with the console adapter). */
export const sendsEmail = (payload: { email?: { name?: string } | null }): boolean =>
  Boolean(payload.email && payload.email.name !== 'console')
