/**
 * Cache tags, defined once. Readers tag what they show with the collections it comes
 * from (`cached(..., ['resources', 'topics'])`); writers revalidate the tag of the
 * collection they changed (src/hooks/revalidate.ts). One tag per collection keeps the
 * mapping obviously right: a change to any resource re-renders every page that lists,
 * links or counts resources, the next time it is visited, and nothing else.
 */
import type { CollectionSlug, GlobalSlug } from 'payload'

export type Taggable = CollectionSlug | GlobalSlug

export const tagFor = (slug: Taggable): string => `payload:${slug}`

/** Every page's layout reads the site settings (name, navigation, footer). */
export const SITE_SETTINGS: GlobalSlug = 'site-settings'
