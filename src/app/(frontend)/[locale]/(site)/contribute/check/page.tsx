import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'
import { FeedbackForm } from '@/components/forms/FeedbackForm'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { localePrefix, routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { readFlash } from '@/submissions/flash'
import { FORM_IDS, isSitePath } from '@/submissions/paths'

/** Rendered per request: the form it gives back comes from a cookie. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Forms')])
  return pageMetadata({
    locale,
    path: (l) => `${localePrefix(l)}/contribute/check`,
    title: t('check.title'),
    siteName: settings.siteName,
    noindex: true,
  })
}

/**
 * Where feedback sent without JavaScript comes back when something was wrong with it: the
 * form again, filled in, with the messages, and a link to the page it is about. The content
 * pages themselves never read the flash cookies.
 */
export default async function CheckFeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const check = (await searchParams).check
  const flash = readFlash(await cookies(), typeof check === 'string' ? check : null)
  const t = await getTranslations('Forms')
  const page = flash?.form === 'feedback' && isSitePath(flash.values.page) ? flash.values.page : null
  return (
    <>
      <h1>{t('check.title')}</h1>
      {flash?.form === 'feedback' ? (
        <>
          {page ? (
            <p>
              {t('check.aboutPage')}: <a href={page}>{page}</a>
            </p>
          ) : null}
          <FeedbackForm
            locale={locale}
            page={page ?? routes.home(locale)}
            flash={flash}
            formId={FORM_IDS.feedbackCheck}
          />
        </>
      ) : (
        <p>
          {t('check.empty')} <a href={routes.contribute(locale)}>{t('thanks.contribute')}</a>
        </p>
      )}
    </>
  )
}
