import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../access/roles'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? null)

/**
 * The publishing rule, checked on every write that publishes, whatever route it came
 * through (access functions do not always receive `data._status`). Server code without
 * a user (seed, migrations) is not a route to publish and is left alone.
 */
export const enforcePublishRule: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (data?._status !== 'published' || !req.user) return data
  if (!hasRole(req.user, 'reviewer', 'admin')) {
    throw new APIError('Only a reviewer or an admin can publish. Save a draft and ask for a review.', 403, null, true)
  }
  const author = operation === 'create' ? req.user.id : idOf(originalDoc?.createdBy)
  if (author !== null && String(author) === String(req.user.id)) {
    throw new APIError('You cannot publish your own work: another reviewer needs to check it.', 403, null, true)
  }
  return data
}
