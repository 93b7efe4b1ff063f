/**
 * GET /api/submissions/export: the submissions as CSV, for admins only (403 for everyone else).
 * Takes the list view's `where` (so "Export" exports what the list shows), newest first.
 *
 * Written by csv-stringify: fields quoted and escaped as RFC 4180 wants, and formula injection
 * defused (`escape_formulas`: a cell starting with = + - @, a tab or a carriage return, or their
 * full-width forms, gets a leading `'`, so a spreadsheet shows it as text instead of running it).
 * Read with the admin's own access, so field access still applies; the email column is there only
 * for admins, whatever else may be allowed to export one day.
 */
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { isAdminUser } from '../access/roles'
import type { Submission } from '../payload-types'

const COLUMNS = [
  'id',
  'createdAt',
  'kind',
  'status',
  'page',
  'helpful',
  'title',
  'url',
  'message',
  'name',
  'email',
  'credit',
  'locale',
  'publicReason',
  'moderatorNotes',
  'decidedAt',
  'result',
  'erasedAt',
] as const

const PAGE = 500

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

const resultOf = (result: Submission['result']): string => {
  if (!result) return ''
  const id = typeof result.value === 'object' ? result.value.id : result.value
  return `${result.relationTo}/${id}`
}

/** The CSV text for these submissions (email only when `withEmail`). */
export function submissionsCsv(docs: Submission[], { withEmail }: { withEmail: boolean }): string {
  const columns = COLUMNS.filter((c) => withEmail || c !== 'email')
  const rows = docs.map((doc) =>
    columns.map((column) =>
      column === 'result' ? resultOf(doc.result) : cell((doc as unknown as Record<string, unknown>)[column]),
    ),
  )
  return stringify(rows, {
    header: true,
    columns: [...columns],
    escape_formulas: true,
    bom: true,
    record_delimiter: 'windows',
  })
}

const json = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

export async function exportSubmissions(req: PayloadRequest): Promise<Response> {
  if (!isAdminUser(req.user)) return json(403, 'Only admins can export submissions.')
  const where = (req.query?.where ?? undefined) as Where | undefined
  const docs: Submission[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'submissions',
      where,
      sort: '-createdAt',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: false,
      user: req.user,
      req,
    })
    docs.push(...result.docs)
    if (!result.hasNextPage) break
  }
  const date = new Date().toISOString().slice(0, 10)
  return new Response(submissionsCsv(docs, { withEmail: isAdminUser(req.user) }), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="submissions-${date}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const exportEndpoint: Endpoint = { path: '/export', method: 'get', handler: exportSubmissions }
