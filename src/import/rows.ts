/**
 * One CSV row checked before Payload sees it: formula cells refused, topics and publisher resolved,
 * the URL compared with the hub's and with the rows above it. What is left to check (required fields,
 * lengths, the URL's form, the kind and language) is the collection's own validation (src/import/run.ts).
 */
import { toSlug } from '../lib/slug'
import { normaliseUrl } from '../submissions/normalise'
import { IMPORT_COLUMNS, looksLikeFormula, splitList } from './columns'
import { lookup, type Lookups } from './lookups'
import type { ParsedRow } from './parse'

export type FieldError = { field: string; message: string }
export type DuplicateOf = { kind: 'resource'; id: number; title: string } | { kind: 'row'; row: number }

export type CheckedRow = {
  row: number
  title: string
  url: string
  data: Record<string, unknown>
  errors: FieldError[]
  duplicateOf?: DuplicateOf
}

export const FORMULA_MESSAGE =
  'Starts with = + - @ or a tab, so a spreadsheet would run it as a formula. Remove that first character.'

/** Rows seen so far in this file: normalised URL and slug → row number. */
export type Seen = { urls: Map<string, number>; slugs: Map<string, number> }

export function checkRow(
  { line, cells }: ParsedRow,
  lookups: Lookups,
  seen: Seen,
  credit: { source: number; role: string },
): CheckedRow {
  const errors: FieldError[] = []
  for (const column of IMPORT_COLUMNS) {
    const cell = cells[column]
    if (cell !== undefined && looksLikeFormula(cell)) errors.push({ field: column, message: FORMULA_MESSAGE })
  }
  const text = (column: (typeof IMPORT_COLUMNS)[number]) => cells[column]?.trim() ?? ''
  const title = text('title')
  const url = text('url')
  const data: Record<string, unknown> = {
    title: title || undefined,
    url: url || undefined,
    summary: text('summary') || undefined,
    kind: text('kind').toLowerCase() || undefined,
    language: text('language').toLowerCase() || undefined,
    credits: [{ source: credit.source, role: credit.role }],
    _status: 'draft',
  }
  const year = text('year')
  if (year) {
    if (/^\d{1,4}$/.test(year)) data.year = Number(year)
    else errors.push({ field: 'year', message: 'The year must be a number, such as 2021.' })
  }
  const topics = splitList(text('topics'))
  const topicIds = topics.map((t) => lookup(lookups.topics, t))
  topics.forEach((t, i) => {
    if (topicIds[i] === undefined) errors.push({ field: 'topics', message: `No topic "${t}" (give topic slugs).` })
  })
  if (topics.length) data.topics = topicIds.filter((id) => id !== undefined)
  const publisher = text('publisher')
  if (publisher) {
    const id = lookup(lookups.sources, publisher)
    if (id === undefined) errors.push({ field: 'publisher', message: `No source "${publisher}" (give a source slug).` })
    else data.publisher = id
  }
  const checked: CheckedRow = { row: line, title, url, data, errors }
  const normalised = url ? normaliseUrl(url) : null
  if (normalised) {
    const existing = lookups.urls.get(normalised)
    const earlier = seen.urls.get(normalised)
    if (existing) checked.duplicateOf = { kind: 'resource', id: existing.id, title: existing.title }
    else if (earlier !== undefined) checked.duplicateOf = { kind: 'row', row: earlier }
    else seen.urls.set(normalised, line)
  }
  // two rows with one title would ask for one page address: say so before the second is refused
  const slug = checked.duplicateOf ? '' : toSlug(title)
  if (slug) {
    const earlier = seen.slugs.get(slug)
    if (earlier !== undefined)
      errors.push({ field: 'slug', message: `Row ${earlier} has the same title: each needs its own page address.` })
    else seen.slugs.set(slug, line)
  }
  return checked
}
