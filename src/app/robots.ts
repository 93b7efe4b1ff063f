import type { MetadataRoute } from 'next'
import { LOCALES } from '../lib/languages'
import { absoluteUrl, routes } from '../lib/routes'

// SERVER_URL is read at request time, not frozen into the build
export const dynamic = 'force-dynamic'

/**
 * Everything public may be crawled except the admin, the API, search results and contributors'
 * status pages. Rules are anchored (`$` ends a path, `/` or `?` follows it) so that a free page
 * whose slug merely starts the same way (`/search-tips`, `/administration`) stays crawlable.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: [
          '/admin$',
          '/admin/',
          '/api/',
          ...LOCALES.flatMap(({ code }) => [
            `${routes.contribute(code)}/status/`,
            `${routes.search(code)}$`,
            `${routes.search(code)}?`,
          ]),
        ],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
