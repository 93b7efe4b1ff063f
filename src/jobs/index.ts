/**
 * Payload's jobs queue (payload.config.ts `jobs`): its tasks, when each queue runs, who may run it.
 *
 * Tasks: moderators' notifications and the retention job (src/moderation/), the nightly link check
 * (src/link-health/), the weekly email digest (src/digest/, DIGEST_CRON), and Payload's own `schedulePublish` (held to the publish rule, src/workflow/).
 *
 * Three queues: `moderation` (notifications, run every minute), `maintenance` (the nightly
 * retention job, scheduled by its task's `schedule`) and `default`, where Payload queues the
 * scheduled publish and unpublish of content (run every minute, or JOBS_SCHEDULE_CRON). Every
 * long-running app instance runs them (`autoRun`, once it has served its first admin or API
 * request, when Payload starts its crons);
 * JOBS_AUTORUN=0 turns that off on an instance. Without a long-running server (serverless), call
 * `GET /api/payload-jobs/run?allQueues=true` every minute from a scheduler, with
 * `Authorization: Bearer $JOBS_RUN_SECRET` (or as a signed-in admin).
 *
 * Scheduled publishing is held to the publish rule (a reviewer or admin who is not the author):
 * - when it runs: Payload's `schedulePublish` task publishes as the user who scheduled it, with that
 *   user's access, so the collection's access and hooks refuse it (the job fails, nothing changes);
 * - when it is scheduled or cancelled: `schedulePublishServerFunction` (src/workflow/schedule.ts) refuses
 *   with a clear message, then hands over to Payload's handler. (A `payload-jobs` hook cannot do it:
 *   Payload queues jobs straight into the database and runs collection hooks only with
 *   `jobs.runHooks`, which is deprecated and, in 3.90, breaks every job's log update.)
 * Nobody creates jobs through REST or GraphQL: `payload-jobs` access stays Payload's (nobody).
 */
import type { JobsConfig } from 'payload'
import { isAdminUser } from '@/access/roles'
import { digestTask } from '@/digest/task'
import { checkLinksTask } from '@/link-health/task'
import { notifyTask } from '@/moderation/notify'
import { retentionTask } from '@/moderation/retention'
import { jobsAutoRun, jobsRunSecret, jobsScheduleCron, QUEUES } from './settings'
import { timingSafeEqual } from 'node:crypto'

const bearerMatches = (header: string | null, secret: string | null): boolean => {
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice(7).trim())
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const jobs: JobsConfig = {
  tasks: [notifyTask, retentionTask, checkLinksTask, digestTask],
  autoRun: [
    { cron: '* * * * *', queue: QUEUES.notify, limit: 20 },
    { cron: '*/10 * * * *', queue: QUEUES.maintenance, limit: 2 },
    // scheduled publish and unpublish (Payload's `schedulePublish` task) fall due on this queue
    { cron: jobsScheduleCron(), queue: QUEUES.schedule, limit: 50 },
  ],
  shouldAutoRun: () => jobsAutoRun(),
  deleteJobOnComplete: true,
  access: {
    run: ({ req }) => isAdminUser(req.user) || bearerMatches(req.headers.get('authorization'), jobsRunSecret()),
    queue: ({ req }) => isAdminUser(req.user),
    cancel: ({ req }) => isAdminUser(req.user),
  },
}
