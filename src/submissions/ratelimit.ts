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
import { rateLimitSettings } from './config'

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

const limiters = new WeakMap<object, SubmissionLimiter>()

/** The limiter of this app instance, on its Payload's pool (one per pool). */
export function submissionLimiter(payload: Payload): SubmissionLimiter {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('The submission rate limit needs the PostgreSQL adapter’s pool (payload.db.pool).')
  let limiter = limiters.get(pool)
  if (!limiter) {
    limiter = createSubmissionLimiter(pool)
    limiters.set(pool, limiter)
  }
  return limiter
}
