import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'
import { SuggestionForm } from '@/components/forms/SuggestionForm'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { readFlash } from '@/submissions/flash'
import { PageFeedback } from '@/components/PageFeedback'

/** Rendered per request: a form that comes back (`?check=`) is filled in from a cookie. */
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
    path: routes.contribute,
    title: t('contribute.title'),
    description: t('contribute.description'),
    siteName: settings.siteName,
  })
}

/**
 * /contribute: what happens to what people send, then the suggestion form. When the form
 * comes back from /api/submit (`?check=<id>`), it is filled in with what was typed and the
 * messages (src/submissions/flash.ts).
 */
export default async function ContributePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const check = (await searchParams).check
  const flash = readFlash(await cookies(), typeof check === 'string' ? check : null)
  const t = await getTranslations('Forms')
  return (
    <>
      <h1>{t('contribute.title')}</h1>
      <p className="lede">{t('contribute.lede')}</p>
      <section aria-labelledby="promise-title" className="prose">
        <h2 id="promise-title">{t('contribute.promiseTitle')}</h2>
        <ol>
          <li>{t('contribute.promise1')}</li>
          <li>{t('contribute.promise2')}</li>
          <li>{t('contribute.promise3')}</li>
        </ol>
        <h2 id="privacy-title">{t('contribute.privacyTitle')}</h2>
        <p>{t('contribute.privacy')}</p>
      </section>
      <SuggestionForm locale={locale} flash={flash} />
      <p className="muted">{t('contribute.feedbackNote')}</p>
      <PageFeedback locale={locale} page={routes.contribute(locale)} />
    </>
  )
}
