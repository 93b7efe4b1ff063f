import type { Field } from 'payload'
import { staffField } from '../access'
import { markReadAsDraft } from '../workflow/changes'

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
      hooks: {
        // tells the workflow whether an update is a draft save or writes the document itself (unpublish): src/workflow/changes.ts
        afterRead: [markReadAsDraft],
        // a copy is a new item: it starts as a draft (the server refuses a new item that is already approved)
        beforeDuplicate: [() => 'draft'],
      },
      admin: {
        position: 'sidebar',
        description:
          'Lists only the moves you can make. Author, editor or admin: “In review” submits it, “Draft” withdraws it. A reviewer or admin who is not the author: “Changes requested” (write the review note below) or “Approved”. Publishing approves it; unpublishing sends it back to “Draft”.',
        // offers only the statuses this user may set on the saved document (src/workflow/rules.ts allowedStatuses)
        components: { Field: '/src/components/admin/WorkflowStatusField#WorkflowStatusField' },
      },
    },
    {
      // the note sent with a status change (required to request changes); recorded in the review history,
      // kept here for the author while changes are requested. Staff only: the public never reads it.
      name: 'reviewNote',
      type: 'textarea',
      // the note belongs to the original's review, not to a copy
      hooks: { beforeDuplicate: [() => null] },
      access: { read: staffField, create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description:
          'Goes with the status you set now, into the review history. Required for “Changes requested”: tell the author what to change (it stays here for them until they resubmit). Staff only, never public.',
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
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The author: set by the server when the item is created.',
      },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        placeholder: 'Not reviewed yet',
        description: 'Who published (reviewed) the version that is public.',
      },
    },
    { name: 'reviewedAt', type: 'date', access: serverOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'lastReviewedAt',
      type: 'date',
      index: true,
      access: serverOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'When a reviewer last confirmed this item is current.',
      },
    },
  ]
}
