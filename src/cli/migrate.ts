/**
 * npm run migrate — apply the committed migrations (what `payload migrate` does), in
 * this process through the local API, then check that every committed migration is
 * recorded as applied: a run that silently did nothing fails.
 */
// first: the migration run's pool has no statement timeout (src/db/pool.ts)
import './migrating'
import config from '@payload-config'
import { getPayload } from 'payload'
import { migrations } from '../../migrations'

async function main() {
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    // the migrations come from migrations/index.ts (generated with each migration), imported statically
    await payload.db.migrate({ migrations: migrations as never }) // generated up/down signatures are narrower than the adapter type
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const applied = new Set(docs.filter((d) => Number(d.batch) > 0).map((d) => d.name))
    const missing = migrations.map((m) => m.name).filter((name) => !applied.has(name))
    if (missing.length) throw new Error(`These migrations are not applied: ${missing.join(', ')}`)
    console.log(
      `Database schema is up to date (${migrations.length} migration${migrations.length === 1 ? '' : 's'} applied).`,
    )
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
