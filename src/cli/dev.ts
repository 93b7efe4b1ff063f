/**
 * npm run dev — one command from a fresh clone to a full hub:
 * database (DATABASE_URL or the embedded PostgreSQL), migrations, demo content
 * on first start, then the Next.js development server.
 */
import { resolveDatabase } from '../db/resolve'
import { serverUrl } from '../lib/env'
import { keepAliveOnSignals, runChild } from './run-child'

async function main() {
  keepAliveOnSignals()
  const port = process.env.PORT ?? '3000'
  const url = serverUrl()
  const db = await resolveDatabase()
  console.log(`\nDatabase: ${db.label}`)
  const env = { DATABASE_URL: db.url, SERVER_URL: url }
  let code = 1
  try {
    console.log('\nApplying migrations...')
    code = await runChild('node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts'], env)
    if (code !== 0) throw new Error('Migrations failed: see the messages above.')
    code = await runChild('node', ['src/cli/ts-run.mjs', 'src/cli/seed.ts', '--if-empty'], env)
    if (code !== 0) throw new Error('Seeding failed: see the messages above.')
    const login = process.env.ADMIN_EMAIL
      ? `log in as ${process.env.ADMIN_EMAIL} with ADMIN_PASSWORD`
      : `first time? create your admin account at ${url}/admin/create-first-user`
    console.log(
      [
        '',
        '  Allyship Hub is starting',
        `  public site  ${url}`,
        `  admin        ${url}/admin  (${login})`,
        '  stop with Ctrl+C; data stays in .data/ between runs',
        '',
      ].join('\n'),
    )
    code = await runChild('next', ['dev', '--port', port], env)
  } finally {
    await db.embedded?.stop()
  }
  process.exit(code)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
