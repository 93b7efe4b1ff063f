/** /api/health: 200 while the database answers, 503 quickly when it does not; never cached. */
import net, { type AddressInfo, type Socket } from 'node:net'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { GET, HEAD } from '@/app/(payload)/api/health/route'
import { checkHealth, healthResponse } from '@/lib/health'
import { withTestPayload } from '../helpers/payload'

withTestPayload(() => undefined)

const pools: pg.Pool[] = []
const pool = (connectionString: string) => {
  // pg itself would wait a minute for a silent server: the health check must not
  const p = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 60_000 })
  p.on('error', () => undefined)
  pools.push(p)
  return p
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)))
})

describe('GET /api/health', () => {
  it('answers 200 with the status only, and tells caches not to keep it', async () => {
    const res = await GET()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' })
    const head = await HEAD()
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('answers 503 when the database does not answer (nothing listens on the port)', async () => {
    const health = await checkHealth(pool('postgres://postgres@127.0.0.1:1/none'))
    expect(health).toEqual({ status: 'unavailable', database: 'unreachable' })
    const res = healthResponse(health)
    expect(res.status).toBe(503)
    expect(res.headers.get('cache-control')).toContain('no-store')
  })

  // the test's own 10 s limit is far below pg's 60 s connection timeout: only the health check's limit ends it
  it('answers 503 within its time limit when the database hangs', { timeout: 10_000 }, async () => {
    // a server that accepts the connection and never says a word
    const sockets: Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as AddressInfo
    try {
      const health = await checkHealth(pool(`postgres://postgres@127.0.0.1:${port}/none`), 300)
      expect(health).toEqual({ status: 'unavailable', database: 'unreachable' })
    } finally {
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })

  it('answers 503 without a database configured', async () => {
    expect(await checkHealth(null)).toEqual({ status: 'unavailable', database: 'not configured' })
  })
})
