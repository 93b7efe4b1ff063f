'use client'
/**
 * Above the resources list (admin.components.beforeListTable), for editors and admins: "Export CSV"
 * (GET /api/resources/export.csv) and "Import CSV": pick a file or paste rows from a spreadsheet,
 * choose the source to credit, check it (a dry run: what would be created, duplicates, field errors,
 * row by row), then import the good rows as drafts, with progress and a summary. The server does
 * all the work (src/import); this only sends the text and shows the NDJSON lines it answers.
 */
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { isEditorUser } from '../../access/roles'
import type { ImportReport, RowReport } from '../../import/run'
import './ResourceImport.css'

type SourceOption = { id: number; title: string }
type Progress = { done: number; total: number }

const OUTCOME: Record<RowReport['outcome'], string> = {
  create: 'Will be created',
  created: 'Created',
  duplicate: 'Duplicate',
  invalid: 'Not imported',
}

const detailsOf = (row: RowReport) => {
  if (row.duplicateOf?.kind === 'resource')
    return `Already in the hub: “${row.duplicateOf.title}” (#${row.duplicateOf.id})`
  if (row.duplicateOf?.kind === 'row') return `Same link as row ${row.duplicateOf.row}`
  return row.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' ')
}

export function ResourceImport() {
  const { user } = useAuth()
  const router = useRouter()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const base = `${serverURL}${api}`
  const [sources, setSources] = useState<SourceOption[]>([])
  const [source, setSource] = useState('')
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState('')
  const [progress, setProgress] = useState<Progress | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const allowed = isEditorUser(user as { roles?: string[] } | null)

  useEffect(() => {
    if (!allowed) return
    void fetch(`${base}/sources?limit=1000&depth=0&sort=title&select[title]=true`, { credentials: 'include' })
      .then((res) => res.json())
      .then((body: { docs?: SourceOption[] }) => setSources(body.docs ?? []))
      .catch(() => setSources([]))
  }, [allowed, base])

  if (!allowed) return null

  async function run(dryRun: boolean) {
    setBusy(true)
    setError('')
    setProgress(null)
    if (dryRun) setReport(null)
    try {
      const query = new URLSearchParams({ source, ...(dryRun ? { dryRun: '1' } : {}) })
      const res = await fetch(`${base}/resources/import?${query}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'text/csv; charset=utf-8', Accept: 'application/x-ndjson' },
        body: text,
      })
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] }
        setError(body.errors?.[0]?.message ?? `The server answered ${res.status}.`)
        return
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
      let pending = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        pending += value
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { type: string; message?: string } & Progress & ImportReport
          if (message.type === 'progress') setProgress({ done: message.done, total: message.total })
          else if (message.type === 'report') setReport(message)
          else if (message.type === 'error') setError(message.message ?? 'The import stopped.')
        }
      }
      if (!dryRun) router.refresh()
    } catch {
      setError('The connection was lost: reload the list to see what was imported.')
    } finally {
      setBusy(false)
    }
  }

  const onFile = async (file: File | undefined) => {
    setReport(null)
    setFileName(file?.name ?? '')
    setText(file ? await file.text() : '')
  }

  const ready = Boolean(text.trim() && source) && !busy
  const done = report && !report.dryRun
  const good = report?.dryRun ? report.counts.create : 0

  return (
    <details className="ah-import">
      <summary>Import or export CSV</summary>
      <div className="ah-import__body">
        <p>
          <a className="ah-import__export" href={`${base}/resources/export.csv`} download>
            Export CSV
          </a>{' '}
          every resource (drafts included), in the columns the import reads.
        </p>
        <p className="ah-import__help">
          Columns (header row, any order): <code>title</code>, <code>url</code>, <code>summary</code>, <code>kind</code>{' '}
          required; <code>language</code> (default en), <code>year</code>, <code>topics</code> (slugs, separated by ;),{' '}
          <code>publisher</code> (a source slug). Rows become drafts, never published.
        </p>
        <div className="ah-import__fields">
          <label>
            CSV file
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <label>
            Source to credit
            <select value={source} onChange={(e) => setSource(e.target.value)} required>
              <option value="">Choose a source…</option>
              {sources.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="ah-import__paste">
          Or paste rows from a spreadsheet{fileName ? ` (replaces ${fileName})` : ''}
          <textarea
            rows={4}
            value={text}
            onChange={(e) => {
              setReport(null)
              setFileName('')
              setText(e.target.value)
            }}
          />
        </label>
        <div className="ah-import__actions">
          <Button buttonStyle="secondary" disabled={!ready} onClick={() => void run(true)}>
            Check (dry run)
          </Button>
          {report?.dryRun && good > 0 ? (
            <Button disabled={busy} onClick={() => void run(false)}>
              {`Import ${good} row${good === 1 ? '' : 's'} as drafts`}
            </Button>
          ) : null}
        </div>
        {busy && progress ? (
          <p role="status">
            <progress max={progress.total || 1} value={progress.done} /> {progress.done} of {progress.total} rows
          </p>
        ) : null}
        {error ? (
          <p className="ah-import__error" role="alert">
            {error}
          </p>
        ) : null}
        {report ? (
          <div className="ah-import__report">
            <p role="status" className="ah-import__summary">
              {done
                ? `Imported: ${report.counts.created} drafts created, ${report.counts.duplicate} duplicates and ${report.counts.invalid} rows with errors skipped.`
                : `Dry run: ${report.counts.create} would be created, ${report.counts.duplicate} duplicates, ${report.counts.invalid} with errors. Nothing was saved.`}
            </p>
            {report.unknownColumns.length ? (
              <p>Columns ignored (not ours): {report.unknownColumns.join(', ')}</p>
            ) : null}
            {report.missingColumns.length ? <p>Columns missing: {report.missingColumns.join(', ')}</p> : null}
            <table className="ah-import__table">
              <caption>{done ? 'Import, row by row' : 'Dry run, row by row'}</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Title</th>
                  <th scope="col">URL</th>
                  <th scope="col">Result</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.row} className={`ah-import__row--${row.outcome}`}>
                    <td>{row.row}</td>
                    <td>{row.title}</td>
                    <td>{row.url}</td>
                    <td>{OUTCOME[row.outcome]}</td>
                    <td>{detailsOf(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </details>
  )
}
