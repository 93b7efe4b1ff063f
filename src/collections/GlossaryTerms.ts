import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { contentCollection } from './content'

export const GlossaryTerms: CollectionConfig = contentCollection({
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary terms' },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', '_status', 'workflowStatus', 'updatedAt'],
    listSearchableFields: ['term', 'summary'],
  },
  // a localized field cannot be the default sort of a join (Payload builds invalid SQL), so sort by slug
  defaultSort: 'slug',
  fields: [
    ...titleAndSlug('term', { maxLength: 120 }),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'A one-sentence definition for lists and link previews.' },
    },
    { name: 'definition', type: 'richText', localized: true },
    {
      name: 'relatedTerms',
      type: 'relationship',
      relationTo: 'glossary-terms',
      hasMany: true,
      // a term's related terms show their own names, never theirs in turn: a self-relation must not nest
      maxDepth: 1,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'learnMore',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: { description: '"Learn more" reading.' },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  ],
})
