/**
 * Imported first by src/cli/migrate.ts, before the Payload config is evaluated: marks this process
 * as the migration run, so the pool is built without a statement timeout (src/db/pool.ts).
 */
process.env.PAYLOAD_MIGRATING = 'true'
