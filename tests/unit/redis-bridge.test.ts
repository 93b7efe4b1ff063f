/**
 * The Redis bridge (src/server/redis-bridge.ts) against the real Redis on 127.0.0.1:6379: a public
 * change raised here goes out on the channel, one from another instance comes in as 'remote', and
 * the bridge never hears its own echo.
 */
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { announcePublicChange, onPublicChange, type PublicChange } from '@/lib/public-change'
import { startRedisBridge, type RedisBridge } from '@/server/redis-bridge'

const URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
// a channel of this run's own, whatever else uses the same Redis
const CHANNEL = `allyship-test-${process.pid}-${Date.now()}:public-change`
const quiet = { info: () => undefined, warn: () => undefined }
let bridge: RedisBridge
const outside = createClient({ url: URL })
const listener = createClient({ url: URL })
const sent: { from: string; tags: string[] }[] = []
const heard: PublicChange[] = []
let stop: () => void

beforeAll(async () => {
  await Promise.all([outside.connect(), listener.connect()])
  await listener.subscribe(CHANNEL, (raw) => {
    try {
      sent.push(JSON.parse(raw))
    } catch {
      // the test's own garbage message
    }
  })
  bridge = await startRedisBridge(URL, quiet, 'instance-under-test', CHANNEL)
  stop = onPublicChange((change) => heard.push(change))
})
afterAll(async () => {
  stop?.()
  await bridge?.close()
  await Promise.allSettled([outside.quit(), listener.quit()])
})

const until = async (check: () => boolean) => {
  const deadline = Date.now() + 3_000
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  return check()
}

describe('public changes shared through Redis', () => {
  it('a change made here is published for the other instances', async () => {
    announcePublicChange(['resources'])
    expect(await until(() => sent.some((m) => m.tags.includes('resources')))).toBe(true)
    expect(sent.find((m) => m.tags.includes('resources'))!.from).toBe('instance-under-test')
  })

  it("another instance's change arrives as remote, and is not sent on again", async () => {
    const before = sent.length
    await outside.publish(CHANNEL, JSON.stringify({ from: 'instance-b', tags: ['glossary-terms'] }))
    expect(await until(() => heard.some((c) => c.origin === 'remote' && c.tags.includes('glossary-terms')))).toBe(true)
    await new Promise((r) => setTimeout(r, 100))
    // only instance-b's own message is on the channel: the bridge did not echo it
    expect(sent.slice(before).every((m) => m.from === 'instance-b')).toBe(true)
  })

  it('ignores its own messages and messages it cannot read', async () => {
    const count = heard.filter((c) => c.origin === 'remote').length
    await outside.publish(CHANNEL, JSON.stringify({ from: 'instance-under-test', tags: ['faqs'] }))
    await outside.publish(CHANNEL, 'not json')
    await outside.publish(CHANNEL, JSON.stringify({ from: 'x', tags: 'faqs' }))
    await new Promise((r) => setTimeout(r, 200))
    expect(heard.filter((c) => c.origin === 'remote').length).toBe(count)
  })
})
