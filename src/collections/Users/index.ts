import type { CollectionConfig } from 'payload'
import { adminField, adminOrSelf, admins, staff } from '@/access'
import { isStaffUser, ROLES } from '@/access/roles'
import { expire } from '@/hooks/revalidate'
import { forgetLoginAttempts, throttleLogin } from '@/auth/login-throttle'
import { emailReadable, noSortingByOthersEmails } from './email-privacy'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { hideOthersEmails } from './hooks/hideOthersEmails'

/** The Roles picker, or on the create-first-user form a note that the first account is an admin. */
export const ROLES_FIELD = '/src/components/admin/RolesField#RolesField'

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
    // no account lock: anyone could lock any account, the admin's included, with a few guesses;
    // sign-ins are throttled per address and per account+address instead (src/auth/login-throttle.ts)
    maxLoginAttempts: 0,
    tokenExpiration: 60 * 60 * 8,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https:'),
    },
  },
  fields: [
    // Payload's auth email field, merged with this: only admins and the account itself may read it,
    // so it cannot be filtered on by anyone else either (a filter on it is refused)
    { name: 'email', type: 'email', access: { read: emailReadable } },
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
        // the create-first-user form (nobody signed in yet) would offer a choice that firstUserIsAdmin
        // overrides: there it says what happens instead (not a `condition`: that makes `roles` optional
        // in the generated types)
        components: { Field: ROLES_FIELD },
        description:
          'Editors write, reviewers check and publish others’ work, admins manage people and settings. The very first account is always an admin.',
      },
    },
  ],
  hooks: {
    beforeOperation: [throttleLogin, noSortingByOthersEmails],
    afterOperation: [forgetLoginAttempts],
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
