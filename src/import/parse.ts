/**
 * Reading an uploaded CSV, or text pasted from a spreadsheet (tab-separated), into rows keyed by
 * column (src/import/columns.ts). The first line is the header; unknown headers are reported, not fatal.
 */
import { parse } from 'csv-parse/sync'
import { columnOf, type ImportColumn, isExportOnly } from './columns'

export type ParsedRow = { line: number; cells: Partial<Record<ImportColumn, string>> }
export type ParsedFile = {
  rows: ParsedRow[]
  columns: ImportColumn[]
  unknownColumns: string[]
  missingColumns: ImportColumn[]
}

export class CsvError extends Error {}

/** Tabs on the header line and no commas outside quotes there: pasted from a spreadsheet. */
const delimiterOf = (text: string): string => {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  return header.includes('\t') ? '\t' : header.includes(';') && !header.includes(',') ? ';' : ','
}

export function parseResourcesCsv(text: string, required: readonly ImportColumn[]): ParsedFile {
  const source = text.replace(/^\uFEFF/, '')
  let records: string[][]
  try {
    records = parse(source, {
      delimiter: delimiterOf(source),
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][]
  } catch (err) {
    throw new CsvError(`The file could not be read as CSV: ${(err as Error).message}`)
  }
  const [header, ...body] = records
  if (!header) throw new CsvError('The file is empty: the first line must name the columns.')
  const indexes: [number, ImportColumn][] = []
  const unknownColumns: string[] = []
  header.forEach((name, i) => {
    const column = columnOf(name)
    if (column && !indexes.some(([, c]) => c === column)) indexes.push([i, column])
    else if (name.trim() && !isExportOnly(name)) unknownColumns.push(name.trim())
  })
  const columns = indexes.map(([, c]) => c)
  const rows = body
    .map((record, i) => {
      const cells: Partial<Record<ImportColumn, string>> = {}
      for (const [index, column] of indexes) {
        const value = record[index]
        if (value !== undefined && value !== '') cells[column] = value
      }
      return { line: i + 2, cells }
    })
    .filter((row) => Object.keys(row.cells).length > 0)
  return { rows, columns, unknownColumns, missingColumns: required.filter((c) => !columns.includes(c)) }
}
