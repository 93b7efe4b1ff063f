/**
 * /subscribe: the email digest's form (src/components/forms/SubscribeForm.tsx), the same HTML for
 * every reader (no form token: the form fetches one). When a form sent without JavaScript came
 * back (`?problem=<code>`, src/digest/subscribe.ts), it is filled in from the short-lived cookie,
 * with a form token, and the message (or, for `check`, the "check and send" note).
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'
import { SubscribeForm } from '@/components/forms/SubscribeForm'
import { getSiteSettings } from '@/data/site'
import { PREFILL_COOKIE, readPrefill } from '@/digest/prefill'
import { isProblem, problemField, problemMessage } from '@/digest/problems'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

/** Rendered per request: a form that comes back (`?problem=`) is filled in from a cookie. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Digest')])
  return pageMetadata({ locale, path: routes.subscribe, title: t('form.title'), siteName: settings.siteName })
}

export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { problem } = await searchParams
  const t = await getTranslations('Digest')
  const known = isProblem(problem) ? problem : null
  const prefill = known ? readPrefill((await cookies()).get(PREFILL_COOKIE)?.value) : null
  const errors =
    known && known !== 'check' ? [{ field: problemField(known), message: problemMessage(locale, known) }] : undefined
  return (
    <>
      <h1>{t('form.title')}</h1>
      <p className="lede">{t('form.intro')}</p>
      <section className="form-panel" aria-label={t('form.title')}>
        <SubscribeForm
          locale={locale}
          prefill={prefill}
          errors={errors}
          step={known === 'check' ? 'check' : undefined}
        />
      </section>
      <PageFeedback locale={locale} page={routes.subscribe(locale)} />
    </>
  )
}
