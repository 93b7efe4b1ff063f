import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Link health belongs to a URL: when an editor changes a resource's URL, the old verdict
 * no longer says anything, so it goes back to "not checked yet" until the next run.
 * (Nobody writes link health through the API: the field is read-only by access; only the
 * checker writes it, in SQL, see store.ts.)
 */
export const resetLinkHealthOnNewUrl: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc || data.url === undefined || data.url === originalDoc.url) return data
  data.linkHealth = { status: 'unchecked', httpStatus: null, checkedAt: null, finalUrl: null }
  return data
}
