import type { CollectionConfig } from 'payload'
import { adminField, adminOrSelf, admins, staff } from '@/access'
import { isStaffUser, ROLES } from '@/access/roles'
import { expire } from '@/hooks/revalidate'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { hideOthersEmails } from './hooks/hideOthersEmails'

export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 15 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    // staff see each other's public names (for "reviewed by"); emails stay private below
    read: staff,
    create: admins,
    update: adminOrSelf,
    delete: admins,
    // the admin panel is for staff: an account needs at least one role
    admin: ({ req: { user } }) => isStaffUser(user),
    unlock: admins,
  },
  admin: {
    group: 'Settings',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
  },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    tokenExpiration: 60 * 60 * 8,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https:'),
    },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Shown publicly as "curated by" and "reviewed by".' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      access: { create: adminField, update: adminField },
      admin: {
        description:
          'Editors write, reviewers check and publish others’ work, admins manage people and settings. The very first account is always an admin.',
      },
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin],
    // public pages show users' names ("curated by", "reviewed by", /credits): a new name shows at once
    afterChange: [
      ({ doc, previousDoc, operation, req }) => {
        if (operation === 'update' && doc.name !== previousDoc?.name) expire('users', req.payload.logger)
        return doc
      },
    ],
    afterDelete: [
      ({ doc, req }) => {
        expire('users', req.payload.logger)
        return doc
      },
    ],
    afterRead: [hideOthersEmails],
  },
  timestamps: true,
}
