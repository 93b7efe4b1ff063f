/**
 * /events/<slug>.ics and /fr/events/<slug>.ics: "Add to calendar" for one event, as an
 * iCalendar download (src/feed/calendar.ts). Events have no page of their own: /events/<slug>
 * leads to the event's anchor on /events.
 */
import { eventDownloadResponse } from '@/feed/calendar-response'
import { isLocale } from '@/lib/languages'

export const dynamic = 'force-dynamic'

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
): Promise<Response> {
  const { locale, file } = await params
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return eventDownloadResponse(request, locale, file)
}
