import type { CollectionConfig } from 'payload'
import { admins, nobody, staff, staffField } from '../access'
import { LOCALES } from '../lib/languages'
import { validateHttpUrl } from '../lib/url'
import { exportEndpoint } from '../moderation/export'
import { queueNotifications, recordDecision } from '../moderation/hooks'

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

/** What a submission can lead to: the public collections (the status page links to it once published). */
export const SUBMISSION_RESULT_COLLECTIONS = [
  'resources',
  'principles',
  'topics',
  'glossary-terms',
  'practices',
  'faqs',
  'events',
  'pages',
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
    components: { beforeListTable: ['/src/components/admin/SubmissionListTools#SubmissionListTools'] },
  },
  defaultSort: '-createdAt',
  // the moderators' side: src/moderation (decisions, accept → draft resource, notifications, CSV)
  hooks: { beforeChange: [recordDecision], afterChange: [queueNotifications] },
  endpoints: [exportEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: SUBMISSION_KINDS.map((k) => ({ ...k })) },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          options: SUBMISSION_STATUSES.map((s) => ({ ...s })),
        },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 5000 },
    {
      name: 'page',
      type: 'text',
      index: true,
      maxLength: 500,
      admin: { description: 'Path of the page the feedback is about.' },
    },
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
    {
      name: 'moderatorNotes',
      type: 'textarea',
      access: { read: staffField },
      admin: { description: 'Private: never shown outside the admin.' },
    },
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'moderation',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/SubmissionPanel#SubmissionPanel' } },
    },
    {
      name: 'result',
      type: 'relationship',
      relationTo: [...SUBMISSION_RESULT_COLLECTIONS],
      admin: {
        position: 'sidebar',
        description: 'What this led to. Once it is published, the sender’s status page links to it.',
      },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'en',
      options: LOCALES.map((l) => ({ value: l.code, label: l.label })),
      admin: { position: 'sidebar', readOnly: true, description: 'Language of the form it was sent from.' },
    },
    {
      name: 'normalizedUrl',
      type: 'text',
      index: true,
      maxLength: 2000,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'The link in one spelling (no scheme, www., tracking parameters or trailing slash), to spot duplicates.',
      },
    },
    {
      name: 'spamSignal',
      type: 'select',
      options: [{ value: 'honeypot', label: 'Hidden field filled in (likely a script)' }],
      admin: { position: 'sidebar', readOnly: true, description: 'Why it was filed as spam on arrival.' },
    },
    {
      name: 'clientHash',
      type: 'text',
      index: true,
      access: { read: staffField, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Keyed hash of the sender’s network address (never the address): equal values mean the same sender.',
      },
    },
    {
      name: 'decidedAt',
      type: 'date',
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'When it was accepted, declined or marked as spam (set by the server). Retention counts from here.',
      },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: 'Who decided (set by the server).' },
    },
    {
      name: 'erasedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'When the sender’s name and email were erased: by them, from their status page, or after the retention period.',
      },
    },
  ],
}
