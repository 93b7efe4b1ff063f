/**
 * Sign-in throttling (rate-limiter-flexible on PostgreSQL, the table the submission limit uses):
 * - per account and client address: LOGIN_ATTEMPTS_PER_ACCOUNT attempts in LOGIN_WINDOW_SECONDS,
 *   forgotten as soon as that address signs in to that account;
 * - per client address: LOGIN_ATTEMPTS_PER_ADDRESS failed attempts in an hour, whatever the accounts.
 * A stranger's guesses block only the stranger's address: the account itself is never locked
 * (Payload's own lock, `maxLoginAttempts`, is off, since anyone could lock the admin out with
 * five guesses). The refusal is the same whether the account exists or not, and a wrong password
 * and an unknown email get Payload's one answer ("The email or password provided is incorrect.").
 * Only REST and GraphQL sign-ins count; server code (the local API) is not throttled.
 * Keys are keyed hashes; no address or email is stored.
 */
import { createHash } from 'node:crypto'
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook } from 'payload'
import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { clientAddress, hashClientAddress } from '@/submissions/client'
import { RATE_LIMIT_TABLE } from '@/submissions/ratelimit'

export const LOGIN_ATTEMPTS_PER_ACCOUNT = 5
export const LOGIN_WINDOW_SECONDS = 15 * 60
export const LOGIN_ATTEMPTS_PER_ADDRESS = 30
export const LOGIN_ADDRESS_WINDOW_SECONDS = 60 * 60

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres }
const limiters = new WeakMap<Pool, Limiters>()

function limitersFor(pool: Pool): Limiters {
  let found = limiters.get(pool)
  if (!found) {
    const base = { storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, tableCreated: true } as const
    found = {
      account: new RateLimiterPostgres({
        ...base,
        keyPrefix: 'login-account',
        points: LOGIN_ATTEMPTS_PER_ACCOUNT,
        duration: LOGIN_WINDOW_SECONDS,
      }),
      address: new RateLimiterPostgres({
        ...base,
        keyPrefix: 'login-address',
        points: LOGIN_ATTEMPTS_PER_ADDRESS,
        duration: LOGIN_ADDRESS_WINDOW_SECONDS,
      }),
    }
    limiters.set(pool, found)
  }
  return found
}

type Req = Parameters<CollectionBeforeOperationHook>[0]['req']

const poolOf = (req: Req) => (req.payload.db as unknown as { pool: Pool }).pool
const counted = (req: Req) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

function keys(req: Req, email: unknown) {
  const address = hashClientAddress(clientAddress(req.headers))
  const account = createHash('sha256')
    .update(
      `${String(email ?? '')
        .trim()
        .toLowerCase()}|${address}`,
    )
    .digest('hex')
  return { address, account }
}

export const TOO_MANY_ATTEMPTS = (minutes: number) =>
  `Too many sign-in attempts from your address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || !counted(req)) return args
  const { account, address } = keys(req, (args as { data?: { email?: unknown } }).data?.email)
  const { account: perAccount, address: perAddress } = limitersFor(poolOf(req))
  try {
    await perAddress.consume(address, 1)
    await perAccount.consume(account, 1)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new APIError(TOO_MANY_ATTEMPTS(Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000))), 429)
    }
    throw rejection
  }
  return args
}

/**
 * A successful sign-in forgets that address's attempts on that account, and does not count
 * against the address: only failures use up its hourly allowance (an office behind one address
 * signs in all day).
 */
export const forgetLoginAttempts: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'login' || !counted(req)) return result
  const { account, address } = keys(req, (args as { data?: { email?: unknown } }).data?.email)
  const { account: perAccount, address: perAddress } = limitersFor(poolOf(req))
  await perAccount.delete(account)
  await perAddress.reward(address, 1)
  return result
}
