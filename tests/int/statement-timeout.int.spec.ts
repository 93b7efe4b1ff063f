/**
 * No SQL statement of the app runs past DATABASE_STATEMENT_TIMEOUT_MS (5 s unless set): PostgreSQL
 * cancels it. Migrations run without the limit; a wrong value stops the start with its name.
 */
import type { Payload } from 'payload'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { DEFAULT_STATEMENT_TIMEOUT_MS, poolConfig } from '@/db/pool'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
withTestPayload((p) => {
  payload = p
})

const db = () => (payload.db as unknown as { pool: pg.Pool }).pool

describe('statement timeout', () => {
  it("the app's own pool has the default limit", async () => {
    const { rows } = await db().query<{ statement_timeout: string }>('show statement_timeout')
    expect(rows[0]!.statement_timeout).toBe(`${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`)
  })

  it('a statement past the limit is cancelled by PostgreSQL, and the pool goes on answering', async () => {
    const pool = new pg.Pool({
      ...poolConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_STATEMENT_TIMEOUT_MS: '200' }),
      max: 1,
    })
    pool.on('error', () => undefined)
    try {
      await expect(pool.query('select pg_sleep(30)')).rejects.toMatchObject({ code: '57014' })
      expect((await pool.query('select 1 as one')).rows[0]).toEqual({ one: 1 })
    } finally {
      await pool.end()
    }
  })

  it('migrations run without a limit; 0 turns it off; a wrong value names the variable', () => {
    expect(poolConfig({ PAYLOAD_MIGRATING: 'true' })).not.toHaveProperty('statement_timeout')
    expect(poolConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).not.toHaveProperty('statement_timeout')
    expect(poolConfig({ DATABASE_POOL_MAX: '25' }).max).toBe(25)
    expect(() => poolConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '5s' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/)
    expect(() => poolConfig({ DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX/)
  })
})
