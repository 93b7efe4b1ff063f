/**
 * Cache tag names, defined once: used by the data fetchers and by the hooks that
 * revalidate them, so no tag string is typed twice.
 */
export const TAGS = {
  collection: (slug: string) => `collection:${slug}`,
  document: (slug: string, key: string | number) => `doc:${slug}:${key}`,
  siteSettings: 'global:site-settings',
} as const
