/**
 * The server Playwright tests against: a fresh database (migrated and seeded with
 * the real commands), then the production build with `next start`. On SIGTERM it
 * stops the server and drops the database.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, resolveTestServer } from '../helpers/database'
import { ADMIN, BASE_URL, E2E_DATABASE_FILE, E2E_PORT, E2E_SECRET } from './env'

async function main() {
  const server = await resolveTestServer()
  const db = await createDatabase(server.maintenanceUrl, 'allyship_e2e')
  console.log(`[e2e] database server: ${server.label}; fresh database ${db.name}`)
  fs.mkdirSync(path.dirname(E2E_DATABASE_FILE), { recursive: true })
  fs.writeFileSync(E2E_DATABASE_FILE, db.url)
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-e2e-media-'))
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    MEDIA_DIR: media,
    SERVER_URL: BASE_URL,
    PAYLOAD_SECRET: E2E_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_NAME: ADMIN.name,
    // due scheduled publishes run every 5 seconds here (production: every minute)
    JOBS_SCHEDULE_CRON: '*/5 * * * * *',
  }
  let cleaned = false
  const cleanup = async () => {
    if (cleaned) return
    cleaned = true
    fs.rmSync(media, { recursive: true, force: true })
    await db.drop().catch((e: unknown) => console.error('[e2e] could not drop the test database:', e))
    await server.stop()
  }
  for (const [cmd, args] of [
    ['node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts']],
    ['node', ['src/cli/ts-run.mjs', 'src/cli/seed.ts']],
  ] as const) {
    const run = spawnSync(cmd, args, { env, stdio: 'inherit' })
    if (run.status !== 0) {
      await cleanup()
      throw new Error(`[e2e] ${cmd} ${args.join(' ')} failed`)
    }
  }
  const next = spawn('node_modules/.bin/next', ['start', '--port', String(E2E_PORT)], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  const stop = (signal: NodeJS.Signals) => () => {
    next.kill(signal)
  }
  process.on('SIGTERM', stop('SIGTERM'))
  process.on('SIGINT', stop('SIGINT'))
  next.on('exit', async (code) => {
    await cleanup()
    process.exit(code ?? 0)
  })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
