/** /subscribe/done?status=: what became of a subscribe, confirm or unsubscribe (src/digest/). */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { localePrefix, routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

/** Rendered per request: what it says is in the query. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const MESSAGES = {
  pending: 'done.check',
  confirmed: 'done.confirmed',
  unsubscribed: 'done.unsubscribed',
  invalid: 'done.invalid',
  unavailable: 'done.unavailable',
} as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Digest')])
  return pageMetadata({
    locale,
    path: (l) => `${localePrefix(l)}/subscribe/done`,
    title: t('done.title'),
    siteName: settings.siteName,
    noindex: true,
  })
}

export default async function DonePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { status } = await searchParams
  const key = typeof status === 'string' && status in MESSAGES ? MESSAGES[status as keyof typeof MESSAGES] : null
  const t = await getTranslations('Digest')
  return (
    <>
      <h1>{t('done.title')}</h1>
      <div className="form-done" role="status">
        <p className="form-done-title">{t(key ?? 'done.invalid')}</p>
      </div>
      <ul className="actions-list">
        {status === 'unavailable' ? (
          <li>
            <a href={routes.feed(locale)} type="application/rss+xml">
              {t('done.feed')}
            </a>
          </li>
        ) : null}
        <li>
          <a href={routes.subscribe(locale)}>{t('done.back')}</a>
        </li>
      </ul>
      <PageFeedback locale={locale} page={`${localePrefix(locale)}/subscribe/done`} />
    </>
  )
}
