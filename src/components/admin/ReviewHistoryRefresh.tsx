'use client'
/**
 * Inside the review history panel (ReviewHistory, a server component drawn when the page loads): after
 * the document is saved in this view, redraws the page's server components (router.refresh()), so the
 * history shows the entry the save just wrote. It watches the saved document's `updatedAt` in
 * useDocumentInfo (Payload sets it from every save's answer) and refreshes when it is newer than the one
 * the panel was drawn for; never on the first render. Renders nothing.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

const timeOf = (value: unknown): number | null => {
  if (typeof value !== 'string' || !value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/**
 * Whether a panel drawn for the save at `seen` (an ISO date; null: not known yet) is stale now that the
 * saved document says `saved`, and which save it is drawn for after that. Only a newer save refreshes;
 * the first save known (before it, nothing was drawn for a saved document here) only sets `seen`.
 */
export function refreshForSave(seen: string | null, saved: unknown): { refresh: boolean; seen: string | null } {
  const savedAt = timeOf(saved)
  if (savedAt === null) return { refresh: false, seen }
  const seenAt = timeOf(seen)
  if (seenAt === null) return { refresh: false, seen: saved as string }
  return savedAt > seenAt ? { refresh: true, seen: saved as string } : { refresh: false, seen }
}

/** The later of two saves (ISO dates; null when not known). */
export function newestSave(a: string | null, b: string | null): string | null {
  const ta = timeOf(a)
  const tb = timeOf(b)
  if (ta === null) return tb === null ? null : b
  return tb !== null && tb > ta ? b : a
}

/** The app router, when there is one (none when the panel is rendered outside Next, e.g. to markup in tests). */
function useAppRouter(): ReturnType<typeof useRouter> | null {
  try {
    return useRouter()
  } catch {
    return null
  }
}

export function ReviewHistoryRefresh({ drawnFor }: { drawnFor: string | null }) {
  const { data } = useDocumentInfo()
  const router = useAppRouter()
  const saved = data?.updatedAt
  // never on the first render: what the view holds then is what the page was drawn with
  const seen = useRef<string | null>(newestSave(drawnFor, typeof saved === 'string' ? saved : null))
  useEffect(() => {
    // a panel drawn again by the server (this refresh, or any other) is drawn for its save
    const next = refreshForSave(newestSave(seen.current, drawnFor), saved)
    seen.current = next.seen
    if (next.refresh) router?.refresh()
  }, [drawnFor, saved, router])
  return null
}
