import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { payloadClient } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { localePrefix, routes } from '@/lib/routes'
import { isSitePath, statusPath, statusUrl } from '@/submissions/paths'
import { getStatusView } from '@/submissions/status'
import { isStatusToken } from '@/submissions/token'
import '@/components/forms/forms.css'

/** Rendered per request: the submission it thanks for is in the query. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Forms')])
  return {
    ...pageMetadata({
      locale,
      path: (l) => `${localePrefix(l)}/contribute/thanks`,
      title: t('thanks.title'),
      siteName: settings.siteName,
      noindex: true,
    }),
    // the address carries the status token: never send it on
    referrer: 'no-referrer',
  }
}

const SENT = {
  feedback: 'common.sentFeedback',
  suggestion: 'common.sentSuggestion',
  correction: 'common.sentCorrection',
} as const

/** After a form was sent without JavaScript: thanks, and the private status link to keep. */
export default async function ThanksPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const token = isStatusToken(query.status) ? query.status : null
  const from = isSitePath(query.from) ? query.from : null
  const t = await getTranslations('Forms')
  const view = token ? await getStatusView(await payloadClient(), token, locale) : null
  return (
    <>
      <h1>{t('thanks.title')}</h1>
      {view && token ? (
        <div className="form-done" role="status">
          <p className="form-done-title">{t(SENT[view.kind])}</p>
          <p>
            {t('common.statusLinkIntro')}{' '}
            <a href={statusPath(locale, token)} className="status-link">
              {statusUrl(locale, token)}
            </a>
          </p>
          <p className="small">{t('common.statusLinkKeep')}</p>
        </div>
      ) : (
        <p className="lede">{t('thanks.noToken')}</p>
      )}
      <ul className="actions-list">
        {from ? (
          <li>
            <a href={from}>{t('thanks.backToPage')}</a>
          </li>
        ) : null}
        <li>
          <a href={routes.contribute(locale)}>{t('thanks.contribute')}</a>
        </li>
      </ul>
    </>
  )
}
