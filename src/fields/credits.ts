import type { ArrayField } from 'payload'

export const CREDIT_ROLES = [
  { value: 'author', label: 'Author' },
  { value: 'adapted-from', label: 'Adapted from' },
  { value: 'compiled-by', label: 'Compiled by' },
  { value: 'translated-by', label: 'Translated by' },
  { value: 'reviewed-by', label: 'Reviewed by' },
  { value: 'publisher', label: 'Publisher' },
] as const

/**
 * Sources credited on an item, each with its role. `sources` has a join on
 * `credits.source`, so a source lists everything that credits it.
 */
export function credits(): ArrayField {
  return {
    name: 'credits',
    type: 'array',
    labels: { singular: 'Credit', plural: 'Credits' },
    admin: {
      description: 'Who this item draws on, and how. Every item credits at least the source it came from.',
      initCollapsed: true,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'source', type: 'relationship', relationTo: 'sources', required: true, admin: { width: '60%' } },
          {
            name: 'role',
            type: 'select',
            required: true,
            defaultValue: 'adapted-from',
            options: CREDIT_ROLES.map((r) => ({ ...r })),
            admin: { width: '40%' },
          },
        ],
      },
      {
        name: 'note',
        type: 'text',
        localized: true,
        admin: { description: 'Optional: what exactly was drawn from it.' },
      },
    ],
  }
}
