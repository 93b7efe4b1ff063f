import type { CollectionBeforeChangeHook } from 'payload'

/** The author is whoever created the document; nobody can set or change it through the API. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.createdBy = req.user?.collection === 'users' ? req.user.id : (data.createdBy ?? null)
  } else if (originalDoc) {
    data.createdBy = originalDoc.createdBy ?? null
  }
  return data
}
