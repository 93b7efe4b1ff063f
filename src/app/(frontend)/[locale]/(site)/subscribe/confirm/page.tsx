/**
 * /subscribe/confirm?s=&t=: where the confirmation email leads. Opening it changes nothing (mail
 * scanners open links); its button posts the link to /api/digest/confirm (src/digest/confirm.ts).
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
  return linkPageMetadata(props, '/subscribe/confirm', (await getTranslations('Digest'))('confirm.title'))
}

export default async function ConfirmPage(props: LinkPageProps) {
  const locale = await pageLocale(props.params)
  const t = await getTranslations('Digest')
  return (
    <>
      <LinkActionPage
        {...props}
        action="/api/digest/confirm"
        title={t('confirm.title')}
        intro={t('confirm.intro')}
        button={t('confirm.button')}
      />
      <PageFeedback locale={locale} page={`${localePrefix(locale)}/subscribe/confirm`} />
    </>
  )
}
