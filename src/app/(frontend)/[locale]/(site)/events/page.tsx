import { getTranslations } from 'next-intl/server'
import { ExternalLink } from '@/components/ExternalLink'
import { JsonLd } from '@/components/JsonLd'
import { PreviewNotice } from '@/components/PreviewNotice'
import { RichText } from '@/components/RichText'
import { listEvents } from '@/data/events'
import { getSiteSettings } from '@/data/site'
import { calendarPath, eventCalendarPath, webcalUrl } from '@/feed/calendar'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { readList } from '@/preview/session'
import { formatDay, type Day, splitEvents } from '@/lib/events'
import { event as eventJsonLd } from '@/lib/jsonld'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Events', routes.events)

export default async function EventsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [events, t, tc, settings] = await Promise.all([
    readList(listEvents, locale),
    getTranslations('Events'),
    getTranslations('Calendar'),
    getSiteSettings(locale),
  ])
  const { upcoming, past } = splitEvents(events, new Date())
  const day = (d: Day) => formatDay(d, locale, { dateStyle: 'full' })
  const range = (start: Day, end?: Day | null) => (
    <>
      <time dateTime={start}>{day(start)}</time>
      {end && end !== start ? (
        <>
          {' – '}
          <time dateTime={end}>{day(end)}</time>
        </>
      ) : null}
    </>
  )
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p className="calendar-links">
        {tc('calendarHelp')} <a href={webcalUrl(locale)}>{tc('subscribe')}</a>
        {' · '}
        <a href={calendarPath(locale)} type="text/calendar">
          {tc('download')}
        </a>
      </p>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('noUpcoming')}</p> : null}
        <ul className="list events">
          {upcoming.map(({ event, start, end }) => (
            <li key={event.id} id={event.slug} tabIndex={-1}>
              <JsonLd data={eventJsonLd(event, locale, new Date(), { name: settings.siteName })} />
              <p className="date">{range(start, end)}</p>
              <h3 className="list-title">{event.title}</h3>
              <PreviewNotice doc={event} draftsOnly />
              <p className="meta">
                {t(`kinds.${event.kind}`)}
                {event.recurrence === 'yearly' ? ` · ${t('yearly')}` : ''}
                {event.location ? ` · ${event.location}` : ''}
              </p>
              <p>{event.summary}</p>
              <RichText data={event.description} locale={locale} />
              {event.url ? (
                <p>
                  <ExternalLink href={event.url}>{t('more')}</ExternalLink>
                </p>
              ) : null}
              <p>
                <a
                  href={eventCalendarPath(event.slug, locale)}
                  type="text/calendar"
                  download
                  aria-label={tc('addToCalendarOf', { title: event.title })}
                >
                  {tc('addToCalendar')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t('past')}</h2>
        {past.length === 0 ? <p>{t('noPast')}</p> : null}
        <ul className="list events past">
          {past.map(({ event, start, end }) => (
            <li key={event.id} id={event.slug} tabIndex={-1}>
              <p className="date">{range(start, end)}</p>
              <h3 className="list-title">{event.title}</h3>
              <PreviewNotice doc={event} draftsOnly />
              <p>{event.summary}</p>
            </li>
          ))}
        </ul>
      </section>
      <PageFeedback locale={locale} page={routes.events(locale)} />
    </>
  )
}
