import type { CollectionAfterReadHook } from 'payload'
import { isAdminUser } from '@/access/roles'

/**
 * Emails are private: a signed-in user sees their own, admins see everyone's, and
 * other staff see only names (also where a user is populated, e.g. `createdBy`).
 * A hook rather than field access on `email`: redefining the auth email field makes
 * Payload render it twice on its forms.
 */
export const hideOthersEmails: CollectionAfterReadHook = ({ doc, req }) => {
  const viewer = req.user
  if (viewer && !isAdminUser(viewer) && String(viewer.id) !== String(doc.id)) {
    const { email: _hidden, ...rest } = doc
    return rest
  }
  return doc
}
