import type { MetadataRoute } from 'next'
import { LOCALES } from '../lib/languages'
import { absoluteUrl, routes } from '../lib/routes'

// SERVER_URL is read at request time, not frozen into the build
export const dynamic = 'force-dynamic'

/** Everything public may be crawled except search results and contributors' status pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: [
          '/admin',
          '/api',
          ...LOCALES.flatMap(({ code }) => [`${routes.contribute(code)}/status/`, routes.search(code)]),
        ],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
