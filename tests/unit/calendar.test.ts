/**
 * The events calendar (/events.ics, /events/<slug>.ics) as calendar apps read it: parsed back
 * with ical.js, each event has its title, its days (all-day, end exclusive), a yearly RRULE for
 * observance days, its link on the hub, the page's language, and a UID that survives a new slug.
 */
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  calendarPath,
  eventCalendarPath,
  eventUid,
  renderCalendar,
  upcomingOnly,
  webcalUrl,
  type CalendarEvent,
} from '@/feed/calendar'

const ORIGIN = 'https://hub.example.org'
const previous = process.env.SERVER_URL
beforeAll(() => {
  process.env.SERVER_URL = ORIGIN
})
afterAll(() => {
  process.env.SERVER_URL = previous
})

const NOW = new Date('2026-06-15T12:00:00Z')
const TEXT = { name: 'Events', description: 'Observance days and gatherings.' }
const SITE = { siteName: 'Allyship Hub', tagline: null }

const observance: CalendarEvent = {
  id: 7,
  title: 'Day of Listening',
  slug: 'day-of-listening',
  startDate: '2021-03-21T00:00:00.000Z',
  recurrence: 'yearly',
  summary: 'A day to listen; bring questions.',
  updatedAt: '2026-01-05T09:30:00.000Z',
}
const gathering: CalendarEvent = {
  id: 12,
  title: 'Community gathering',
  slug: 'community-gathering',
  startDate: '2026-09-10T12:00:00.000Z',
  endDate: '2026-09-12T12:00:00.000Z',
  recurrence: 'none',
  summary: 'Three days of workshops.',
  location: 'Community Hall, Victoria',
  url: 'https://example.org/gathering',
  updatedAt: '2026-02-01T00:00:00.000Z',
}
const past: CalendarEvent = {
  id: 3,
  title: 'Old workshop',
  slug: 'old-workshop',
  startDate: '2025-01-10T00:00:00.000Z',
  recurrence: 'none',
  updatedAt: '2025-01-01T00:00:00.000Z',
}
const leapDay: CalendarEvent = {
  id: 20,
  title: 'Leap day',
  slug: 'leap-day',
  startDate: '2024-02-29T00:00:00.000Z',
  recurrence: 'yearly',
  updatedAt: '2024-01-01T00:00:00.000Z',
}

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  return { calendar, events, byUid: (uid: string) => events.find((e) => e.uid === uid)! }
}

describe('events calendar', () => {
  it('carries upcoming events only, observance days repeating every year', () => {
    const ics = renderCalendar(
      { ...SITE, events: upcomingOnly([past, observance, gathering], NOW) },
      'en',
      TEXT,
      calendarPath('en'),
    )
    const { calendar, events, byUid } = parse(ics)
    expect(events.map((e) => e.summary).sort()).toEqual(['Community gathering', 'Day of Listening'])
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Allyship Hub · Events')
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/\/\/EN$/)

    const day = byUid(eventUid(7))
    expect(day.uid).toBe('event-7@hub.example.org')
    expect(day.startDate.isDate).toBe(true)
    expect(day.startDate.toString()).toBe('2021-03-21')
    expect(day.endDate.toString()).toBe('2021-03-22')
    expect(day.isRecurring()).toBe(true)
    const rrule = day.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect(rrule.freq).toBe('YEARLY')
    const occurrences = day.iterator()
    expect([occurrences.next(), occurrences.next(), occurrences.next()].map(String)).toEqual([
      '2021-03-21',
      '2022-03-21',
      '2023-03-21',
    ])
    expect(day.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/events#day-of-listening`)
    expect(day.component.getFirstProperty('summary')!.getParameter('language')).toBe('en')
    expect(day.description).toContain('A day to listen; bring questions.')

    const meet = byUid(eventUid(12))
    expect(meet.isRecurring()).toBe(false)
    expect(meet.startDate.toString()).toBe('2026-09-10')
    // all-day DTEND is exclusive: the gathering's last day is Sept 12
    expect(meet.endDate.toString()).toBe('2026-09-13')
    expect(meet.location).toBe('Community Hall, Victoria')
    expect(meet.component.getFirstProperty('location')!.getParameter('language')).toBe('en')
  })

  it('speaks French under /fr, with French links, and keeps the UID when the slug or title change', () => {
    const fr = parse(renderCalendar({ ...SITE, events: [observance] }, 'fr', TEXT, calendarPath('fr')))
    const event = fr.byUid('event-7@hub.example.org')
    expect(event.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/fr/events#day-of-listening`)
    expect(event.component.getFirstProperty('summary')!.getParameter('language')).toBe('fr')
    expect(event.component.getFirstProperty('description')!.getParameter('language')).toBe('fr')
    expect(fr.calendar.getFirstPropertyValue('prodid')).toMatch(/\/\/FR$/)

    const renamed = parse(
      renderCalendar(
        { ...SITE, events: [{ ...observance, slug: 'listening-day', title: 'Listening Day' }] },
        'en',
        TEXT,
        calendarPath('en'),
      ),
    )
    expect(renamed.events[0]!.uid).toBe(event.uid)
  })

  it('is the same document until an event changes (calendar apps revalidate by ETag)', () => {
    const render = () => renderCalendar({ ...SITE, events: [observance, gathering] }, 'en', TEXT, calendarPath('en'))
    expect(render()).toBe(render())
    const changed = renderCalendar(
      { ...SITE, events: [{ ...observance, updatedAt: '2026-07-01T00:00:00.000Z' }, gathering] },
      'en',
      TEXT,
      calendarPath('en'),
    )
    expect(changed).not.toBe(render())
  })

  it('keeps Feb 29 observances on the last day of February in other years', () => {
    const { events } = parse(renderCalendar({ ...SITE, events: [leapDay] }, 'en', TEXT, calendarPath('en')))
    const occurrences = events[0]!.iterator()
    expect(Array.from({ length: 5 }, () => occurrences.next()).map(String)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ])
  })

  it('keeps long, accented text intact through line folding', () => {
    const title = `Journée de l’écoute — ${'très '.repeat(30)}longue`
    const ics = renderCalendar({ ...SITE, events: [{ ...observance, title }] }, 'fr', TEXT, calendarPath('fr'))
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(parse(ics).events[0]!.summary).toBe(title)
  })

  it('has subscribe and download addresses in each language', () => {
    expect(webcalUrl('en')).toBe('webcal://hub.example.org/events.ics')
    expect(webcalUrl('fr')).toBe('webcal://hub.example.org/fr/events.ics')
    expect(eventCalendarPath('day-of-listening', 'fr')).toBe('/fr/events/day-of-listening.ics')
    expect(eventCalendarPath('day-of-listening', 'en')).toBe('/events/day-of-listening.ics')
  })
})
