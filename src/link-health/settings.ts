/**
 * The link checker's settings, from the environment, read in one place.
 *
 * LINK_CHECK_TIMEOUT_MS: per request (each HEAD, GET and redirect hop), default 10000.
 * LINK_CHECK_CONCURRENCY: links checked at once, default 4 (never more than one per host).
 * LINK_CHECK_STALE_DAYS: a link is checked again this many days after its last check, default 7.
 * LINK_CHECK_BATCH: resources read per round, default 50.
 * LINK_CHECK_MAX_PER_RUN: links checked by one run of the job at most, default 1000; the rest,
 *   oldest check first, wait for the next run.
 * LINK_CHECK_RUN_BUDGET_MS: one run starts no new check after this long, default 480000 (8 min,
 *   under the maintenance queue's 10-minute tick).
 * LINK_CHECK_ALLOW_PRIVATE: `1` lets the checker reach loopback and private-network addresses
 *   (tests, intranets). Off by default: resource URLs can come from the public suggestion form,
 *   and the server must not be a way to probe its own network.
 */
import { serverUrl } from '../lib/env'

type Env = Record<string, string | undefined>

export const CHECK_LINKS_TASK = 'checkLinks'
/** nightly at 02:15 server time, before the retention job (03:30) */
export const CHECK_LINKS_CRON = '15 2 * * *'

export const DEFAULTS = {
  timeoutMs: 10_000,
  concurrency: 4,
  staleDays: 7,
  batch: 50,
  maxPerRun: 1000,
  runBudgetMs: 8 * 60_000,
} as const

export const MAX_REDIRECTS = 5

export type LinkCheckSettings = {
  timeoutMs: number
  concurrency: number
  staleDays: number
  batch: number
  maxPerRun: number
  runBudgetMs: number
  allowPrivate: boolean
  userAgent: string
}

const positive = (env: Env, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const n = Number(raw)
  if (Number.isFinite(n) && n > 0) return Math.min(max, Math.floor(n))
  console.warn(`[link-health] ${name}=${JSON.stringify(raw)} is not a positive number; using ${fallback}.`)
  return fallback
}

export const userAgent = (): string => `AllyshipHub-LinkCheck/1.0 (+${serverUrl()})`

export function linkCheckSettings(env: Env = process.env): LinkCheckSettings {
  return {
    timeoutMs: positive(env, 'LINK_CHECK_TIMEOUT_MS', DEFAULTS.timeoutMs, 120_000),
    concurrency: positive(env, 'LINK_CHECK_CONCURRENCY', DEFAULTS.concurrency, 32),
    staleDays: positive(env, 'LINK_CHECK_STALE_DAYS', DEFAULTS.staleDays, 3650),
    batch: positive(env, 'LINK_CHECK_BATCH', DEFAULTS.batch, 1000),
    maxPerRun: positive(env, 'LINK_CHECK_MAX_PER_RUN', DEFAULTS.maxPerRun),
    runBudgetMs: positive(env, 'LINK_CHECK_RUN_BUDGET_MS', DEFAULTS.runBudgetMs),
    allowPrivate: env.LINK_CHECK_ALLOW_PRIVATE === '1',
    userAgent: userAgent(),
  }
}
