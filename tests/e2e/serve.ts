/**
 * The server Playwright tests against: a fresh database (migrated and seeded with the real
 * commands), then the production build (tests/helpers/app-server.ts). Its output goes to the
 * console and to SERVER_LOG_FILE, which the run checks for secrets once the browser tests are
 * done (tests/e2e/global-teardown.ts). On SIGTERM it stops the server and drops the database.
 */
import fs from 'node:fs'
import path from 'node:path'
import { startAppServer } from '../helpers/app-server'
import { ADMIN, E2E_DATABASE_FILE, E2E_PORT, E2E_SECRET, SERVER_LOG_FILE } from './env'

async function main() {
  fs.mkdirSync(path.dirname(SERVER_LOG_FILE), { recursive: true })
  fs.rmSync(SERVER_LOG_FILE, { force: true })
  const app = await startAppServer({
    label: '[e2e]',
    prefix: 'allyship_e2e',
    port: E2E_PORT,
    logFile: SERVER_LOG_FILE,
    env: {
      PAYLOAD_SECRET: E2E_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_NAME: ADMIN.name,
      // due scheduled publishes run every 5 seconds here (production: every minute)
      JOBS_SCHEDULE_CRON: '*/5 * * * * *',
    },
  })
  fs.writeFileSync(E2E_DATABASE_FILE, app.database.url)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    const code = await app.kill('SIGTERM')
    await app.stop()
    process.exit(typeof code === 'number' ? code : 0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
  // Playwright went away without stopping us (killed): nobody will send SIGTERM. Stop too, rather
  // than leave a server on the port (and its database) behind. Playwright gives us a pipe as stdin,
  // which closes when it dies; our output then has no reader either.
  const stdin = fs.fstatSync(0)
  if (stdin.isFIFO() || stdin.isSocket()) {
    process.stdin.on('close', () => void stop())
    process.stdin.resume()
  }
  process.stdout.on('error', () => void stop())
  process.stderr.on('error', () => void stop())
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) void stop()
  }, 1000).unref()
  // the server stopped by itself: clean up all the same, and say how it ended
  void app.exited().then(async (code) => {
    if (stopping) return
    stopping = true
    console.error(`[e2e] the server exited on its own (${code})`)
    await app.stop()
    process.exit(typeof code === 'number' ? code || 1 : 1)
  })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
