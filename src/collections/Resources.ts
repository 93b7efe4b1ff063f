import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { RESOURCE_LANGUAGES } from '../lib/languages'
import { validateHttpUrl } from '../lib/url'
import { resourceImportEndpoints } from '../import/endpoints'
import { resetLinkHealthOnNewUrl } from '../link-health/reset'
import { contentCollection } from './content'

export const RESOURCE_KINDS = [
  { value: 'article', label: 'Article' },
  { value: 'guide', label: 'Guide' },
  { value: 'glossary', label: 'Glossary' },
  { value: 'book', label: 'Book' },
  { value: 'video', label: 'Video' },
  { value: 'podcast', label: 'Podcast' },
  { value: 'toolkit', label: 'Toolkit' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'website', label: 'Website' },
] as const

export const LINK_STATUSES = [
  { value: 'unchecked', label: 'Not checked yet' },
  { value: 'ok', label: 'OK' },
  { value: 'redirected', label: 'Moved (redirects)' },
  { value: 'broken', label: 'Broken' },
  { value: 'error', label: 'Could not check' },
] as const

export const Resources: CollectionConfig = contentCollection(
  {
    slug: 'resources',
    admin: {
      useAsTitle: 'title',
      // link health in the list, with quick filters above it (src/link-health; broken and moved links)
      defaultColumns: ['title', 'kind', 'language', '_status', 'workflowStatus', 'linkHealth.status', 'updatedAt'],
      listSearchableFields: ['title', 'summary', 'url'],
      description: 'Links are checked every night: filter by link health to find broken and moved ones.',
      components: {
        beforeListTable: [
          '/src/components/admin/LinkHealthWidget#LinkHealthListFilters',
          '/src/components/admin/ResourceImport#ResourceImport',
        ],
      },
    },
    defaultSort: '-createdAt',
    // bulk import (dry run first) and export of resources as CSV, for editors: src/import
    endpoints: resourceImportEndpoints,
    hooks: { beforeChange: [resetLinkHealthOnNewUrl] },
    fields: [
      ...titleAndSlug(),
      {
        name: 'url',
        type: 'text',
        required: true,
        index: true,
        validate: (value: unknown) => validateHttpUrl(value),
        admin: { description: 'The external address readers go to (http or https).' },
      },
      {
        name: 'summary',
        type: 'textarea',
        required: true,
        localized: true,
        maxLength: 600,
        admin: { description: 'In our own words: what it is and why it helps. Quote only briefly, marked as a quote.' },
      },
      { name: 'notes', type: 'richText', localized: true, admin: { description: 'Optional longer notes.' } },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            options: RESOURCE_KINDS.map((k) => ({ ...k })),
            admin: { width: '34%' },
          },
          {
            name: 'language',
            type: 'select',
            required: true,
            defaultValue: 'en',
            options: RESOURCE_LANGUAGES.map((l) => ({ ...l })),
            admin: { width: '33%', description: 'Language of the linked work.' },
          },
          {
            name: 'year',
            type: 'number',
            min: 1800,
            max: 2100,
            admin: { width: '33%', description: 'Year published.' },
          },
        ],
      },
      {
        name: 'publisher',
        type: 'relationship',
        relationTo: 'sources',
        index: true,
        admin: { description: 'Author or publisher of the linked work.' },
      },
      { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
      { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
      {
        name: 'linkHealth',
        type: 'group',
        // written by the checker only; an edit form left open cannot send an old verdict back
        access: { create: () => false, update: () => false },
        admin: { description: 'Written by the link checker; never unpublishes anything by itself.' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'status',
                type: 'select',
                defaultValue: 'unchecked',
                index: true,
                options: LINK_STATUSES.map((s) => ({ ...s })),
                admin: { readOnly: true },
              },
              { name: 'httpStatus', type: 'number', admin: { readOnly: true } },
              { name: 'checkedAt', type: 'date', admin: { readOnly: true } },
            ],
          },
          {
            name: 'finalUrl',
            type: 'text',
            admin: { readOnly: true, description: 'Where the link ends up after redirects.' },
          },
        ],
      },
    ],
  },
  {
    licence: {
      defaultValue: 'unknown',
      admin: { position: 'sidebar', description: 'Licence of the linked work as its owner states it.' },
    },
  },
)
