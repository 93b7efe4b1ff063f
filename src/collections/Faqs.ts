import type { CollectionConfig } from 'payload'
import { slug } from '../fields/slug'
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
    { name: 'question', type: 'text', required: true, localized: true, maxLength: 200 },
    slug('question'),
    { name: 'answer', type: 'richText', required: true, localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
