/**
 * A budget for anonymous reads over REST and GraphQL: `depth` at most ANONYMOUS_MAX_DEPTH and `limit`
 * at most ANONYMOUS_MAX_LIMIT on every collection (Payload allows depth 10 and any limit:
 * `/api/glossary-terms?limit=100&depth=100` took 2.5 GB and 9 s), and pagination stays on. The public site reads through the
 * local API and is not affected; signed-in staff keep Payload's own limits.
 */
import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

export const ANONYMOUS_MAX_DEPTH = 1
export const ANONYMOUS_MAX_LIMIT = 100

const READS = new Set(['read', 'findByID', 'readDistinct'])

const capAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.user || req.payloadAPI === 'local' || !READS.has(operation)) return args
  const read = args as { depth?: unknown; limit?: unknown; pagination?: unknown; currentDepth?: unknown }
  // Payload's own population of relationships runs the same operation (currentDepth set, ids batched
  // with pagination off): the request's budget already decided how far it goes. GraphQL populates with
  // currentDepth 0, so any number counts; a request's own read never carries one. Capping a batch cut
  // off a GraphQL list's related documents after the first 10 of all the ids it needed.
  if (typeof read.currentDepth === 'number') return args
  if (typeof read.depth !== 'number' || !(read.depth <= ANONYMOUS_MAX_DEPTH)) read.depth = ANONYMOUS_MAX_DEPTH
  // `limit=0` and `pagination=false` both mean "everything" to Payload
  if (typeof read.limit === 'number' && !(read.limit > 0 && read.limit <= ANONYMOUS_MAX_LIMIT))
    read.limit = ANONYMOUS_MAX_LIMIT
  if (read.pagination === false) read.pagination = true
  return args
}

export const readBudget =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((c) => ({
      ...c,
      hooks: { ...c.hooks, beforeOperation: [capAnonymousReads, ...(c.hooks?.beforeOperation ?? [])] },
    })),
  })
