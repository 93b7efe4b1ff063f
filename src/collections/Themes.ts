import type { CollectionConfig } from 'payload'
import { slug } from '../fields/slug'
import { contentCollection } from './content'

/** The headings principles are grouped under ("Responsibility, not guilt", ...). */
export const Themes: CollectionConfig = contentCollection(
  {
    slug: 'themes',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'order', '_status', 'updatedAt'],
      listSearchableFields: ['title'],
      description: 'Headings that group principles on the public site.',
    },
    defaultSort: 'order',
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      slug(),
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      {
        name: 'order',
        type: 'number',
        defaultValue: 0,
        admin: { position: 'sidebar', description: 'Lower numbers come first.' },
      },
      { name: 'principles', type: 'join', collection: 'principles', on: 'theme', defaultSort: 'order' },
    ],
  },
  { credits: false },
)
