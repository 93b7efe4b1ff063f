/**
 * The confirm and unsubscribe links of a subscription: `s=<id>&t=<HMAC>`, where the HMAC is
 * HMAC-SHA256(server secret, "digest:v1:<action>:<id>"). Nothing secret is stored; the link is
 * the proof, so it works without cookies or a form token (RFC 8058 one-click unsubscribe).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { payloadSecret, serverUrl } from '@/lib/env'
import type { Locale } from '@/lib/languages'
import { localePrefix } from '@/lib/routes'

export type LinkAction = 'confirm' | 'unsubscribe'

const sign = (action: LinkAction, id: number): Buffer =>
  createHmac('sha256', payloadSecret()).update(`digest:v1:${action}:${id}`).digest()

export const linkToken = (action: LinkAction, id: number): string => sign(action, id).toString('base64url')

/** The subscriber id the link is for, or null when the link was not made by this server. */
export function verifyLink(action: LinkAction, s: unknown, t: unknown): number | null {
  if (typeof s !== 'string' || !/^\d{1,12}$/.test(s) || typeof t !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(t))
    return null
  const id = Number(s)
  const given = Buffer.from(t, 'base64url')
  if (given.toString('base64url') !== t) return null
  const expected = sign(action, id)
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}

const query = (action: LinkAction, id: number) => `s=${id}&t=${linkToken(action, id)}`

export const subscribePath = (locale: Locale, rest = '') => `${localePrefix(locale)}/subscribe${rest}`
export const donePath = (locale: Locale, status: string) => subscribePath(locale, `/done?status=${status}`)

/** The page the confirmation email links to: it confirms with one button (a POST). */
export const confirmUrl = (locale: Locale, id: number) =>
  `${serverUrl()}${subscribePath(locale, `/confirm?${query('confirm', id)}`)}`

/** The page a digest's footer links to: one button unsubscribes. */
export const unsubscribePageUrl = (locale: Locale, id: number) =>
  `${serverUrl()}${subscribePath(locale, `/unsubscribe?${query('unsubscribe', id)}`)}`

/** The `List-Unsubscribe` target: POST unsubscribes at once (RFC 8058), GET leads to the page. */
export const oneClickUrl = (locale: Locale, id: number) =>
  `${serverUrl()}/api/digest/unsubscribe?${query('unsubscribe', id)}&l=${locale}`
