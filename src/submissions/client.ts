/**
 * Who is sending, for the rate limit, without keeping who they are.
 *
 * Next.js 16 gives a route handler no socket: `NextRequest.ip` was removed in Next 15
 * (vercel/next.js#68379). What Next's own server (`next start`) does instead is fill in
 * `X-Forwarded-For` with the socket's remote address when the request has none
 * (next/dist/server/base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`).
 * So:
 * - TRUST_PROXY=1 (behind a proxy or load balancer that sets X-Forwarded-For): the first entry,
 *   the client as the proxy saw it. The proxy must set the header, not append to one sent by
 *   the client (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`).
 * - otherwise: the header as Next filled it in, that is the socket address. A client talking to
 *   Next directly can send its own X-Forwarded-For, which Next then keeps; nothing in a route
 *   handler can tell the difference, which is why production runs behind a proxy with TRUST_PROXY=1.
 *   We take the last entry (the one closest to us).
 *
 * Only a keyed hash (HMAC-SHA256 with the server secret) of the address is ever used or
 * stored: a plain hash of an IPv4 address can be reversed by trying all of them.
 */
import { createHmac } from 'node:crypto'
import { isIP } from 'node:net'
import { payloadSecret } from '../lib/env'
import { trustProxy } from './config'

const clean = (entry: string | undefined): string | null => {
  if (!entry) return null
  let value = entry.trim()
  // "[2001:db8::1]:443" or "203.0.113.7:51234" → the address alone
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, '')
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7)
  return value ? value.toLowerCase() : null
}

export function clientAddress(headers: Headers, trusted: boolean = trustProxy()): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
  const chosen = trusted ? entries[0] : entries[entries.length - 1]
  return clean(chosen) ?? 'unknown'
}

export const hashClientAddress = (address: string): string =>
  createHmac('sha256', payloadSecret()).update(`client-address:v1:${address}`).digest('hex')
