import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { payloadClient } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { statusPath } from '@/submissions/paths'
import { getStatusView, type StatusView } from '@/submissions/status'
import { isStatusToken } from '@/submissions/token'
import '@/components/forms/forms.css'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { token } = await params
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Forms')])
  return {
    ...pageMetadata({
      locale,
      path: (l) => statusPath(l, token),
      title: t('status.metaTitle'),
      siteName: settings.siteName,
      noindex: true,
    }),
    // the address is the sender's secret: never send it on to the pages it links to
    referrer: 'no-referrer',
  }
}

const KIND = {
  feedback: 'status.kindFeedback',
  suggestion: 'status.kindSuggestion',
  correction: 'status.kindCorrection',
} as const
const TITLE = {
  received: 'status.receivedTitle',
  declined: 'status.declinedTitle',
  accepted: 'status.acceptedTitle',
  added: 'status.addedTitle',
} as const

/**
 * /contribute/status/<token>: what became of one submission, for whoever holds its link.
 * Shows the decision, the public reason, what it led to and the credit; never the email or
 * the moderators' notes (the view in src/submissions/status.ts does not carry them).
 */
export default async function StatusPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { token } = await params
  if (!isStatusToken(token)) notFound()
  const view = await getStatusView(await payloadClient(), token, locale)
  if (!view) notFound()
  const query = await searchParams
  const t = await getTranslations('Forms')
  const date = (iso: string) => new Date(iso)
  return (
    <>
      <h1>{t('status.title')}</h1>
      <section className={`status-card status-${view.status}`} aria-labelledby="status-now">
        <p className="eyebrow">{t(KIND[view.kind])}</p>
        <h2 id="status-now">{t(TITLE[view.status])}</h2>
        <StatusText view={view} t={t} />
      </section>

      <section aria-labelledby="what-you-sent">
        <h2 id="what-you-sent">{t('status.whatYouSent')}</h2>
        <dl className="facts">
          <dt>{t('status.kind')}</dt>
          <dd>{t(KIND[view.kind])}</dd>
          <dt>{t('status.sentOn')}</dt>
          <dd>
            <time dateTime={view.receivedAt}>{t('status.sentOnValue', { date: date(view.receivedAt) })}</time>
          </dd>
          {view.sent.page ? (
            <>
              <dt>{t('status.page')}</dt>
              <dd>{view.sent.page}</dd>
            </>
          ) : null}
          {view.sent.helpful ? (
            <>
              <dt>{t('status.helpful')}</dt>
              <dd>{view.sent.helpful === 'yes' ? t('feedback.yes') : t('feedback.no')}</dd>
            </>
          ) : null}
          {view.sent.url ? (
            <>
              <dt>{t('status.link')}</dt>
              <dd className="sent-message">{view.sent.url}</dd>
            </>
          ) : null}
          {view.sent.title ? (
            <>
              <dt>{t('status.linkTitle')}</dt>
              <dd>{view.sent.title}</dd>
            </>
          ) : null}
          {view.sent.message ? (
            <>
              <dt>{t('status.message')}</dt>
              <dd className="sent-message">{view.sent.message}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section id="your-details" aria-labelledby="your-details-title">
        <h2 id="your-details-title">{t('status.yourDetails')}</h2>
        {query.erased === '1' && view.erasedAt ? (
          <p className="notice" role="status">
            {t('status.erasedNow')}
          </p>
        ) : null}
        {view.erasedAt ? (
          <p>{t('status.detailsErased', { date: date(view.erasedAt) })}</p>
        ) : !view.holdsPersonalData ? (
          <p>{t('status.detailsNone')}</p>
        ) : query.erase === 'confirm' ? (
          <div className="status-card" role="group" aria-labelledby="erase-title">
            <h3 id="erase-title">{t('status.eraseConfirmTitle')}</h3>
            <p>{t('status.eraseConfirm')}</p>
            <form method="post" action="/api/submit/erase" className="actions">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="confirm" value="yes" />
              <button type="submit">{t('status.eraseYes')}</button>
              <a href={`${statusPath(locale, token)}#your-details`}>{t('status.eraseCancel')}</a>
            </form>
          </div>
        ) : (
          <>
            <p>{t('status.detailsHeld')}</p>
            <p>
              <a className="button button-secondary" href={`${statusPath(locale, token)}?erase=confirm#your-details`}>
                {t('status.erase')}
              </a>
            </p>
          </>
        )}
      </section>
    </>
  )
}

type FormsT = Awaited<ReturnType<typeof getTranslations<'Forms'>>>

function StatusText({ view, t }: { view: StatusView; t: FormsT }) {
  switch (view.status) {
    case 'received':
      return <p>{t('status.received')}</p>
    case 'declined':
      return (
        <>
          <p>{t('status.declined')}</p>
          {view.reason ? (
            <>
              <p>{t('status.declinedReason')}</p>
              <blockquote className="sent-message">{view.reason}</blockquote>
            </>
          ) : null}
        </>
      )
    case 'accepted':
      return <p>{t('status.accepted')}</p>
    case 'added':
      return (
        <>
          {view.result ? (
            <p>
              {t('status.added')} <a href={view.result.path}>{view.result.title}</a>
            </p>
          ) : (
            <p>{t('status.addedNoLink')}</p>
          )}
          {view.creditedAs ? (
            <p>{t('status.creditedAs', { name: view.creditedAs })}</p>
          ) : !view.credit && !view.erasedAt ? (
            <p>{t('status.notCredited')}</p>
          ) : null}
        </>
      )
  }
}
