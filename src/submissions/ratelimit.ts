/**
 * The per-client submission limit, kept in PostgreSQL so that every app instance counts
 * against the same numbers: rate-limiter-flexible's RateLimiterPostgres, one atomic
 * `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` per submission, on the app's own pool.
 * Its table (RATE_LIMIT_TABLE) comes from a committed migration; the library never creates it
 * (`tableCreated: true`). Keys are keyed hashes of client addresses, never addresses.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { rateLimitSettings, TOKEN_MAX_AGE_MS } from './config'

export const RATE_LIMIT_TABLE = 'submission_rate_limits'

export type LimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number }

export interface SubmissionLimiter {
  /** Count one submission for this client; `ok: false` once the window's allowance is used up. */
  consume(clientHash: string): Promise<LimitResult>
}

export function createSubmissionLimiter(pool: Pool, settings = rateLimitSettings()): SubmissionLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    keyPrefix: 'submit',
    points: settings.points,
    duration: settings.duration,
  })
  return {
    async consume(clientHash) {
      try {
        const res = await limiter.consume(clientHash, 1)
        return { ok: true, remaining: res.remainingPoints }
      } catch (rejection) {
        // over the limit: the library rejects with a RateLimiterRes; anything else is a database error
        if (rejection instanceof RateLimiterRes) {
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
  }
}

/**
 * Each form token stores one submission: a form sent twice (a double click without JavaScript, the
 * back button, a retry after a slow answer) is not queued twice. The same library and table as the
 * limit: one point per token hash for as long as a token lives, claimed atomically before storing
 * (so of simultaneous sends exactly one wins) and given back if storing fails.
 */
export interface FormTokenGuard {
  /** true for the first claim of this token hash; false once it has stored a submission */
  claim(tokenHash: string): Promise<boolean>
  /** storing failed after the claim: the token may be used again */
  release(tokenHash: string): Promise<void>
}

export function createFormTokenGuard(pool: Pool): FormTokenGuard {
  const used = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    keyPrefix: 'form-token',
    points: 1,
    duration: Math.ceil(TOKEN_MAX_AGE_MS / 1000),
  })
  return {
    async claim(tokenHash) {
      try {
        await used.consume(tokenHash, 1)
        return true
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false
        throw rejection
      }
    },
    async release(tokenHash) {
      await used.delete(tokenHash)
    },
  }
}

/** One of a kind per Payload pool (this app instance's), made on first use. */
function perPool<T>(what: string, make: (pool: Pool) => T): (payload: Payload) => T {
  const made = new WeakMap<object, T>()
  return (payload) => {
    const pool = (payload.db as unknown as { pool?: Pool }).pool
    if (!pool) throw new Error(`${what} needs the PostgreSQL adapter’s pool (payload.db.pool).`)
    let it = made.get(pool)
    if (!it) {
      it = make(pool)
      made.set(pool, it)
    }
    return it
  }
}

/** The limiter of this app instance, on its Payload's pool. */
export const submissionLimiter = perPool('The submission rate limit', (pool) => createSubmissionLimiter(pool))

/** The form-token guard of this app instance, on its Payload's pool. */
export const formTokenGuard = perPool('The form-token guard', createFormTokenGuard)
