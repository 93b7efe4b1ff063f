import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'
import { fileURLToPath } from 'node:url'

/** Interface strings: one catalogue per locale (src/messages), loaded by src/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const https = process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https:')

/**
 * Content-Security-Policy. Scripts and styles come from this origin only; no `'unsafe-eval'`.
 * `script-src` keeps `'unsafe-inline'`: Next writes each page's data as inline scripts
 * (`self.__next_f.push(...)`) that differ per page, so hashes cannot list them, and nonces would
 * make every page render per request (no static or cached pages). With no third-party origin
 * allowed and every user-written text escaped, an injected inline script has no way in.
 * Public pages may not be framed at all, except a page previewed inside the admin's Live Preview
 * (same origin, draft-mode cookie set); the admin may frame this site only.
 */
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

/** Baseline security headers on every response. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: csp("'none'") },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

/** Framed by this site only: the admin (its Live Preview frame) and pages previewed inside it. */
const framedBySelf = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: csp("'self'") },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // with REDIS_URL, Next's cache lives in Redis and every instance shares it (src/server/cache-handler.mjs);
  // read when the server starts, so one build serves both ways
  ...(process.env.REDIS_URL
    ? {
        cacheHandler: fileURLToPath(new URL('./src/server/cache-handler.mjs', import.meta.url)),
        cacheMaxMemorySize: 0,
      }
    : {}),
  reactStrictMode: true,
  async headers() {
    // later entries override earlier ones for the same header
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/admin/:path*', headers: framedBySelf },
      { source: '/admin', headers: framedBySelf },
      { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }], headers: framedBySelf },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
