/**
 * The import itself, dry run or not. Every row that is neither a duplicate nor refused above goes
 * through the collection's own validation: created as a draft through the local API with the
 * importer's access (`overrideAccess: false`, `draft: true`), each in its own transaction, committed
 * on an import and rolled back on a dry run, so a dry run reports exactly the messages a real save
 * gives and writes nothing. Rows go in small concurrent batches, with progress after each.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  ValidationError,
} from 'payload'
import type { User } from '../payload-types'
import { REQUIRED_COLUMNS } from './columns'
import { loadLookups } from './lookups'
import { parseResourcesCsv } from './parse'
import { checkRow, type CheckedRow, type DuplicateOf, type FieldError, type Seen } from './rows'

export type Outcome = 'create' | 'created' | 'duplicate' | 'invalid'
export type RowReport = {
  row: number
  title: string
  url: string
  outcome: Outcome
  errors: FieldError[]
  duplicateOf?: DuplicateOf
  /** the draft made (import only) */
  id?: number
}
export type ImportReport = {
  dryRun: boolean
  total: number
  counts: Record<Outcome, number>
  unknownColumns: string[]
  missingColumns: string[]
  rows: RowReport[]
}
export type ImportOptions = {
  dryRun: boolean
  /** the source credited on every draft */
  source: number
  role?: string
  locale?: 'en' | 'fr'
  onProgress?: (done: number, total: number) => void
}

// rows saved at once, each holding a pool connection: 6 of the default 10 leaves room for the site
const CONCURRENCY = 6

const fieldErrorsOf = (err: unknown): FieldError[] => {
  if (err instanceof ValidationError) return err.data.errors.map((e) => ({ field: e.path, message: e.message }))
  return [{ field: '', message: err instanceof Error ? err.message : 'The row could not be saved.' }]
}

/** Save one row as a draft in its own transaction; kept only when `commit`. */
async function attempt(payload: Payload, user: User, row: CheckedRow, commit: boolean, locale: 'en' | 'fr') {
  const req = await createLocalReq({ user, locale }, payload)
  await initTransaction(req)
  try {
    const doc = await payload.create({
      collection: 'resources',
      data: row.data as never,
      user,
      overrideAccess: false,
      draft: true,
      depth: 0,
      locale,
      req,
    })
    if (commit) await commitTransaction(req)
    else await killTransaction(req)
    return { id: doc.id as number, errors: [] as FieldError[] }
  } catch (err) {
    await killTransaction(req)
    return { errors: fieldErrorsOf(err) }
  }
}

export async function runImport(payload: Payload, user: User, text: string, options: ImportOptions) {
  const { dryRun, source, role = 'adapted-from', locale = 'en', onProgress } = options
  const file = parseResourcesCsv(text, REQUIRED_COLUMNS)
  const lookups = await loadLookups(payload)
  const seen: Seen = { urls: new Map(), slugs: new Map() }
  const checked = file.rows.map((row) => checkRow(row, lookups, seen, { source, role }))
  const reports: RowReport[] = []
  const total = checked.length
  onProgress?.(0, total)
  for (let start = 0; start < total; start += CONCURRENCY) {
    const batch = checked.slice(start, start + CONCURRENCY)
    const done = await Promise.all(
      batch.map(async (row): Promise<RowReport> => {
        const base = { row: row.row, title: row.title, url: row.url }
        if (row.duplicateOf) return { ...base, outcome: 'duplicate', errors: [], duplicateOf: row.duplicateOf }
        // refused rows are validated too (never kept), so each reports all its field errors at once
        const saved = await attempt(payload, user, row, !dryRun && row.errors.length === 0, locale)
        const errors = [...row.errors, ...saved.errors.filter((e) => !row.errors.some((r) => r.field === e.field))]
        if (errors.length) return { ...base, outcome: 'invalid', errors }
        return dryRun ? { ...base, outcome: 'create', errors } : { ...base, outcome: 'created', errors, id: saved.id }
      }),
    )
    reports.push(...done)
    onProgress?.(reports.length, total)
  }
  const counts: Record<Outcome, number> = { create: 0, created: 0, duplicate: 0, invalid: 0 }
  for (const r of reports) counts[r.outcome]++
  const report: ImportReport = {
    dryRun,
    total,
    counts,
    unknownColumns: file.unknownColumns,
    missingColumns: file.missingColumns,
    rows: reports,
  }
  return report
}
