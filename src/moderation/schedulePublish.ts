/**
 * The admin's "Schedule publish" drawer calls the `schedule-publish` server function, whose Payload
 * handler queues (or, with `deleteID`, first cancels) a `schedulePublish` job without asking whether
 * the user may publish the document. This one asks first, under the publish rule
 * (hooks/enforcePublishRule.ts: a reviewer or admin who is not the author, for publish and unpublish
 * alike, and for cancelling), answers a refusal the way the drawer shows errors, and otherwise hands
 * over to Payload's handler, which queues the job as the signed-in user.
 *
 * Wire it in src/app/(payload)/layout.tsx:
 *   handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': schedulePublishServerFunction } })
 *
 * Whatever queues a job, it runs as the user who scheduled it, so the publish rule refuses it then too.
 */
import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunction } from 'payload'
import { assertMaySchedule } from '../hooks/enforcePublishRule'

export const schedulePublishServerFunction: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  try {
    await assertMaySchedule(req, { type: args.type === 'unpublish' ? 'unpublish' : 'publish', doc: args.doc, global: args.global, cancelJob: args.deleteID })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    req.payload.logger.warn(`Scheduled ${args.type ?? 'publish'} refused for user ${String(req.user?.id ?? 'none')}: ${message}`)
    return { error: message }
  }
  return schedulePublishHandler(args)
}
