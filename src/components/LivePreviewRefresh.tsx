'use client'
/**
 * Inside the admin's Live Preview frame: re-render the page from the newest draft each time
 * the document is saved. The admin (same origin) posts `payload-document-event` after a save;
 * we answer `ready` once. This is what `RefreshRouteOnSave` of @payloadcms/live-preview-react
 * does; that package is not published at 3.90.2, and Payload refuses to start beside its
 * 3.90.1 (all payload packages must share one version). Rendered only in previews
 * (src/components/PreviewBanner.tsx), so readers never load it.
 */
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === origin && data && typeof data === 'object' && data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
