import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (created at /admin/create-first-user) becomes an admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.roles = Array.from(new Set(['admin', ...(data.roles ?? [])]))
  return data
}
