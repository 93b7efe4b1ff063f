/**
 * npm run migrate:create -- <name>   generate a migration for the schema changes since the last one
 * npm run migrate:check              fail when the config has changes no migration covers
 *
 * What `payload migrate:create` does, run through our own runner (see ts-run.mjs).
 */
import config from '@payload-config'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

const MIGRATIONS = path.resolve('migrations')

async function main() {
  const check = process.argv.includes('--check')
  const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? (check ? 'pending-check' : undefined)
  if (!name) throw new Error('Give the migration a name: npm run migrate:create -- add-link-health')
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await getPayload({ config, disableOnInit: true })
  const before = new Set(fs.readdirSync(MIGRATIONS))
  const index = fs.readFileSync(path.join(MIGRATIONS, 'index.ts'), 'utf8')
  if (check) console.log('Comparing the Payload config with the committed migrations...')
  // With skipEmpty, Payload ends the process (exit 0) when there is nothing to migrate.
  const forceAcceptWarning = process.argv.includes('--force-accept-warning')
  await payload.db.createMigration({ migrationName: name, payload, skipEmpty: check, forceAcceptWarning })
  const added = fs.readdirSync(MIGRATIONS).filter((f) => !before.has(f))
  if (check) {
    for (const f of added) fs.rmSync(path.join(MIGRATIONS, f))
    fs.writeFileSync(path.join(MIGRATIONS, 'index.ts'), index)
    throw new Error(
      'The config has schema changes that no migration covers: run `npm run migrate:create -- <name>` and commit it.',
    )
  }
  console.log(`Created ${added.join(', ')}. Run \`npm run generate:types\` and commit both.`)
  await payload.destroy()
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
