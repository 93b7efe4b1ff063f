/**
 * Run a command with DATABASE_URL pointing at the right database.
 *
 *   node src/cli/ts-run.mjs src/cli/with-db.ts -- payload migrate:status
 *
 * With DATABASE_URL set, the command runs against it unchanged. Without it, the
 * embedded PostgreSQL under `.data/` is started (or reused, when another
 * process of ours already runs it) and stopped again when the command ends.
 */
import { resolveDatabase } from '../db/resolve'
import { keepAliveOnSignals, runChild } from './run-child'

async function main() {
  keepAliveOnSignals()
  const sep = process.argv.indexOf('--')
  const [command, ...args] = sep === -1 ? process.argv.slice(2) : process.argv.slice(sep + 1)
  if (!command) {
    console.error('usage: node src/cli/ts-run.mjs src/cli/with-db.ts -- <command> [args...]')
    process.exit(2)
  }
  const db = await resolveDatabase()
  console.log(`Database: ${db.label}`)
  let code = 1
  try {
    code = await runChild(command, args, { DATABASE_URL: db.url })
  } finally {
    await db.embedded?.stop()
  }
  process.exit(code)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
