'use client'
/**
 * Inside the admin's Live Preview frame: re-render the page from the newest draft each time the
 * document is saved, with Payload's own `RefreshRouteOnSave`. Mounted only in a frame or a window
 * the admin opened (a preview tab on its own has nobody to listen to), and told this page's origin:
 * the admin runs on the same one, which SERVER_URL may spell differently (localhost vs 127.0.0.1).
 * Rendered only in previews (./PreviewBanner.tsx), so readers never load it.
 */
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'

const never = () => () => undefined
/** This page's origin when the admin embeds or opened it; null on the server and in a plain tab. */
const adminOrigin = () => (window.parent !== window || window.opener ? window.location.origin : null)

export function LivePreviewRefresh() {
  const router = useRouter()
  const origin = useSyncExternalStore(never, adminOrigin, () => null)
  return origin ? <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} /> : null
}
