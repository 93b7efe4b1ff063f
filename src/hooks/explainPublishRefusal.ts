/**
 * When access control refuses a publish (REST: the admin, scripts), Payload answers with its generic
 * "You are not allowed to perform this action." Say what the rule is instead, so an editor or an
 * author knows what to do next. Only for Payload's own Forbidden on a write that asked to publish;
 * the publish rule's and the workflow's own refusals already say why (src/lib/errors.ts). Access does
 * not say which part of the rule refused, so this is the message for either (src/access/publishing.ts).
 */
import { Forbidden, type CollectionAfterErrorHook } from 'payload'
import { PUBLISH_REFUSED } from '@/access/publishing'

export const explainPublishRefusal: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof Forbidden)) return
  const data = req.data as { _status?: unknown } | undefined
  if (data?._status !== 'published') return
  return { response: { errors: [{ message: PUBLISH_REFUSED }] }, status: 403 }
}
