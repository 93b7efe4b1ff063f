/**
 * npm run seed — idempotent demo content (and the ADMIN_EMAIL admin, when set).
 *   --if-empty   do nothing when content already exists (used by `npm run dev`)
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { ensureAdmin, seed } from '../seed'

async function main() {
  const started = Date.now()
  const payload = await getPayload({ config })
  try {
    const ifEmpty = process.argv.includes('--if-empty')
    const { totalDocs } = await payload.count({ collection: 'principles', overrideAccess: true })
    if (ifEmpty && totalDocs > 0) {
      console.log('Demo content is already there: nothing to seed.')
    } else {
      console.log('Seeding demo content...')
      await seed({ payload })
    }
    await ensureAdmin(payload)
    const users = await payload.count({ collection: 'users', overrideAccess: true })
    if (users.totalDocs === 0) {
      console.log(
        'No user account yet: create the first admin at /admin/create-first-user (or set ADMIN_EMAIL and ADMIN_PASSWORD and seed again).',
      )
    }
    console.log(`Seed finished in ${((Date.now() - started) / 1000).toFixed(1)}s.`)
  } finally {
    await payload.destroy()
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err)
    if (/relation .* does not exist/.test(message)) {
      console.error('The database has no tables yet: run `npm run migrate` first.')
    } else {
      console.error('Seed failed:', err)
    }
    process.exit(1)
  })
