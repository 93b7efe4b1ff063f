import type { CollectionConfig } from 'payload'
import { nobody, staff } from '../access'
import { WORKFLOW_STATUSES } from '../fields/editorial'

export const REVIEW_ACTIONS = [
  { value: 'created', label: 'Created in review' },
  { value: 'submitted', label: 'Submitted for review' },
  { value: 'withdrawn', label: 'Withdrawn from review' },
  { value: 'changes_requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'reopened', label: 'Edited after publishing' },
  { value: 'published', label: 'Published' },
  { value: 'unpublished', label: 'Unpublished' },
] as const

/**
 * The review history of every content document (src/workflow/hooks.ts writes it with overrideAccess):
 * who moved which document to which state, when, with what note. Staff read it; nobody writes it
 * through the API, and the public never sees it.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: { singular: 'Review event', plural: 'Review history' },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'action', 'from', 'to', 'by', 'createdAt'],
    description: 'Every workflow transition, publish and unpublish, recorded by the server.',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'title', type: 'text' },
    { name: 'action', type: 'select', required: true, options: REVIEW_ACTIONS.map((a) => ({ ...a })) },
    { name: 'from', type: 'select', options: WORKFLOW_STATUSES.map((s) => ({ ...s })) },
    { name: 'to', type: 'select', options: WORKFLOW_STATUSES.map((s) => ({ ...s })) },
    { name: 'note', type: 'textarea' },
    { name: 'by', type: 'relationship', relationTo: 'users', index: true },
  ],
}
