/**
 * One fresh database for the run: created on the chosen server, migrated with the
 * project's `npm run migrate` entry point (src/cli/migrate.ts), dropped afterwards.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, resolveTestServer } from '../helpers/database'

export default async function setup() {
  const server = await resolveTestServer()
  const db = await createDatabase(server.maintenanceUrl, 'allyship_int')
  console.log(`[int] database server: ${server.label}; fresh database ${db.name}`)
  process.env.DATABASE_URL = db.url
  // uploads made by tests go to a throwaway folder, never to the developer's .data/media
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-int-media-'))
  process.env.MEDIA_DIR = media
  process.env.TEST_SERVER_URL = server.maintenanceUrl
  process.env.TEST_SERVER_LABEL = server.label
  // each test file works on its own copy of this migrated database (per-file-database.ts)
  process.env.INT_TEMPLATE_DATABASE = db.name
  const migrate = spawnSync('node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts'], {
    env: process.env,
    encoding: 'utf8',
  })
  if (migrate.status !== 0) {
    await db.drop()
    await server.stop()
    throw new Error(`payload migrate failed on the test database:\n${migrate.stdout}\n${migrate.stderr}`)
  }
  return async () => {
    fs.rmSync(media, { recursive: true, force: true })
    await db.drop()
    await server.stop()
  }
}
