'use client'
/**
 * Payload's document header offers "Revert to published" to anyone who may update the document,
 * but reverting re-publishes (it sends the published version with `_status: 'published'`), which the
 * publish rule refuses unless the user is a reviewer or admin who is not the author. So the admin
 * does not offer it to anyone else; they can discard a draft by restoring a version as a draft.
 */
import { useDocumentInfo } from '@payloadcms/ui'

export function RevertOnlyForPublishers() {
  const { hasPublishPermission } = useDocumentInfo()
  if (hasPublishPermission) return null
  return <style>{'#action-revert-to-published { display: none !important; }'}</style>
}
