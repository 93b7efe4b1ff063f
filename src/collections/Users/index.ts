import type { CollectionConfig } from 'payload'
import { adminField, adminOrSelf, adminOrSelfField, admins, staff } from '../../access'
import { ROLES } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

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
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
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
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https:') },
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      access: { read: adminOrSelfField },
    },
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
      admin: { description: 'Editors write, reviewers check and publish others’ work, admins manage people and settings.' },
    },
  ],
  hooks: { beforeChange: [firstUserIsAdmin] },
  timestamps: true,
}
