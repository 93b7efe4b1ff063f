import type { ArrayField } from 'payload'
import { staffField } from '../access'

export const CONTRIBUTION_KINDS = [
  { value: 'suggested', label: 'Suggested it' },
  { value: 'corrected', label: 'Sent a correction' },
] as const

/**
 * Community members credited on an item, by the name they chose when they agreed to be credited
 * (never their email). Filled when a moderator accepts their submission; the link back to it is
 * for staff only. When they erase their details from their status page, their row goes too.
 */
export function contributors(): ArrayField {
  return {
    name: 'contributors',
    type: 'array',
    labels: { singular: 'Contributor', plural: 'Community contributors' },
    admin: {
      description:
        'People from the community credited by the name they chose (added when their suggestion is accepted).',
      initCollapsed: true,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, maxLength: 120, admin: { width: '40%' } },
          {
            name: 'contribution',
            type: 'select',
            required: true,
            defaultValue: 'suggested',
            options: CONTRIBUTION_KINDS.map((k) => ({ ...k })),
            admin: { width: '25%' },
          },
          {
            name: 'submission',
            type: 'relationship',
            relationTo: 'submissions',
            access: { read: staffField },
            admin: { width: '35%', description: 'The submission this credit comes from (staff only).' },
          },
        ],
      },
    ],
  }
}
