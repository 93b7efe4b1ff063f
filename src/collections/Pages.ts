import type { CollectionConfig } from 'payload'
import { slug } from '../fields/slug'
import { contentCollection } from './content'

/** Slugs the public site uses for its own routes: a page cannot take them. */
export const RESERVED_PAGE_SLUGS = [
  'admin', 'api', 'fr', 'en', 'principles', 'resources', 'topics', 'glossary', 'faq', 'events',
  'credits', 'search', 'contribute', 'feed', 'sitemap', 'robots', 'next', 'preview', 'media', 'practices',
  'page-not-found',
]

export const Pages: CollectionConfig = contentCollection({
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: 'Free pages at /<slug>: about, land acknowledgement, code of conduct...',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slug('title', { reserved: RESERVED_PAGE_SLUGS }),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, admin: { description: 'Shown in link previews.' } },
    { name: 'body', type: 'richText', required: true, localized: true },
  ],
})
