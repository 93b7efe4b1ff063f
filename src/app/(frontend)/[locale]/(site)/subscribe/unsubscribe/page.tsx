/**
 * /subscribe/unsubscribe?s=&t=: the link at the foot of every digest. One button unsubscribes
 * (a POST to the same one-click endpoint the `List-Unsubscribe` header names, src/digest/unsubscribe.ts).
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LinkActionPage, linkPageMetadata, type LinkPageProps } from '@/digest/LinkActionPage'

export async function generateMetadata(props: LinkPageProps): Promise<Metadata> {
  return linkPageMetadata(props, '/subscribe/unsubscribe', (await getTranslations('Digest'))('unsubscribe.title'))
}

export default async function UnsubscribePage(props: LinkPageProps) {
  const t = await getTranslations('Digest')
  return (
    <LinkActionPage
      {...props}
      action="/api/digest/unsubscribe"
      inQuery
      title={t('unsubscribe.title')}
      intro={t('unsubscribe.intro')}
      button={t('unsubscribe.button')}
    />
  )
}
