'use client'
/**
 * Above the submissions list (admin.components.beforeListTable): quick filters by status, kind
 * and page; bulk "mark as spam" and "decline" for the selected rows (a REST bulk update, so the
 * same hooks and access rules run as for one document); and, for admins, the CSV export of what
 * the list shows.
 */
import { Button, toast, useAuth, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import { useState } from 'react'
import { whereQuery } from './links'
import './moderation.css'

const STATUSES = [
  { value: '', label: 'All' },
  { value: 'new', label: 'New' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'added', label: 'Added' },
  { value: 'declined', label: 'Declined' },
  { value: 'spam', label: 'Spam' },
]
const KINDS = [
  { value: '', label: 'All kinds' },
  { value: 'suggestion', label: 'Suggestions' },
  { value: 'correction', label: 'Corrections' },
  { value: 'feedback', label: 'Feedback' },
]
type Filters = { status: string; kind: string; page: string }
const FILTER_KEY = /^where(?:\[and\]\[\d+\])?\[(status|kind|page)\]\[(equals|like)\]$/

/** The quick filters in the list's URL (`where[status][equals]` or `where[and][n][status][equals]`). */
function readFilters(params: URLSearchParams): Filters {
  const found: Filters = { status: '', kind: '', page: '' }
  for (const [key, value] of params.entries()) {
    const m = FILTER_KEY.exec(key)
    if (m) found[m[1] as keyof Filters] = value
  }
  return found
}

export function SubmissionListTools() {
  const params = useSearchParams()
  const router = useRouter()
  const { user } = useAuth()
  const { count, getQueryParams } = useSelection()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const current = readFilters(new URLSearchParams(params.toString()))

  /** The list with one quick filter changed (and back to its first page); other filters are replaced. */
  const hrefWith = (change: Partial<Filters>) => {
    const next = { ...current, ...change }
    const and: Record<string, unknown>[] = []
    if (next.status) and.push({ status: { equals: next.status } })
    if (next.kind) and.push({ kind: { equals: next.kind } })
    if (next.page) and.push({ page: { like: next.page } })
    const kept = new URLSearchParams()
    for (const [k, v] of params.entries()) if (!k.startsWith('where') && k !== 'page') kept.append(k, v)
    const query = [kept.toString(), and.length ? whereQuery({ and }) : ''].filter(Boolean).join('&')
    return `?${query}`
  }

  const exportQuery = [...params.entries()]
    .filter(([k]) => k.startsWith('where'))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  const isAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))

  async function bulk(status: 'spam' | 'declined') {
    setBusy(true)
    try {
      const res = await fetch(`${serverURL}${api}/submissions${getQueryParams()}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          status === 'declined' && reason.trim() ? { status, publicReason: reason.trim() } : { status },
        ),
      })
      const body = (await res.json().catch(() => ({}))) as { docs?: unknown[]; errors?: { message: string }[] }
      if (!res.ok || body.errors?.length)
        throw new Error(body.errors?.[0]?.message ?? `The server answered ${res.status}.`)
      toast.success(`${body.docs?.length ?? count} submission(s) ${status === 'spam' ? 'marked as spam' : 'declined'}.`)
      setReason('')
      router.refresh()
    } catch (err) {
      toast.error(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="ah-mod-toolbar-wrap">
      <nav className="ah-mod-chips" aria-label="Filter by status">
        {STATUSES.map((s) => (
          <a
            key={s.label}
            href={hrefWith({ status: s.value })}
            aria-current={current.status === s.value ? 'true' : undefined}
          >
            {s.label}
          </a>
        ))}
      </nav>
      <nav className="ah-mod-chips" aria-label="Filter by kind">
        {KINDS.map((k) => (
          <a
            key={k.label}
            href={hrefWith({ kind: k.value })}
            aria-current={current.kind === k.value ? 'true' : undefined}
          >
            {k.label}
          </a>
        ))}
      </nav>
      <div className="ah-mod-toolbar">
        <form
          onSubmit={(e) => {
            e.preventDefault()
            const value = String(new FormData(e.currentTarget).get('page') ?? '').trim()
            router.push(hrefWith({ page: value }))
          }}
        >
          <label>
            Page <input type="text" name="page" defaultValue={current.page} placeholder="/principles/…" />
          </label>{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Filter
          </button>
        </form>
        {isAdmin ? (
          <a href={`${serverURL}${api}/submissions/export${exportQuery ? `?${exportQuery}` : ''}`} download>
            Export these as CSV
          </a>
        ) : null}
      </div>
      {count > 0 ? (
        <div className="ah-mod-toolbar" role="group" aria-label="Selected submissions">
          <strong>{count} selected:</strong>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void bulk('spam')}>
            Mark as spam
          </Button>
          <label>
            Public reason{' '}
            <input
              type="text"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              placeholder="optional"
            />
          </label>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void bulk('declined')}>
            Decline
          </Button>
        </div>
      ) : null}
    </div>
  )
}
