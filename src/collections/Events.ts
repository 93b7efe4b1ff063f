import type { CollectionConfig } from 'payload'
import { titleAndSlug } from '../fields/title'
import { validateHttpUrl } from '../lib/url'
import { contentCollection } from './content'

export const Events: CollectionConfig = contentCollection({
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startDate', 'recurrence', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: 'startDate',
  fields: [
    ...titleAndSlug(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'observance', label: 'Observance day' },
            { value: 'gathering', label: 'Gathering' },
          ],
        },
        {
          name: 'recurrence',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: [
            { value: 'none', label: 'Once' },
            { value: 'yearly', label: 'Every year on the same date' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'endDate',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'For gatherings over several days.' },
          validate: (value: unknown, { siblingData }: { siblingData: { startDate?: string } }) =>
            !value || !siblingData.startDate || new Date(value as string) >= new Date(siblingData.startDate)
              ? true
              : 'The end date cannot be before the start date.',
        },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'location', type: 'text', localized: true },
    {
      name: 'url',
      type: 'text',
      validate: (value: unknown) => validateHttpUrl(value, { required: false }),
      admin: { description: 'Optional link to more information (http or https).' },
    },
  ],
})
