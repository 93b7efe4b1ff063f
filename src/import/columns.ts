/**
 * The columns of the resources CSV, shared by the import (src/import/parse.ts) and the export
 * (src/import/export.ts), so what is exported can be imported again. Header names are matched
 * case-insensitively, in any order; a few spellings from spreadsheets are accepted as aliases.
 */
export const IMPORT_COLUMNS = ['title', 'url', 'summary', 'kind', 'language', 'year', 'topics', 'publisher'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Required on every row (as the collection requires them; `language` defaults to `en`). */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['title', 'url', 'summary', 'kind']

const ALIASES: Record<string, ImportColumn> = {
  name: 'title',
  link: 'url',
  address: 'url',
  description: 'summary',
  type: 'kind',
  lang: 'language',
  topic: 'topics',
  author: 'publisher',
}

/** Written by the export for the editor's information; read back as nothing (the server sets them). */
export const EXPORT_ONLY_COLUMNS = ['id', 'slug', 'status', 'workflowStatus', 'updatedAt'] as const

/** The column a header names, or null when it is not one of ours. */
export function columnOf(header: string): ImportColumn | null {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
  const direct = IMPORT_COLUMNS.find((c) => c.toLowerCase() === key)
  return direct ?? ALIASES[key] ?? null
}

export const isExportOnly = (header: string): boolean =>
  EXPORT_ONLY_COLUMNS.some((c) => c.toLowerCase() === header.trim().toLowerCase())

/** Several topics in one cell: `a; b`, `a, b` or `a|b`. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * A cell a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return
 * (or their full-width forms), the same list csv-stringify's `escape_formulas` defuses on export.
 * The import refuses such a row with a field error rather than storing it (see README, Bulk import).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

export const looksLikeFormula = (cell: string): boolean => FORMULA_START.test(cell) || FORMULA_START.test(cell.trim())
