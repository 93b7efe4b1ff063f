import type { CollectionConfig } from 'payload'
import { slug } from '../fields/slug'
import { validateHttpUrl } from '../lib/url'
import { contentCollection } from './content'

export const SOURCE_KINDS = [
  { value: 'person', label: 'Person' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'community-group', label: 'Community group' },
  { value: 'publication', label: 'Publication' },
  { value: 'website', label: 'Website' },
] as const

const CREDITING_COLLECTIONS = [
  { name: 'creditedInPrinciples', collection: 'principles' },
  { name: 'creditedInResources', collection: 'resources' },
  { name: 'creditedInTopics', collection: 'topics' },
  { name: 'creditedInGlossaryTerms', collection: 'glossary-terms' },
  { name: 'creditedInPractices', collection: 'practices' },
  { name: 'creditedInFaqs', collection: 'faqs' },
  { name: 'creditedInEvents', collection: 'events' },
  { name: 'creditedInPages', collection: 'pages' },
] as const

/** The people, organisations and publications the hub credits. */
export const Sources: CollectionConfig = contentCollection(
  {
    slug: 'sources',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'licence', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'website'],
      description: 'Everyone and everything the hub draws on and credits.',
    },
    defaultSort: 'title',
    fields: [
      { name: 'title', type: 'text', required: true, label: 'Name', maxLength: 200 },
      slug(),
      { name: 'kind', type: 'select', required: true, options: SOURCE_KINDS.map((k) => ({ ...k })) },
      {
        name: 'website',
        type: 'text',
        validate: (value: unknown) => validateHttpUrl(value, { required: false }),
      },
      { name: 'description', type: 'textarea', localized: true, maxLength: 600 },
      {
        name: 'reuseNotes',
        type: 'textarea',
        localized: true,
        maxLength: 1000,
        admin: { description: 'What the source says about reuse, translation and credit, in plain words.' },
      },
      {
        type: 'collapsible',
        label: 'Credited in',
        admin: { description: 'Everything that credits this source (set on the other side, in each item’s credits).' },
        // one join per collection: polymorphic joins cannot follow a relationship inside an array
        fields: CREDITING_COLLECTIONS.map(({ name, collection }) => ({
          name,
          type: 'join' as const,
          collection,
          on: 'credits.source',
        })),
      },
      { name: 'publishedResources', type: 'join', collection: 'resources', on: 'publisher' },
    ],
  },
  {
    credits: false,
    licence: {
      defaultValue: 'unknown',
      admin: { position: 'sidebar', description: "Licence of this source's own work." },
    },
  },
)
