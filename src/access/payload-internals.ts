/**
 * Access for what Payload adds to the config itself while sanitising it, after every plugin has run,
 * so that neither a collection config nor a plugin can reach it:
 * - `payload-jobs-stats`, the global where Payload records when each scheduled job last ran (added
 *   because tasks in src/jobs have a `schedule`): admins only;
 * - `payload-migrations`, the applied migrations: nobody (no REST route, src/api/rules.ts answers 404;
 *   no GraphQL field; the admin hides it).
 * Payload gives both its default access, any signed-in user, so an editor could read and overwrite
 * them through the REST API, GraphQL or the local API with `overrideAccess: false`.
 *
 * The server is unaffected: the jobs runner reads and writes the stats through the database adapter
 * (`payload.db.findGlobal`/`updateGlobal`, no access check), and migrations (`npm run migrate`, the
 * adapter's `migrate`) use the local API, whose `overrideAccess` is true unless a caller says otherwise.
 *
 * payload.config.ts passes the sanitized config through `restrictPayloadInternals` before anything
 * reads it. Payload reads `access` when an operation runs, from these same config objects (changed in
 * place, not replaced), so the functions set here are the ones every API asks.
 */
import type { SanitizedConfig } from 'payload'
import { admins, nobody } from './index'

export const JOBS_STATS_GLOBAL = 'payload-jobs-stats'
export const MIGRATIONS_COLLECTION = 'payload-migrations'

export function restrictPayloadInternals(config: SanitizedConfig): SanitizedConfig {
  // only there when some task or workflow has a `schedule`
  const stats = config.globals.find((g) => g.slug === JOBS_STATS_GLOBAL)
  if (stats) {
    Object.assign(stats.access, { read: admins, readDrafts: admins, readVersions: admins, update: admins })
  }
  const migrations = config.collections.find((c) => c.slug === MIGRATIONS_COLLECTION)
  // Payload always adds it: if a new version renamed it, the old default access would come back unnoticed
  if (!migrations) throw new Error(`Payload's "${MIGRATIONS_COLLECTION}" collection is not in the config.`)
  Object.assign(migrations.access, {
    create: nobody,
    delete: nobody,
    read: nobody,
    readVersions: nobody,
    unlock: nobody,
    update: nobody,
  })
  return config
}
