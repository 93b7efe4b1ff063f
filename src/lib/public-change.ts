/**
 * "Something the public sees has changed": one signal, raised from the place that expires Next's
 * cache tags (src/hooks/revalidate.ts), heard by everything that keeps a copy of public content
 * outside Next: the anonymous page cache of the production server (src/server/page-cache.ts), the
 * proxy's set of published slugs (src/db/published.ts), and the Redis bridge that carries the
 * signal to every other instance (src/server/redis-bridge.ts).
 *
 * The listeners live on `globalThis` under a registered symbol: the production server and the
 * route bundles Next compiles are separate module graphs in one process, and both must reach the
 * same set.
 */
export type PublicChange = {
  /** the cache tags that expired (src/lib/cache-tags.ts) */
  tags: string[]
  /** 'local' when raised in this process, 'remote' when it came from another instance */
  origin: 'local' | 'remote'
}

export type PublicChangeListener = (change: PublicChange) => void

const KEY = Symbol.for('allyship.publicChange.listeners')

function listeners(): Set<PublicChangeListener> {
  const scope = globalThis as unknown as Record<symbol, Set<PublicChangeListener> | undefined>
  return (scope[KEY] ??= new Set())
}

/** Listen for public changes; returns the function that stops listening. */
export function onPublicChange(listener: PublicChangeListener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/** Tell every listener in this process. A listener that throws does not stop the others. */
export function announcePublicChange(tags: string[], origin: PublicChange['origin'] = 'local'): void {
  for (const listener of [...listeners()]) {
    try {
      listener({ tags, origin })
    } catch (err) {
      console.error('[public-change] a listener failed:', err)
    }
  }
}
