/**
 * GET /api/resources/export.csv: every resource as CSV for editors and admins (403 otherwise), in the
 * import's columns (src/import/columns.ts) plus a few read-only ones, so a file exported here can be
 * imported again (its rows then all report as duplicates). Latest versions, drafts included.
 * Written like the submissions export (src/moderation/export.ts): RFC 4180 quoting, formulas defused.
 */
import { stringify } from 'csv-stringify/sync'
import type { PayloadRequest } from 'payload'
import { isEditorUser } from '../access/roles'
import type { Resource } from '../payload-types'
import { IMPORT_COLUMNS } from './columns'

const COLUMNS = [...IMPORT_COLUMNS, 'id', 'slug', 'status', 'workflowStatus', 'updatedAt'] as const
const PAGE = 500

const slugOf = (value: unknown): string =>
  value && typeof value === 'object' && 'slug' in value ? String((value as { slug?: string | null }).slug ?? '') : ''

export function resourceRow(doc: Resource): string[] {
  const cells: Record<(typeof COLUMNS)[number], unknown> = {
    title: doc.title,
    url: doc.url,
    summary: doc.summary,
    kind: doc.kind,
    language: doc.language,
    year: doc.year,
    topics: (doc.topics ?? []).map(slugOf).filter(Boolean).join('; '),
    publisher: slugOf(doc.publisher),
    id: doc.id,
    slug: doc.slug,
    status: doc._status,
    workflowStatus: doc.workflowStatus,
    updatedAt: doc.updatedAt,
  }
  return COLUMNS.map((c) => (cells[c] === null || cells[c] === undefined ? '' : String(cells[c])))
}

/** The CSV text (what the moderation export writes: BOM, CRLF, formulas defused). */
export const resourcesCsv = (docs: Resource[]): string =>
  stringify(docs.map(resourceRow), {
    header: true,
    columns: [...COLUMNS],
    escape_formulas: true,
    bom: true,
    record_delimiter: 'windows',
  })

export async function exportResources(req: PayloadRequest): Promise<Response> {
  if (!isEditorUser(req.user))
    return Response.json(
      { errors: [{ message: 'Only editors and admins can export resources.' }] },
      { status: 403, headers: { 'Cache-Control': 'no-store' } },
    )
  const locale = req.query?.locale === 'fr' ? 'fr' : 'en'
  const docs: Resource[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'resources',
      draft: true,
      depth: 1,
      locale,
      fallbackLocale: 'en',
      sort: 'createdAt',
      limit: PAGE,
      page,
      overrideAccess: false,
      user: req.user,
      req,
      populate: { topics: { slug: true }, sources: { slug: true } },
    })
    docs.push(...result.docs)
    if (!result.hasNextPage) break
  }
  const date = new Date().toISOString().slice(0, 10)
  return new Response(resourcesCsv(docs), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="resources-${date}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
