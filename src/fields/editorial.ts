import type { Field } from 'payload'
import { staffField } from '../access'

export const WORKFLOW_STATUSES = [
  { value: 'draft', label: 'Draft' },
  { value: 'in_review', label: 'In review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
] as const

/**
 * Editorial state and provenance shown in the sidebar of every content collection.
 * `createdBy` is written by the server only (see hooks/setCreatedBy); the review
 * fields are set by the review workflow.
 */
export function editorialFields(): Field[] {
  const serverOnly = { create: () => false, update: () => false }
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATUSES.map((s) => ({ ...s })),
      admin: {
        position: 'sidebar',
        description:
          'Author or editor: “In review” submits it (or back to “Draft” to withdraw). A reviewer who is not the author: “Changes requested” (with a note) or “Approved”. Publishing approves it.',
      },
    },
    {
      // the note sent with a status change (required to request changes); recorded in the review history,
      // kept here for the author while changes are requested. Staff only: the public never reads it.
      name: 'reviewNote',
      type: 'textarea',
      access: { read: staffField, create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: 'A note with this status change: required when requesting changes, shown to the author.',
      },
    },
    {
      name: 'reviewHistory',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/ReviewHistory#ReviewHistory' } },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, description: 'The author: set by the server when the item is created.' },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'reviewedAt', type: 'date', access: serverOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'lastReviewedAt',
      type: 'date',
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, description: 'When a reviewer last confirmed this item is current.' },
    },
  ]
}
