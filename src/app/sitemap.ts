import type { MetadataRoute } from 'next'
import { getSitemapEntries } from '../feed/sitemap-entries'

// read per request (there is no database at build time); the read itself is cached
// until something published changes
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries()
}
