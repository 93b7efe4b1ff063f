import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { contentCollection } from './content'

export const Principles: CollectionConfig = contentCollection({
  slug: 'principles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', 'order', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: 'order',
  fields: [
    ...titleAndSlug('title', {
      description: 'The principle as one short statement, e.g. "We listen more and speak less".',
    }),
    { name: 'theme', type: 'relationship', relationTo: 'themes', required: true, index: true },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: { description: 'One or two sentences shown in lists and link previews.' },
    },
    { name: 'explanation', type: 'richText', localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'practices', type: 'join', collection: 'practices', on: 'principles' },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Order within its theme.' },
    },
  ],
})
