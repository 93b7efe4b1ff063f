/**
 * npm run migrate — apply the committed migrations in migrations/ (what `payload
 * migrate` does), in this process through the local API, then check that every
 * migration file is recorded as applied: a run that silently did nothing fails.
 */
import config from '@payload-config'
import { getPayload, readMigrationFiles } from 'payload'

async function main() {
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    const files = await readMigrationFiles({ payload })
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, overrideAccess: true })
    const applied = new Set(docs.filter((d) => Number(d.batch) > 0).map((d) => d.name))
    const missing = files.map((f) => f.name).filter((name) => !applied.has(name))
    if (missing.length) throw new Error(`These migrations are not applied: ${missing.join(', ')}`)
    console.log(`Database schema is up to date (${files.length} migration${files.length === 1 ? '' : 's'} applied).`)
  } finally {
    await payload.destroy()
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error('Migration failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  })
