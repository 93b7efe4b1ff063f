/** A seed step: what it writes, how many documents it looks at, and the progress line it ends with. */
import type { CollectionSlug } from 'payload'
import type { SeedContext } from '../context'
import { upsert, type Upsert } from '../upsert'

export type Counts = { created: number; kept: number }

export type Step = {
  /** its key in the seed's report */
  name: string
  /** documents it looks at, for the progress bar */
  size: number
  /** null for a step that only links what earlier steps wrote: no count, no progress line */
  run: (ctx: SeedContext) => Promise<{ counts: Counts; line: string } | null>
}

/** One collection's fixtures, each found or created by slug. */
export function collectionStep<T extends { slug: string }>(spec: {
  collection: CollectionSlug
  items: readonly T[]
  build: (item: T, ctx: SeedContext) => ReturnType<Upsert['build']>
  frRequired?: string[]
}): Step {
  const { collection, items, build, frRequired } = spec
  return {
    name: collection,
    size: items.length,
    async run(ctx) {
      const counts: Counts = { created: 0, kept: 0 }
      for (const item of items) {
        counts[await upsert(ctx, { collection, slug: item.slug, build: () => build(item, ctx), frRequired })]++
      }
      return { counts, line: `${collection}: ${counts.created} created, ${counts.kept} already there` }
    },
  }
}
