/**
 * Does a published document with this slug exist? Asked by the proxy (src/proxy.ts) on every
 * request for a document's page, before the page runs; it cannot use Payload itself.
 *
 * The answer comes from memory: per table, the set of published slugs, read once on first use (one
 * query: `select slug ... where _status = 'published'`), so the hot path makes no query. Drafts of
 * published documents live in the versions tables, so the main table's `_status` is the published
 * state.
 *
 * The set follows every publish, unpublish, delete and slug change through the public-change
 * signal (src/lib/public-change.ts), raised here by src/hooks/revalidate.ts and from other
 * instances by the Redis bridge; only the tables whose cache tags changed are touched. The signal
 * comes from inside the write's transaction, before it commits, so a set read at once could miss
 * the very change it announces. Hence, per changed table:
 *
 * - for SETTLE_MS after the signal, the table is unsettled: each lookup asks the database about
 *   that one slug (the query the proxy used to make on every request), so a document whose publish
 *   has just returned is found at once, and an unpublished or deleted one is gone at once;
 * - then the set is read again (a timer, so no visitor waits for it) and trusted only when that read
 *   began after the table settled. Lookups that arrive while it is being read wait for it.
 *
 * Unknown slugs, the cheap 404s, never reach the database while the set is trusted. Changes the
 * signal cannot carry (a script writing in another process with no Redis bridge, SQL behind
 * Payload's back) show after MAX_AGE_MS at most: an older set answers while it is read again in
 * the background. The first SETTLE_MS after this module loads count as unsettled too: a write
 * whose signal came before anyone listened may still be committing.
 *
 * A preview (Next's draft-mode cookie) keeps asking the database: `publishedOrDraftExists`.
 */
import pg from 'pg'
import { PUBLIC_COLLECTIONS, PUBLIC_COLLECTION_INFO } from '../lib/collections'
import { tagFor } from '../lib/cache-tags'
import { onPublicChange, type PublicChange } from '../lib/public-change'
import type { DocumentTable } from '../lib/public-paths'

let pool: pg.Pool | null = null

/** The proxy's small pool (it cannot use Payload's), or null without DATABASE_URL. */
export function getPool(): pg.Pool | null {
  if (!process.env.DATABASE_URL) return null
  if (!pool) {
    // the sets' reads and a few single-slug lookups after a change: a second connection is plenty
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      idleTimeoutMillis: 30_000,
      statement_timeout: 1_000,
      connectionTimeoutMillis: 2_000,
    })
    pool.on('error', () => undefined)
  }
  return pool
}

/** How long after a change's signal its transaction may still be committing (hooks run inside it). */
export const SETTLE_MS = 5_000
/** The longest a set is trusted without a signal: writes no signal told of show after this at most. */
export const MAX_AGE_MS = 60_000
/** After a failed read of a set, how long lookups answer "cannot tell" before it is tried again. */
export const RETRY_MS = 1_000
/** Single-slug lookups in flight at most (while a table settles); beyond, the page decides. */
export const MAX_LOOKUPS_IN_FLIGHT = 8

/** What the sets need of a pool: `pg.Pool` or anything with its `query`. */
export type Queryable = Pick<pg.Pool, 'query'>

/** `payload:resources` → `resources`: the table behind each collection's cache tag (src/lib/cache-tags.ts). */
export const TABLE_OF_TAG: ReadonlyMap<string, DocumentTable> = new Map(
  // events share the paged tables' slug and _status columns (src/lib/public-paths.ts)
  PUBLIC_COLLECTIONS.map((c) => [tagFor(c), PUBLIC_COLLECTION_INFO[c].table as DocumentTable]),
)

type TableState = {
  slugs: Set<string> | null
  /** when the read that gave `slugs` began */
  readAt: number
  /** until then a change may be committing: lookups ask the database */
  unsettledUntil: number
  reading: Promise<void> | null
  failedAt: number
  timer: ReturnType<typeof setTimeout> | null
}

export type PublishedSlugsOptions = {
  pool?: () => Queryable | null
  now?: () => number
  settleMs?: number
  maxAgeMs?: number
}

/** The published slugs of each document table, in memory (see the top of this file). */
export class PublishedSlugs {
  /** reads of a whole set, and single-slug lookups: what the database was asked */
  readonly stats = { reads: 0, lookups: 0 }
  private readonly tables = new Map<DocumentTable, TableState>()
  private readonly pool: () => Queryable | null
  private readonly now: () => number
  private readonly settleMs: number
  private readonly maxAgeMs: number
  private readonly startedAt: number
  private inFlight = 0
  private stopListening: (() => void) | null = null

  constructor(options: PublishedSlugsOptions = {}) {
    this.pool = options.pool ?? getPool
    this.now = options.now ?? Date.now
    this.settleMs = options.settleMs ?? SETTLE_MS
    this.maxAgeMs = options.maxAgeMs ?? MAX_AGE_MS
    this.startedAt = this.now()
  }

  /** Follow the public-change signal; returns the function that stops it. */
  listen(): () => void {
    this.stopListening ??= onPublicChange((change) => this.changed(change))
    return () => this.close()
  }

  close(): void {
    this.stopListening?.()
    this.stopListening = null
    for (const state of this.tables.values()) if (state.timer) clearTimeout(state.timer)
    this.tables.clear()
  }

  /** A public change: the tables of its tags are unsettled for a while, then read again. */
  changed({ tags }: Pick<PublicChange, 'tags'>): void {
    const tables = new Set(tags.flatMap((tag) => TABLE_OF_TAG.get(tag) ?? []))
    for (const table of tables) {
      const state = this.state(table)
      // a table never read has nothing to refresh, but a read starting now would be too early
      state.unsettledUntil = this.now() + this.settleMs
      if (state.timer) clearTimeout(state.timer)
      state.timer = setTimeout(() => {
        state.timer = null
        if (state.slugs) void this.read(table, state)
      }, this.settleMs + 1)
      state.timer.unref?.()
    }
  }

  /** true/false when known; null when the database cannot tell (the page then decides). */
  async has(table: DocumentTable, slug: string): Promise<boolean | null> {
    const state = this.state(table)
    const now = this.now()
    if (now < state.unsettledUntil) return this.lookup(table, slug)
    if (!this.trusted(state)) {
      if (now - state.failedAt < RETRY_MS && !state.reading) return null
      await this.read(table, state)
      if (!this.trusted(state)) {
        // a change came in while it was read (or the read failed): ask about this one slug
        return this.now() < state.unsettledUntil ? this.lookup(table, slug) : null
      }
    } else if (now - state.readAt > this.maxAgeMs && !state.reading && now - state.failedAt >= RETRY_MS) {
      // old but not known to be wrong: answer from it while it is read again
      void this.read(table, state)
    }
    return state.slugs!.has(slug)
  }

  /** The set read after the table's last change has settled. */
  private trusted(state: TableState): boolean {
    return state.slugs !== null && state.readAt >= state.unsettledUntil
  }

  private state(table: DocumentTable): TableState {
    let state = this.tables.get(table)
    if (!state) {
      state = {
        slugs: null,
        readAt: 0,
        unsettledUntil: this.startedAt + this.settleMs,
        reading: null,
        failedAt: -Infinity,
        timer: null,
      }
      this.tables.set(table, state)
    }
    return state
  }

  /** Read the table's published slugs; concurrent callers share one read. */
  private read(table: DocumentTable, state: TableState): Promise<void> {
    state.reading ??= (async () => {
      const startedAt = this.now()
      try {
        const db = this.pool()
        if (!db) throw new Error('no DATABASE_URL')
        this.stats.reads++
        // table names come from a fixed list (DocumentTable), never from the request
        const { rows } = await db.query<{ slug: string }>(
          `select slug from "${table}" where _status = 'published' and slug is not null`,
        )
        state.slugs = new Set(rows.map((r) => r.slug))
        state.readAt = startedAt
      } catch {
        state.failedAt = this.now()
      } finally {
        state.reading = null
      }
    })()
    return state.reading
  }

  /** One slug, from the database (while its table settles). */
  private async lookup(table: DocumentTable, slug: string): Promise<boolean | null> {
    if (this.inFlight >= MAX_LOOKUPS_IN_FLIGHT) return null
    this.inFlight++
    try {
      this.stats.lookups++
      return await publishedInDatabase(this.pool(), table, slug)
    } finally {
      this.inFlight--
    }
  }
}

/** One indexed query: is `slug` published in `table`? null when the database cannot tell. */
async function publishedInDatabase(db: Queryable | null, table: DocumentTable, slug: string): Promise<boolean | null> {
  if (!db) return null
  try {
    const { rowCount } = await db.query(`select 1 from "${table}" where slug = $1 and _status = 'published' limit 1`, [
      slug,
    ])
    return (rowCount ?? 0) > 0
  } catch {
    return null
  }
}

/**
 * The process's one set of sets, on `globalThis`: the proxy and the route bundles Next compiles are
 * separate module graphs in one process (and dev reloads modules), and one listener is enough.
 */
const KEY = Symbol.for('allyship.publishedSlugs')
const scope = globalThis as unknown as Record<symbol, PublishedSlugs | undefined>
const shared = (scope[KEY] ??= new PublishedSlugs())
// listening from the moment the proxy loads, so that no change goes unheard
shared.listen()

/** true/false when known; null when it cannot tell (the page then decides). From memory (see above). */
export function publishedExists(table: DocumentTable, slug: string): Promise<boolean | null> {
  return shared.has(table, slug)
}

/**
 * For previews (Next's draft-mode cookie is present): does a published document or a newest
 * draft with this slug exist? The page itself then checks who is asking (src/preview/session.ts).
 * Always the database: previews are few, and a draft's slug changes without any public signal.
 */
export async function publishedOrDraftExists(table: DocumentTable, slug: string): Promise<boolean | null> {
  const db = getPool()
  if (!db) return null
  try {
    const { rowCount } = await db.query(
      `select 1 from "${table}" where slug = $1 union all select 1 from "_${table}_v" where version_slug = $1 and latest limit 1`,
      [slug],
    )
    return (rowCount ?? 0) > 0
  } catch {
    return null
  }
}
