/**
 * Public changes reach every instance: with REDIS_URL set, each change raised in this process
 * (src/lib/public-change.ts) is published on one Redis channel, and every other instance that
 * hears it raises it at home as 'remote' (its page cache flushes, its proxy's slug set refreshes,
 * its Next cache expires the tags). Redis pub/sub keeps nothing: an instance that was down has
 * no cache to flush when it comes back.
 *
 * If Redis goes away, pages keep being served; each instance still flushes its own cache, and the
 * bridge reconnects by itself (node-redis's reconnect strategy) and says so in the log.
 */
import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import { announcePublicChange, onPublicChange } from '@/lib/public-change'

/** The channel public changes travel on; REDIS_PREFIX (default `allyship:`) keeps hubs sharing a Redis apart. */
export const channel = (env: Record<string, string | undefined> = process.env): string =>
  `${env.REDIS_PREFIX || 'allyship:'}public-change`

type Message = { from: string; tags: string[] }

export type RedisBridge = { instance: string; close: () => Promise<void> }

type Log = { info: (msg: string) => void; warn: (msg: string) => void }

export async function startRedisBridge(
  url: string,
  log: Log,
  instance: string = randomUUID(),
  CHANNEL: string = channel(),
): Promise<RedisBridge> {
  const options = {
    url,
    socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000), connectTimeout: 5_000 },
  }
  const publisher = createClient(options)
  const subscriber = createClient(options)
  let warned = false
  for (const client of [publisher, subscriber]) {
    client.on('error', (err: Error) => {
      if (!warned) log.warn(`Redis (${url.replace(/\/\/[^@]*@/, '//')}): ${err.message}; retrying`)
      warned = true
    })
    client.on('ready', () => {
      if (warned) log.info('Redis answers again')
      warned = false
    })
  }
  await Promise.all([publisher.connect(), subscriber.connect()])
  await subscriber.subscribe(CHANNEL, (raw) => {
    let message: Message
    try {
      message = JSON.parse(raw) as Message
    } catch {
      return
    }
    if (message.from === instance || !Array.isArray(message.tags)) return
    announcePublicChange(
      message.tags.filter((t) => typeof t === 'string'),
      'remote',
    )
  })
  const stop = onPublicChange((change) => {
    if (change.origin !== 'local' || !publisher.isReady) return
    const message: Message = { from: instance, tags: change.tags }
    publisher.publish(CHANNEL, JSON.stringify(message)).catch((err: Error) => log.warn(`Redis publish: ${err.message}`))
  })
  log.info(`Public changes are shared through Redis (instance ${instance.slice(0, 8)})`)
  return {
    instance,
    close: async () => {
      stop()
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
