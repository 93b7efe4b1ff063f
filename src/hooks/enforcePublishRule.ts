import type { CollectionBeforeChangeHook } from 'payload'
import { publishRefusal } from '@/access/publishing'
import { idOf } from '@/lib/ids'
import { refusal } from '@/lib/errors'

/**
 * The publish rule (src/access/publishing.ts: a reviewer or an admin who is not the document's
 * author), checked on every write that publishes, whatever route it came through (access functions
 * do not always receive `data._status`). Server code without a user (seed, migrations) is not a
 * route to publish and is left alone. Scheduling is held to the same rule in src/workflow/schedule.ts.
 */
export const enforcePublishRule: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (data?._status !== 'published' || !req.user) return data
  // whoever creates a document is its author; `createdBy` is null for documents written by server code
  const author = operation === 'create' ? req.user.id : idOf(originalDoc?.createdBy)
  const message = publishRefusal(req.user, author, 'publish')
  if (message) throw refusal(message)
  return data
}
