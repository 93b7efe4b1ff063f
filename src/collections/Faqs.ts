import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { contentCollection } from './content'

export const Faqs: CollectionConfig = contentCollection({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'order', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['question'],
  },
  defaultSort: 'order',
  fields: [
    ...titleAndSlug('question'),
    { name: 'answer', type: 'richText', required: true, localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
