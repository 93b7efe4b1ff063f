/**
 * The web app manifest (/manifest.webmanifest): the hub's name and icons for "add to home
 * screen" and browser tabs. Next links it from every page. The icons are drawn by
 * src/cli/icons.ts.
 */
import type { MetadataRoute } from 'next'
import { getSiteSettings } from '../data/site'

// the site name is an editable setting: read it per request, not frozen into the build
export const dynamic = 'force-dynamic'

const FALLBACK_NAME = 'Allyship Hub'

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const settings = await getSiteSettings('en').catch(() => null)
  const name = settings?.siteName || FALLBACK_NAME
  return {
    name,
    short_name: name.length <= 12 ? name : 'Allyship',
    description: settings?.tagline ?? undefined,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    theme_color: '#5b2a86',
    background_color: '#fdfcf8',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512' },
      { src: '/icons/maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  }
}
