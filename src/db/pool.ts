/**
 * The app's PostgreSQL pool settings, from the environment:
 * - DATABASE_POOL_MAX: connections per instance (10);
 * - DATABASE_STATEMENT_TIMEOUT_MS: the longest any one SQL statement may run (5,000 ms; 0 = none).
 *   PostgreSQL cancels a statement past it (error 57014) and Payload answers that request with an
 *   error instead of holding a connection and the database's CPU. `npm run migrate` runs without
 *   it (src/cli/migrating.ts), since building an index on a large table may take longer.
 */
export const DEFAULT_POOL_MAX = 10
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000

function positiveInteger(name: string, value: string | undefined, fallback: number, allowZero: boolean): number {
  if (value === undefined || value.trim() === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw new Error(`${name} must be a whole number${allowZero ? ' (0 or more)' : ' (1 or more)'}; it is "${value}"`)
  }
  return n
}

/** What the adapter's `pool` takes from us (a subset of pg's PoolConfig). */
export type PoolSettings = { connectionString?: string; max: number; statement_timeout?: number }

type Env = Record<string, string | undefined>

export function poolConfig(env: Env = process.env): PoolSettings {
  const max = positiveInteger('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, DEFAULT_POOL_MAX, false)
  const timeout =
    env.PAYLOAD_MIGRATING === 'true'
      ? 0
      : positiveInteger(
          'DATABASE_STATEMENT_TIMEOUT_MS',
          env.DATABASE_STATEMENT_TIMEOUT_MS,
          DEFAULT_STATEMENT_TIMEOUT_MS,
          true,
        )
  return {
    connectionString: env.DATABASE_URL,
    max,
    ...(timeout > 0 ? { statement_timeout: timeout } : {}),
  }
}

/**
 * DATABASE_REPLICA_URLS: read replicas, comma-separated PostgreSQL URLs (none by default). Payload's
 * adapter sends reads to them and writes to DATABASE_URL, and keeps reads on the primary for a
 * moment after a write (`readReplicasAfterWriteInterval`) so nobody reads older than what they just
 * saved. Migrations never use them.
 */
export function readReplicaUrls(env: Env = process.env): string[] | undefined {
  if (env.PAYLOAD_MIGRATING === 'true') return undefined
  const urls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\/[^/]/.test(url)) {
      throw new Error(
        `DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs; "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not one`,
      )
    }
  }
  return urls.length ? urls : undefined
}
