/**
 * Events in people's calendars, from a real database as the public sees it: /events.ics
 * (and /fr/events.ics) carries the upcoming published events, observance days repeating
 * yearly; /events/<slug>.ics downloads one; drafts and unknown slugs never show; calendar
 * apps get text/calendar with an ETag to revalidate against. Parsed back with ical.js.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as feedRoute } from '@/app/(frontend)/[locale]/events.ics/route'
import { GET as downloadRoute } from '@/app/(frontend)/[locale]/events/[file]/route'
import { createDoc } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'

const ORIGIN = 'https://hub.example.org'
const previousServerUrl = process.env.SERVER_URL
let payload: Payload
let observance: { id: number }

beforeAll(() => {
  process.env.SERVER_URL = ORIGIN
})
afterAll(() => {
  process.env.SERVER_URL = previousServerUrl
})

const thisYear = new Date().getUTCFullYear()

withTestPayload(async (p) => {
  payload = p
  observance = (await createDoc(payload, 'events', {
    title: 'Day of Listening',
    slug: 'day-of-listening',
    kind: 'observance',
    recurrence: 'yearly',
    startDate: '2020-03-21T00:00:00.000Z',
    summary: 'A day to listen.',
    _status: 'published',
  })) as unknown as { id: number }
  await payload.update({
    collection: 'events',
    id: observance.id,
    locale: 'fr',
    data: { title: 'Journée de l’écoute', summary: 'Une journée pour écouter.' },
    overrideAccess: true,
  })
  await createDoc(payload, 'events', {
    title: 'Future gathering',
    slug: 'future-gathering',
    kind: 'gathering',
    recurrence: 'none',
    startDate: `${thisYear + 1}-09-10T12:00:00.000Z`,
    endDate: `${thisYear + 1}-09-12T12:00:00.000Z`,
    summary: 'Workshops.',
    location: 'Community Hall',
    _status: 'published',
  })
  await createDoc(payload, 'events', {
    title: 'Past gathering',
    slug: 'past-gathering',
    kind: 'gathering',
    recurrence: 'none',
    startDate: '2019-05-01T00:00:00.000Z',
    summary: 'Long ago.',
    _status: 'published',
  })
  await createDoc(payload, 'events', {
    title: 'Secret draft',
    slug: 'secret-draft',
    kind: 'gathering',
    recurrence: 'none',
    startDate: `${thisYear + 1}-01-01T00:00:00.000Z`,
    summary: 'Not yet.',
    _status: 'draft',
  })
})

const feed = (locale: string, headers: Record<string, string> = {}) =>
  feedRoute(new Request(`${ORIGIN}/${locale}/events.ics`, { headers }), { params: Promise.resolve({ locale }) })
const download = (locale: string, file: string) =>
  downloadRoute(new Request(`${ORIGIN}/${locale}/events/${file}`), { params: Promise.resolve({ locale, file }) })

const vevents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))

describe('the events calendar', () => {
  it('carries upcoming published events as text/calendar, the observance day repeating yearly', async () => {
    const response = await feed('en')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const events = vevents(await response.text())
    expect(events.map((e) => e.summary).sort()).toEqual(['Day of Listening', 'Future gathering'])
    const day = events.find((e) => e.summary === 'Day of Listening')!
    expect(day.uid).toBe(`event-${observance.id}@hub.example.org`)
    expect(day.isRecurring()).toBe(true)
    expect((day.component.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('YEARLY')
    expect(day.startDate.toString()).toBe('2020-03-21')
    expect(day.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/events#day-of-listening`)
  })

  it('speaks French at /fr/events.ics, with the same UIDs', async () => {
    const [en, fr] = await Promise.all([feed('en').then((r) => r.text()), feed('fr').then((r) => r.text())])
    const day = vevents(fr).find((e) => e.uid === `event-${observance.id}@hub.example.org`)!
    expect(day.summary).toBe('Journée de l’écoute')
    expect(day.component.getFirstProperty('summary')!.getParameter('language')).toBe('fr')
    expect(day.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/fr/events#day-of-listening`)
    expect(
      vevents(en)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(
      vevents(fr)
        .map((e) => e.uid)
        .sort(),
    )
  })

  it('answers 304 when unchanged, and changes when an event is published or edited', async () => {
    const first = await feed('en')
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const again = await feed('en', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    await payload.update({
      collection: 'events',
      id: observance.id,
      locale: 'en',
      data: { title: 'Day of Deep Listening' },
      overrideAccess: true,
    })
    const changed = await feed('en', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(vevents(await changed.text()).map((e) => e.summary)).toContain('Day of Deep Listening')
  })

  it('downloads one event as an attachment, past ones too, and 404s for drafts and unknown files', async () => {
    const response = await download('fr', 'future-gathering.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="future-gathering.ics"')
    const [only] = vevents(await response.text())
    expect(only?.summary).toBe('Future gathering')
    expect(only?.endDate.toString()).toBe(`${thisYear + 1}-09-13`)
    expect((await download('en', 'past-gathering.ics')).status).toBe(200)
    expect((await download('en', 'secret-draft.ics')).status).toBe(404)
    expect((await download('en', 'nothing-here.ics')).status).toBe(404)
    expect((await download('en', 'future-gathering.txt')).status).toBe(404)
    expect((await download('de', 'future-gathering.ics')).status).toBe(404)
    // an event's permalink leads to its anchor on the events page
    const permalink = await download('fr', 'future-gathering')
    expect(permalink.status).toBe(308)
    expect(permalink.headers.get('location')).toBe(`${ORIGIN}/fr/events#future-gathering`)
  })
})
