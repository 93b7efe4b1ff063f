/**
 * `digest-subscribers`: readers who asked for the email digest. Only the address, the language,
 * the choice and dates are kept; the confirm and unsubscribe links are HMACs derived from the
 * server secret (./links.ts), so no secret is stored. Admins read and delete; nobody creates or
 * changes one through the API (the public routes use the local API); editors and reviewers see a
 * count only (./admin/SubscriberCount.tsx); anonymous visitors nothing at all.
 */
import type { CollectionConfig } from 'payload'
import { admins, nobody } from '@/access'
import { isAdminUser } from '@/access/roles'
import { LOCALES } from '@/lib/languages'
import { CHOICES, SUBSCRIBERS } from './config'

export const DigestSubscribers: CollectionConfig = {
  slug: SUBSCRIBERS,
  labels: { singular: 'Digest subscriber', plural: 'Digest subscribers' },
  access: { read: admins, create: nobody, update: nobody, delete: admins },
  admin: {
    group: 'Community',
    useAsTitle: 'email',
    defaultColumns: ['email', 'choice', 'locale', 'confirmedAt', 'createdAt'],
    description: 'Readers of the email digest. A subscription counts once its confirmation link was followed.',
    hidden: ({ user }) => !isAdminUser(user as Parameters<typeof isAdminUser>[0]),
  },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
    },
    {
      name: 'choice',
      type: 'select',
      required: true,
      options: CHOICES.map((value) => ({ value, label: value === 'weekly' ? 'Weekly digest' : 'Term of the week' })),
    },
    { name: 'confirmedAt', type: 'date', index: true, admin: { description: 'Empty until the link is followed.' } },
    { name: 'lastSentAt', type: 'date', admin: { description: 'When the last digest went to this reader.' } },
  ],
}
