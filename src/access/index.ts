/**
 * Access predicates: small, named, built on one role check (`hasRole`).
 * Deny by default: anonymous users read published public content, nothing else.
 */
import type { Access, FieldAccess, Where } from 'payload'
import { notAuthoredBy } from './publishing'
import { isAdminUser, isEditorUser, isPublisher, isStaffUser } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const staff: Access = ({ req: { user } }) => isStaffUser(user)
export const admins: Access = ({ req: { user } }) => isAdminUser(user)
export const editorsAndAdmins: Access = ({ req: { user } }) => isEditorUser(user)

const published: Where = { _status: { equals: 'published' } }

/** Staff read everything (drafts included); everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => (isStaffUser(user) ? true : published)

/** Admins read and change any user; others only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}

/* Field-level variants */
export const adminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
export const staffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
export const noOneField: FieldAccess = () => false

/**
 * The publish rule (./publishing.ts): `_status: 'published'` may be written only by a reviewer
 * or admin who is not the document's author (`createdBy`). Any staff member may save drafts.
 * Payload passes the incoming `data` to create/update access (REST, GraphQL, local API with
 * overrideAccess: false) and asks with `data: { _status: 'published' }` to decide whether
 * the admin offers the Publish button. src/hooks/enforcePublishRule.ts checks again on write.
 */
const publishing = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'

export const createContent: Access = ({ req: { user }, data }) => {
  if (!isStaffUser(user)) return false
  // whoever creates a document is its author, so nobody may create it already published
  return !publishing(data)
}

export const updateContent: Access = ({ req: { user }, data }) => {
  if (!isStaffUser(user)) return false
  if (!publishing(data)) return true
  if (!isPublisher(user)) return false
  return notAuthoredBy(user!)
}
