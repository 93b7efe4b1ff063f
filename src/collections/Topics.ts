import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { contentCollection } from './content'

/** Toolkit pages (Active Listening, Ladder of Inference, ...) that tie everything together. */
export const Topics: CollectionConfig = contentCollection({
  slug: 'topics',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'featured', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: 'order',
  fields: [
    ...titleAndSlug('title', { maxLength: 120 }),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'collapsible',
      label: 'What this topic ties together',
      admin: {
        description: 'Filled from the other side: set the topic on a principle, resource, FAQ, term or practice.',
      },
      fields: [
        { name: 'principles', type: 'join', collection: 'principles', on: 'topics' },
        { name: 'practices', type: 'join', collection: 'practices', on: 'topics' },
        { name: 'faqs', type: 'join', collection: 'faqs', on: 'topics' },
        { name: 'glossaryTerms', type: 'join', collection: 'glossary-terms', on: 'topics' },
        { name: 'resources', type: 'join', collection: 'resources', on: 'topics' },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Shown on the home page.' },
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
