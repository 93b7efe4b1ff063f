import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { RESERVED_PAGE_SLUGS } from '../lib/collections'
import { contentCollection } from './content'

/** Slugs the public site uses for its own routes: a page cannot take them (derived from the registry). */
export { RESERVED_PAGE_SLUGS }

export const Pages: CollectionConfig = contentCollection({
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: 'Free pages at /<slug>: about, land acknowledgement, code of conduct...',
  },
  fields: [
    ...titleAndSlug('title', { reserved: RESERVED_PAGE_SLUGS }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'Shown in link previews.' },
    },
    { name: 'body', type: 'richText', required: true, localized: true },
  ],
})
