/**
 * HTTP for the iCalendar routes (/events.ics, /events/<slug>.ics): the calendar from the cached
 * read, `text/calendar; charset=utf-8`, revalidated by ETag like the feed (calendar apps poll),
 * and for a single event a `Content-Disposition: attachment` download named after it. The calendar's
 * own name and description come straight from the `Calendar` catalogue (no request locale needed).
 */
import { createHash } from 'node:crypto'
import type { Locale } from '../lib/languages'
import { absoluteUrl, documentPath } from '../lib/routes'
import { messages } from '../messages'
import {
  CALENDAR_CONTENT_TYPE,
  calendarPath,
  eventCalendarPath,
  getCalendarData,
  renderCalendar,
  upcomingOnly,
} from './calendar'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

function respond(request: Request, body: string, extra: Record<string, string> = {}): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const headers = {
    'Content-Type': CALENDAR_CONTENT_TYPE,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: etag,
    ...extra,
  }
  const match = request.headers
    .get('if-none-match')
    ?.split(/\s*,\s*/)
    .includes(etag)
  return match ? new Response(null, { status: 304, headers }) : new Response(body, { headers })
}

/** /events.ics: upcoming events (observance days repeat yearly). */
export async function calendarFeedResponse(request: Request, locale: Locale): Promise<Response> {
  const data = await getCalendarData(locale)
  const text = messages[locale].Calendar
  const body = renderCalendar(
    { ...data, events: upcomingOnly(data.events) },
    locale,
    { name: text.name, description: text.description },
    calendarPath(locale),
  )
  return respond(request, body, { 'Content-Disposition': `inline; filename="events-${locale}.ics"` })
}

/**
 * /events/<slug>.ics: one published event as a download, or 404. /events/<slug> (events have no
 * page of their own) leads to the event's anchor on /events.
 */
export async function eventDownloadResponse(request: Request, locale: Locale, file: string): Promise<Response> {
  const [, slug, ics] = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\.ics)?$/.exec(file) ?? []
  if (!slug) return notFound()
  const data = await getCalendarData(locale)
  const event = data.events.find((e) => e.slug === slug)
  if (!event) return notFound()
  if (!ics) return Response.redirect(absoluteUrl(documentPath('events', slug, locale)), 308)
  const body = renderCalendar(
    { ...data, events: [event] },
    locale,
    { name: event.title, description: messages[locale].Calendar.description },
    eventCalendarPath(slug, locale),
  )
  return respond(request, body, { 'Content-Disposition': `attachment; filename="${slug}.ics"` })
}
