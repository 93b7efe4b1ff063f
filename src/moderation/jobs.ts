/**
 * Payload's jobs queue for the moderators' side (payload.config.ts `jobs`).
 *
 * Two queues: `moderation` (notifications, run every minute) and `maintenance` (the nightly
 * retention job, scheduled by its task's `schedule`). Every long-running app instance runs them
 * (`autoRun`, once it has served its first admin or API request, when Payload starts its crons);
 * JOBS_AUTORUN=0 turns that off on an instance. Without a long-running server (serverless), call
 * `GET /api/payload-jobs/run?allQueues=true` every minute from a scheduler, with
 * `Authorization: Bearer $JOBS_RUN_SECRET` (or as a signed-in admin).
 */
import type { JobsConfig } from 'payload'
import { isAdminUser } from '../access/roles'
import { notifyTask } from './notify'
import { retentionTask } from './retention'
import { jobsAutoRun, jobsRunSecret, QUEUES } from './settings'
import { timingSafeEqual } from 'node:crypto'

const bearerMatches = (header: string | null, secret: string | null): boolean => {
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice(7).trim())
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const jobs: JobsConfig = {
  tasks: [notifyTask, retentionTask],
  autoRun: [
    { cron: '* * * * *', queue: QUEUES.notify, limit: 20 },
    { cron: '*/10 * * * *', queue: QUEUES.maintenance, limit: 2 },
  ],
  shouldAutoRun: () => jobsAutoRun(),
  deleteJobOnComplete: true,
  access: {
    run: ({ req }) => isAdminUser(req.user) || bearerMatches(req.headers.get('authorization'), jobsRunSecret()),
    queue: ({ req }) => isAdminUser(req.user),
    cancel: ({ req }) => isAdminUser(req.user),
  },
}
