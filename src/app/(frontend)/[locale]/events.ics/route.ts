/**
 * /events.ics (English; the proxy rewrites it to /en/events.ics) and /fr/events.ics: the
 * iCalendar feed of upcoming events, to subscribe to (src/feed/calendar.ts).
 */
import { calendarFeedResponse } from '@/feed/calendar-response'
import { isLocale } from '@/lib/languages'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return calendarFeedResponse(request, locale)
}
