import type { ReactNode } from 'react'

/** The site's pages, under one error and not-found boundary inside the root layout. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return children
}
