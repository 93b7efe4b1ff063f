/**
 * Payload's email adapter on SMTP, through nodemailer.
 *
 * This is what `@payloadcms/email-nodemailer` does (a Payload `EmailAdapter` around a nodemailer
 * transport), on the nodemailer the project already depends on: that package's published
 * versions pin `payload` to their own exact version, and none matches the Payload this project
 * runs. Swapping to it later is one line in `emailAdapter()` below; nothing else changes, since
 * everything sends through `payload.sendEmail`.
 *
 * Without SMTP settings no adapter is configured and Payload keeps its console adapter; the
 * moderators' notifications then log one line instead (see notify.ts).
 */
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { smtpSettings, type SmtpSettings } from './settings'

export const SMTP_ADAPTER_NAME = 'smtp'

type Args = { transport: Transporter; fromAddress: string; fromName: string }

/** An email adapter sending through a nodemailer transport (SMTP in production, any transport in tests). */
export function smtpEmailAdapter({ transport, fromAddress, fromName }: Args): EmailAdapter {
  return () => ({
    name: SMTP_ADAPTER_NAME,
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => transport.sendMail({ from: { name: fromName, address: fromAddress }, ...message }),
  })
}

export function smtpTransport(settings: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.auth ? { auth: settings.auth } : {}),
    // a slow mail server must not hold a job runner for minutes
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  })
}

/** The adapter for payload.config.ts: SMTP when SMTP_HOST is set, else undefined (Payload's console adapter). */
export function emailAdapter(env: Record<string, string | undefined> = process.env): EmailAdapter | undefined {
  const settings = smtpSettings(env)
  if (!settings) return undefined
  return smtpEmailAdapter({ transport: smtpTransport(settings), fromAddress: settings.fromAddress, fromName: settings.fromName })
}

/** Whether this Payload sends real email (false with the console adapter). */
export const sendsEmail = (payload: { email?: { name?: string } | null }): boolean =>
  Boolean(payload.email && payload.email.name !== 'console')
