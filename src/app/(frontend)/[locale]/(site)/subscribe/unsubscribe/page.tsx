/**
 * /subscribe/unsubscribe?s=&t=: the link at the foot of every digest. One button unsubscribes
 * (a POST to the same one-click endpoint the `List-Unsubscribe` header names, src/digest/unsubscribe.ts).
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageFeedback } from '@/components/PageFeedback'
import { LinkActionPage, linkPageMetadata, type LinkPageProps } from '@/digest/LinkActionPage'
import { pageLocale } from '@/i18n/server'
import { localePrefix } from '@/lib/routes'

/** Rendered per request: the link it acts on is in the query. */
export const dynamic = 'force-dynamic'

export async function generateMetadata(props: LinkPageProps): Promise<Metadata> {
  return linkPageMetadata(props, '/subscribe/unsubscribe', (await getTranslations('Digest'))('unsubscribe.title'))
}

export default async function UnsubscribePage(props: LinkPageProps) {
  const locale = await pageLocale(props.params)
  const t = await getTranslations('Digest')
  return (
    <>
      <LinkActionPage
        {...props}
        action="/api/digest/unsubscribe"
        inQuery
        title={t('unsubscribe.title')}
        intro={t('unsubscribe.intro')}
        button={t('unsubscribe.button')}
      />
      <PageFeedback locale={locale} page={`${localePrefix(locale)}/subscribe/unsubscribe`} />
    </>
  )
}
