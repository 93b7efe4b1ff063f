/**
 * Event dates: observance days come round every year on their day, multi-day gatherings
 * keep their length, and no timezone moves a date (a reader in Vancouver and one in
 * Kiritimati see the same day).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { formatDay, nextOccurrence, splitEvents, toDay, type EventDates } from '@/lib/events'

const yearly = (startDate: string, endDate?: string): EventDates => ({
  recurrence: 'yearly',
  startDate,
  endDate: endDate ?? null,
})
const once = (startDate: string, endDate?: string): EventDates => ({
  recurrence: 'none',
  startDate,
  endDate: endDate ?? null,
})
const at = (iso: string) => new Date(iso)

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('toDay', () => {
  it('reads the UTC calendar day of what the day-only picker stores (midnight from the API, noon from the admin)', () => {
    expect(toDay('2024-11-20T00:00:00.000Z')).toBe('2024-11-20')
    expect(toDay('2024-11-20T12:00:00.000Z')).toBe('2024-11-20')
    expect(toDay('2024-11-20')).toBe('2024-11-20')
    expect(() => toDay('not a date')).toThrow(RangeError)
  })
})

describe('nextOccurrence', () => {
  const inuitDay = yearly('2024-11-07T00:00:00.000Z')

  it('moves a yearly observance to this year when its day is still ahead', () => {
    expect(nextOccurrence(inuitDay, at('2025-06-01T10:00:00Z'))).toEqual({ start: '2025-11-07', end: null })
  })

  it('keeps today’s observance until the day is over, then moves to next year', () => {
    expect(nextOccurrence(inuitDay, at('2025-11-07T00:00:00Z')).start).toBe('2025-11-07')
    expect(nextOccurrence(inuitDay, at('2025-11-07T23:59:59Z')).start).toBe('2025-11-07')
    expect(nextOccurrence(inuitDay, at('2025-11-08T00:00:00Z')).start).toBe('2026-11-07')
  })

  it('never dates an occurrence before the first year listed', () => {
    expect(nextOccurrence(yearly('2030-05-01'), at('2025-01-01T00:00:00Z')).start).toBe('2030-05-01')
  })

  it('puts Feb 29 on Feb 28 in common years and back on Feb 29 in leap years', () => {
    const leapDay = yearly('2024-02-29T00:00:00.000Z')
    expect(nextOccurrence(leapDay, at('2025-01-10T00:00:00Z')).start).toBe('2025-02-28')
    expect(nextOccurrence(leapDay, at('2027-03-01T00:00:00Z')).start).toBe('2028-02-29')
    expect(nextOccurrence(leapDay, at('2100-01-01T00:00:00Z')).start).toBe('2100-02-28') // 2100 is not a leap year
  })

  it('keeps the length of a multi-day yearly event and counts it as current while it runs', () => {
    const gathering = yearly('2024-07-11T00:00:00.000Z', '2024-07-14T00:00:00.000Z')
    expect(nextOccurrence(gathering, at('2025-07-12T09:00:00Z'))).toEqual({ start: '2025-07-11', end: '2025-07-14' })
    expect(nextOccurrence(gathering, at('2025-07-15T00:00:00Z'))).toEqual({ start: '2026-07-11', end: '2026-07-14' })
  })

  it('finds last year’s occurrence when it spans New Year and is still running', () => {
    const winter = yearly('2023-12-30', '2024-01-02')
    expect(nextOccurrence(winter, at('2026-01-01T12:00:00Z'))).toEqual({ start: '2025-12-30', end: '2026-01-02' })
    expect(nextOccurrence(winter, at('2026-01-03T00:00:00Z'))).toEqual({ start: '2026-12-30', end: '2027-01-02' })
  })

  it('returns a one-off event’s own dates, past or not', () => {
    expect(nextOccurrence(once('2020-03-01T00:00:00.000Z'), at('2025-01-01T00:00:00Z'))).toEqual({
      start: '2020-03-01',
      end: null,
    })
    expect(nextOccurrence(once('2026-05-01', '2026-05-03'), at('2025-01-01T00:00:00Z'))).toEqual({
      start: '2026-05-01',
      end: '2026-05-03',
    })
  })

  it('gives the same day whatever the server’s timezone', () => {
    const results = ['America/Vancouver', 'Pacific/Kiritimati', 'UTC', 'Asia/Kolkata'].map((tz) => {
      process.env.TZ = tz
      return [
        nextOccurrence(yearly('2024-11-20T00:00:00.000Z'), at('2025-11-19T23:30:00Z')),
        nextOccurrence(yearly('2024-11-20T12:00:00.000Z'), at('2025-11-20T23:30:00Z')),
        formatDay('2025-11-20', 'en'),
      ]
    })
    for (const r of results)
      expect(r).toEqual([{ start: '2025-11-20', end: null }, { start: '2025-11-20', end: null }, 'November 20, 2025'])
  })
})

describe('splitEvents', () => {
  const now = at('2025-07-12T15:00:00Z')
  const events = [
    { name: 'old agm', ...once('2023-05-01') },
    { name: 'inuit day', ...yearly('2024-11-07') },
    { name: 'last agm', ...once('2025-03-01') },
    { name: 'festival (running)', ...once('2025-07-10', '2025-07-13') },
    { name: 'tdor', ...yearly('2024-11-20') },
    { name: 'ended yesterday', ...once('2025-07-11') },
    { name: 'today', ...once('2025-07-12T00:00:00.000Z') },
    { name: 'next agm', ...once('2026-05-01') },
    { name: 'spring observance', ...yearly('2024-04-01') },
  ]

  it('lists upcoming events soonest first, yearly ones by their next date, running ones included', () => {
    const { upcoming } = splitEvents(events, now)
    expect(upcoming.map((s) => s.event.name)).toEqual([
      'festival (running)',
      'today',
      'inuit day',
      'tdor',
      'spring observance',
      'next agm',
    ])
    expect(upcoming.find((s) => s.event.name === 'spring observance')).toMatchObject({
      start: '2026-04-01',
      ongoing: false,
    })
    expect(upcoming.filter((s) => s.ongoing).map((s) => s.event.name)).toEqual(['festival (running)', 'today'])
  })

  it('lists past one-off events newest first, and never a yearly one', () => {
    const { past } = splitEvents(events, now)
    expect(past.map((s) => s.event.name)).toEqual(['ended yesterday', 'last agm', 'old agm'])
    expect(past.every((s) => s.event.recurrence === 'none')).toBe(true)
  })

  it('accounts for every event exactly once', () => {
    const { upcoming, past } = splitEvents(events, now)
    expect(upcoming.length + past.length).toBe(events.length)
    expect(splitEvents([], now)).toEqual({ upcoming: [], past: [] })
  })
})

describe('formatDay', () => {
  it('writes the day in the reader’s language', () => {
    expect(formatDay('2025-11-07', 'fr')).toBe('7 novembre 2025')
    expect(formatDay('2025-11-07', 'en', { month: 'short', day: 'numeric' })).toBe('Nov 7')
  })
})
