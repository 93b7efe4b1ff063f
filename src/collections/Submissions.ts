import type { CollectionConfig } from 'payload'
import { admins, nobody, staff, staffField } from '../access'
import { validateHttpUrl } from '../lib/url'

export const SUBMISSION_KINDS = [
  { value: 'feedback', label: 'Feedback on a page' },
  { value: 'suggestion', label: 'Suggestion' },
  { value: 'correction', label: 'Correction' },
] as const

export const SUBMISSION_STATUSES = [
  { value: 'new', label: 'New' },
  { value: 'spam', label: 'Spam' },
  { value: 'declined', label: 'Declined' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'added', label: 'Added' },
] as const

/**
 * Public feedback and suggestions in one moderation queue. Nobody creates these
 * through /api/submissions: they arrive through the public /api/submit endpoint.
 * Staff only; emails and moderator notes never leave the admin.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  access: { read: staff, create: nobody, update: staff, delete: admins },
  admin: {
    group: 'Community',
    useAsTitle: 'message',
    defaultColumns: ['message', 'kind', 'status', 'page', 'createdAt'],
    listSearchableFields: ['message', 'title', 'url', 'page'],
    description: 'Feedback and suggestions from the public, newest first.',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: SUBMISSION_KINDS.map((k) => ({ ...k })) },
        { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: SUBMISSION_STATUSES.map((s) => ({ ...s })) },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 5000 },
    { name: 'page', type: 'text', index: true, maxLength: 500, admin: { description: 'Path of the page the feedback is about.' } },
    {
      name: 'helpful',
      type: 'select',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    { name: 'url', type: 'text', maxLength: 2000, validate: (v: unknown) => validateHttpUrl(v, { required: false }) },
    { name: 'title', type: 'text', maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', maxLength: 120 },
        { name: 'email', type: 'email', access: { read: staffField } },
        { name: 'credit', type: 'checkbox', defaultValue: false, label: 'May be credited by name' },
      ],
    },
    {
      name: 'publicReason',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Shown to the sender on their status page when declined.' },
    },
    { name: 'moderatorNotes', type: 'textarea', access: { read: staffField }, admin: { description: 'Private: never shown outside the admin.' } },
    { name: 'tokenHash', type: 'text', index: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
  ],
}
