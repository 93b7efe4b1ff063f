/**
 * Every test file gets its own database, cloned from the run's migrated database
 * (CREATE DATABASE ... TEMPLATE, fast), so files never see each other's data
 * whatever order they run in. Runs before the test file imports the Payload config.
 */
import { afterAll } from 'vitest'
import { createDatabase } from '../helpers/database'

const template = process.env.INT_TEMPLATE_DATABASE
if (!template) throw new Error('tests/int/global-setup.ts did not prepare a template database')

const db = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_int_file', template)
process.env.DATABASE_URL = db.url

afterAll(async () => {
  // the file closed its Payload instance (closePayload); whatever connections remain are cut
  await db.drop({ force: true })
})
