import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'

/** A link out of the hub: marked as external for everyone, including screen readers. */
export async function ExternalLink({
  href,
  children,
  className,
}: {
  href: string
  children: ReactNode
  className?: string
}) {
  const t = await getTranslations('Site')
  return (
    <a href={href} rel="noopener noreferrer external" className={className ? `${className} external` : 'external'}>
      {children}
      <span className="visually-hidden"> {t('external')}</span>
      <span aria-hidden="true" className="external-mark">
        ↗
      </span>
    </a>
  )
}
