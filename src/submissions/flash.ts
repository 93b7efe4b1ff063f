/**
 * "Flash": how a browser without JavaScript gets its form back, filled in, with the messages.
 * The endpoint answers 303 to the form's page with `?check=<id>` and puts what was typed and
 * what was wrong in short-lived cookies (HttpOnly, SameSite=Lax, 15 minutes). The page shows
 * them only when the `check` id in its URL matches, so an old flash never surfaces on a later
 * visit. Nothing is stored on the server; content pages never read these cookies. The form comes
 * back with a form token (`token`): the page it comes back on is per visitor, unlike public pages.
 *
 * The value is compressed JSON, signed with the server secret (checked before it is inflated),
 * split over at most FLASH_CHUNKS cookies of FLASH_CHUNK characters.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { payloadSecret, serverUrl } from '../lib/env'
import type { Locale } from '../lib/languages'
import { FORMS, type FieldError, type FormName, type FormValues } from './config'

export type Flash = {
  id: string
  form: FormName
  locale: Locale
  values: FormValues
  errors: FieldError[]
  /** a listed resource the suggested link duplicates */
  existing?: { href: string; title: string }
  /**
   * `check`: the form was sent without a token (no JavaScript on a page every reader shares), so it
   * comes back to be checked and sent again; nothing was wrong with it and nothing was stored
   */
  step?: 'check'
  /** the form token the form comes back with (the page that shows it is per visitor anyway) */
  token?: string
  /** expiry, epoch ms */
  exp: number
}

export const FLASH_COOKIE = 'ah_flash'
export const FLASH_MAX_AGE_S = 15 * 60
const FLASH_CHUNK = 3800
const FLASH_CHUNKS = 3

const sign = (data: string) => createHmac('sha256', payloadSecret()).update(`flash:v1:${data}`).digest()

const attributes = (maxAge: number) =>
  `Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${serverUrl().startsWith('https:') ? '; Secure' : ''}`

export const newFlashId = () => randomBytes(9).toString('base64url')

/** `Set-Cookie` values carrying the flash, or null when it is too large to carry in cookies. */
export function flashCookies(flash: Omit<Flash, 'exp'>, now = Date.now()): string[] | null {
  const data = deflateRawSync(
    Buffer.from(JSON.stringify({ ...flash, exp: now + FLASH_MAX_AGE_S * 1000 }), 'utf8'),
  ).toString('base64url')
  const value = `${sign(data).toString('base64url')}.${data}`
  const chunks: string[] = []
  for (let i = 0; i < value.length; i += FLASH_CHUNK) chunks.push(value.slice(i, i + FLASH_CHUNK))
  if (chunks.length > FLASH_CHUNKS) return null
  const cookies = chunks.map((chunk, i) => `${FLASH_COOKIE}_${i}=${chunk}; ${attributes(FLASH_MAX_AGE_S)}`)
  // drop chunks left over from an earlier, longer flash
  for (let i = chunks.length; i < FLASH_CHUNKS; i++) cookies.push(`${FLASH_COOKIE}_${i}=; ${attributes(0)}`)
  return cookies
}

/** `Set-Cookie` values that remove any flash (after a successful send). */
export const clearFlashCookies = (): string[] =>
  Array.from({ length: FLASH_CHUNKS }, (_, i) => `${FLASH_COOKIE}_${i}=; ${attributes(0)}`)

type CookieReader = { get(name: string): { value: string } | undefined }

/** The flash with this id, from the request's cookies; null when absent, expired, altered or another one. */
export function readFlash(cookies: CookieReader, id: string | undefined | null, now = Date.now()): Flash | null {
  if (!id) return null
  let value = ''
  for (let i = 0; i < FLASH_CHUNKS; i++) {
    const chunk = cookies.get(`${FLASH_COOKIE}_${i}`)?.value
    if (!chunk) break
    value += chunk
  }
  const dot = value.indexOf('.')
  if (dot < 0) return null
  const given = Buffer.from(value.slice(0, dot), 'base64url')
  const data = value.slice(dot + 1)
  const expected = sign(data)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const flash = JSON.parse(
      inflateRawSync(Buffer.from(data, 'base64url'), { maxOutputLength: 256 * 1024 }).toString('utf8'),
    ) as Flash
    if (flash.id !== id || !(FORMS as readonly string[]).includes(flash.form) || !(flash.exp > now)) return null
    if (flash.token !== undefined && typeof flash.token !== 'string') return null
    return flash
  } catch {
    return null
  }
}
