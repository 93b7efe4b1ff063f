/**
 * Emails are private: a signed-in user reads their own, admins read everyone's (field access on
 * `email`, which also makes Payload refuse `where[email]` filters from anyone else). Sorting is not
 * checked by Payload's field access, so a sort by email from a non-admin is refused here: the
 * order of a list would otherwise tell which address belongs to whom.
 */
import { APIError, type CollectionBeforeOperationHook, type FieldAccess } from 'payload'
import { isAdminUser } from '@/access/roles'

export const emailReadable: FieldAccess = ({ req: { user }, id, doc }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  const target = (doc as { id?: unknown } | undefined)?.id ?? id
  return target !== undefined && String(target) === String(user.id)
}

const sortsByEmail = (sort: unknown): boolean =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).some(
    (s) => typeof s === 'string' && s.trim().replace(/^-/, '') === 'email',
  )

export const noSortingByOthersEmails: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // anonymous visitors cannot read accounts at all; admins may sort as they like
  if (operation !== 'read' || !req.user || isAdminUser(req.user)) return args
  if (sortsByEmail((args as { sort?: unknown }).sort)) {
    throw new APIError('Only admins can sort accounts by email.', 403)
  }
  return args
}
