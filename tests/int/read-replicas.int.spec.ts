/**
 * Read replicas (DATABASE_REPLICA_URLS, src/db/pool.ts → the adapter's `readReplicas`): reads go to
 * a replica, writes to DATABASE_URL, and reads right after a write stay on the primary so nobody
 * reads older than what they just saved. The "replica" here is a copy of the file's database taken
 * before the write: what it lacks shows which database a read went to.
 */
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readReplicaUrls } from '@/db/pool'
import { createDatabase } from '../helpers/database'

let payload: Payload
let replica: Awaited<ReturnType<typeof createDatabase>>

beforeAll(async () => {
  replica = await createDatabase(process.env.TEST_SERVER_URL!, 'allyship_int_file', process.env.INT_TEMPLATE_DATABASE)
  process.env.DATABASE_REPLICA_URLS = replica.url
  // the config reads DATABASE_REPLICA_URLS when it is first imported (so nothing above imports it,
  // tests/helpers/payload.ts included)
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
})

afterAll(async () => {
  const { closePayload } = await import('../helpers/payload')
  // the adapter's replica pools (drizzle's withReplicas) are not closed by payload.destroy()
  type Pool = { on: (e: 'error', fn: () => void) => void; end: () => Promise<void> }
  const replicas = (payload?.db as unknown as { drizzle?: { $replicas?: { $client?: Pool }[] } })?.drizzle?.$replicas
  for (const pool of (replicas ?? []).map((r) => r.$client).filter((p): p is Pool => Boolean(p))) {
    pool.on('error', () => undefined)
    void pool.end().catch(() => undefined)
  }
  await closePayload(payload)
  delete process.env.DATABASE_REPLICA_URLS
  await replica?.drop({ force: true })
})

async function titlesIn(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<{ title: string }>('select title from sources')).rows.map((r) => r.title)
  } finally {
    await client.end()
  }
}

describe('read replicas', () => {
  it('writes go to the primary; reads just after stay there, later reads go to the replica', async () => {
    const title = `Replica probe ${Date.now()}`
    const created = await payload.create({
      collection: 'sources',
      data: {
        title,
        slug: `replica-probe-${Date.now()}`,
        kind: 'organisation',
        licence: 'unknown',
        workflowStatus: 'draft',
      },
    })
    // written to the primary only
    expect(await titlesIn(process.env.DATABASE_URL!)).toContain(title)
    expect(await titlesIn(replica.url)).not.toContain(title)
    // read right after the write: from the primary, so the writer sees what they saved
    expect((await payload.find({ collection: 'sources', where: { id: { equals: created.id } } })).docs).toHaveLength(1)
    // once the after-write interval (2 s) has passed, reads go to the replica, which lacks it
    await new Promise((r) => setTimeout(r, 2_300))
    expect((await payload.find({ collection: 'sources', where: { id: { equals: created.id } } })).docs).toHaveLength(0)
  })

  it('a wrong value names the variable; none means no replicas; migrations never use them', () => {
    expect(readReplicaUrls({})).toBeUndefined()
    expect(readReplicaUrls({ DATABASE_REPLICA_URLS: ' postgres://a/x , postgresql://b/y ' })).toEqual([
      'postgres://a/x',
      'postgresql://b/y',
    ])
    expect(readReplicaUrls({ DATABASE_REPLICA_URLS: 'postgres://a/x', PAYLOAD_MIGRATING: 'true' })).toBeUndefined()
    expect(() => readReplicaUrls({ DATABASE_REPLICA_URLS: 'mysql://u:secret@h/db' })).toThrow(
      /DATABASE_REPLICA_URLS.*mysql:\/\/…@h\/db/,
    )
  })
})
