/**
 * The page an emailed link leads to (confirm, unsubscribe): a title, a sentence and one button
 * that posts the link's `s` and `t`. Opening the page changes nothing. The address carries the
 * link's secret: never indexed, never sent on as a referrer.
 */
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { localePrefix } from '@/lib/routes'
import '@/components/forms/forms.css'

export type LinkPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function linkPageMetadata({ params }: LinkPageProps, path: string, title: string): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  return {
    ...pageMetadata({
      locale,
      path: (l) => `${localePrefix(l)}${path}`,
      title,
      siteName: settings.siteName,
      noindex: true,
    }),
    referrer: 'no-referrer',
  }
}

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 100) : '')

export async function LinkActionPage({
  params,
  searchParams,
  action,
  inQuery = false,
  title,
  intro,
  button,
}: LinkPageProps & { action: string; inQuery?: boolean; title: string; intro: string; button: string }) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const s = text(query.s)
  const t = text(query.t)
  const tf = await getTranslations('Digest')
  if (!s || !t) {
    return (
      <>
        <h1>{title}</h1>
        <p className="lede">{tf('done.invalid')}</p>
      </>
    )
  }
  // the one-click endpoint takes the link in its query string, as the List-Unsubscribe header gives it
  const target = inQuery ? `${action}?${new URLSearchParams({ s, t, l: locale })}` : action
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{intro}</p>
      <form method="post" action={target} className="hub-form">
        <input type="hidden" name="locale" value={locale} />
        {inQuery ? null : (
          <>
            <input type="hidden" name="s" value={s} />
            <input type="hidden" name="t" value={t} />
          </>
        )}
        <p className="form-actions">
          <button type="submit">{button}</button>
        </p>
      </form>
    </>
  )
}
