import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { contentCollection } from './content'

export const PRACTICE_KINDS = [
  { value: 'reflection-question', label: 'Reflection question' },
  { value: 'action-tip', label: 'Action tip' },
  { value: 'in-practice', label: '"In practice" example' },
] as const

export const Practices: CollectionConfig = contentCollection({
  slug: 'practices',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: 'order',
  fields: [
    ...titleAndSlug('title', { description: 'The question, tip or example in a few words.' }),
    { name: 'kind', type: 'select', required: true, options: PRACTICE_KINDS.map((k) => ({ ...k })), index: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'principles', type: 'relationship', relationTo: 'principles', hasMany: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
