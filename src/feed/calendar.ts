/**
 * The hub's events as iCalendar (RFC 5545), built with `ical-generator`: /events.ics (and
 * /fr/events.ics) is a subscribable feed of upcoming events, /events/<slug>.ics one event to add
 * to a calendar. Events are all-day (the hub stores days, not times); observance days repeat
 * with `RRULE:FREQ=YEARLY` from their first listed year (Feb 29: the last day of February).
 *
 * Each event's UID is its database id on the public host, so it stays the same when the slug
 * or the title change and calendars update the entry instead of adding another. DTSTAMP is its
 * last change, so an unchanged calendar is byte-for-byte the same (the route's ETag relies on it).
 *
 * Reading (`readCalendarEvents`, anonymous visitor: published only, cached until an event is
 * published or the site settings change) is separate from rendering (`renderCalendar`, pure).
 */
import ical, { foldLines, ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator'
import type { Payload } from 'payload'
import { cached } from '../data/cache'
import { payloadClient, publicRead } from '../data/payload'
import { nextOccurrence, splitEvents, toDay, type Day } from '../lib/events'
import type { Locale } from '../lib/languages'
import { richTextToPlainText } from '../lib/richtext-text'
import { absoluteUrl, documentPath, localePrefix, routes } from '../lib/routes'
import type { Event } from '../payload-types'

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8'

export type CalendarEvent = Pick<Event, 'id' | 'title' | 'slug' | 'startDate' | 'recurrence' | 'updatedAt'> & {
  endDate?: string | null
  summary?: string | null
  description?: unknown
  location?: string | null
  url?: string | null
}

export type CalendarData = {
  siteName: string
  tagline: string | null
  events: CalendarEvent[]
}

/** Strings the calendar itself carries (from the `Calendar` message namespace). */
export type CalendarText = { name: string; description: string }

/** /events.ics in a locale. */
export const calendarPath = (locale: Locale): string => `${localePrefix(locale)}/events.ics`

/** One event's download, /events/<slug>.ics in a locale. */
export const eventCalendarPath = (slug: string, locale: Locale): string => `${localePrefix(locale)}/events/${slug}.ics`

/** The same feed for subscribing: calendar apps open `webcal://` links themselves. */
export const webcalUrl = (locale: Locale): string => absoluteUrl(calendarPath(locale)).replace(/^https?:/, 'webcal:')

/** The UID: stable across slug and title changes, unique to this hub. */
export const eventUid = (id: number | string): string => `event-${id}@${new URL(absoluteUrl('/')).host}`

const utcDate = (day: Day): Date => new Date(`${day}T00:00:00.000Z`)
const dayAfter = (day: Day): Date => new Date(utcDate(day).getTime() + 86_400_000)

function repeating(ev: CalendarEvent): ICalRepeatingOptions | null {
  if (ev.recurrence !== 'yearly') return null
  // RFC 5545 would skip Feb 29 outside leap years; the hub shows it on Feb 28 (src/lib/events.ts)
  return toDay(ev.startDate).endsWith('-02-29')
    ? { freq: ICalEventRepeatingFreq.YEARLY, byMonth: 2, byMonthDay: -1 }
    : { freq: ICalEventRepeatingFreq.YEARLY }
}

/** Text properties in the page's language get RFC 5545's LANGUAGE parameter (ical-generator has none). */
const TEXT_PROPERTIES = /^(SUMMARY|DESCRIPTION|LOCATION)(?=[:;])/

function withLanguage(ics: string, locale: Locale): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .map((line) =>
      TEXT_PROPERTIES.test(line) ? foldLines(line.replace(TEXT_PROPERTIES, `$1;LANGUAGE=${locale}`)) : line,
    )
    .join('\r\n')
}

/**
 * The calendar document (pure: no reads). Every event given is written: the feed passes the
 * upcoming ones, a download passes one. Yearly events start on their first listed day and
 * repeat from there; one-off events keep their own days.
 */
export function renderCalendar(data: CalendarData, locale: Locale, text: CalendarText, self: string): string {
  const calendar = ical({
    name: `${data.siteName} · ${text.name}`,
    description: text.description,
    prodId: { company: data.siteName, product: 'Events', language: locale.toUpperCase() },
    url: absoluteUrl(self),
    source: absoluteUrl(self),
    ttl: 60 * 60 * 6,
  })
  for (const ev of data.events) {
    // one-off: its own days; yearly: the first occurrence, which RRULE repeats
    const { start, end } = nextOccurrence({ ...ev, recurrence: 'none' })
    const description = ev.summary?.trim() || richTextToPlainText(ev.description) || null
    const page = absoluteUrl(documentPath('events', ev.slug, locale))
    calendar.createEvent({
      id: eventUid(ev.id),
      allDay: true,
      start: utcDate(start),
      // all-day DTEND is exclusive: the day after the last one
      end: dayAfter(end ?? start),
      repeating: repeating(ev),
      summary: ev.title,
      description: description ? `${description}\n\n${ev.url ?? page}` : null,
      location: ev.location?.trim() || null,
      url: page,
      stamp: new Date(ev.updatedAt),
      lastModified: new Date(ev.updatedAt),
    })
  }
  return withLanguage(calendar.toString(), locale)
}

/** Upcoming published events on `now` (yearly ones always), soonest first: what /events.ics carries. */
export function upcomingOnly(events: readonly CalendarEvent[], now: Date = new Date()): CalendarEvent[] {
  return splitEvents(events, now).upcoming.map(({ event }) => event)
}

/** Every published event and the site's name, as the anonymous public sees them. */
export async function readCalendarData(payload: Payload, locale: Locale): Promise<CalendarData> {
  const [settings, { docs }] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'en', depth: 0, overrideAccess: false }),
    payload.find({ collection: 'events', ...publicRead(locale), sort: 'startDate', pagination: false, depth: 0 }),
  ])
  return { siteName: settings.siteName, tagline: settings.tagline ?? null, events: docs }
}

/** The calendar's data, cached until an event or the site settings change (src/hooks/revalidate.ts). */
export const getCalendarData = cached('calendar', ['events', 'site-settings'], async (locale: Locale) =>
  readCalendarData(await payloadClient(), locale),
)

/** The events page, for links back from calendars. */
export const eventsPage = (locale: Locale): string => absoluteUrl(routes.events(locale))
