/**
 * Event dates, as pure functions. Events carry date-only values: Payload's day-only
 * picker stores the chosen day as an ISO timestamp in UTC (midnight from the API and
 * seed, noon from the admin), so the UTC calendar day of the stored value is the day
 * the editor meant. Everything here works on `YYYY-MM-DD` day strings in UTC; no local
 * timezone ever moves a day.
 *
 * Yearly events (observance days) recur on the same month and day every year from their
 * first listed year; Feb 29 falls on Feb 28 in other years. An occurrence lasts as many
 * days as the stored start–end span. An occurrence counts as upcoming until its last day
 * is over, so a gathering that is happening today is still listed as upcoming.
 */
import type { Event } from '../payload-types'

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string

export type EventDates = Pick<Event, 'startDate' | 'recurrence'> & { endDate?: string | null }

export type Occurrence = {
  /** first day of the (next) occurrence */
  start: Day
  /** last day, when it lasts several days */
  end: Day | null
}

export type Scheduled<T> = Occurrence & {
  event: T
  /** the occurrence has started and is not over (on `now`) */
  ongoing: boolean
}

const DAY_MS = 86_400_000

/** The UTC calendar day of an ISO timestamp, a `YYYY-MM-DD` string or a Date. */
export function toDay(value: string | Date): Day {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return date.toISOString().slice(0, 10)
}

const parts = (day: Day) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return { y, m, d }
}
const utc = (day: Day) => {
  const { y, m, d } = parts(day)
  return Date.UTC(y, m - 1, d)
}
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10)
const addDays = (day: Day, days: number): Day => fromUtc(utc(day) + days * DAY_MS)
const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / DAY_MS)
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** The same month and day in another year (Feb 29 → Feb 28 outside leap years). */
function inYear(day: Day, year: number): Day {
  const { m, d } = parts(day)
  const dd = m === 2 && d === 29 && !isLeap(year) ? 28 : d
  return fromUtc(Date.UTC(year, m - 1, dd))
}

/** The occurrence's length in extra days (0 for a one-day event). */
function spanOf(event: EventDates): number {
  if (!event.endDate) return 0
  return Math.max(0, daysBetween(toDay(event.startDate), toDay(event.endDate)))
}

function occurrence(start: Day, span: number): Occurrence {
  return { start, end: span > 0 ? addDays(start, span) : null }
}

/**
 * The occurrence to show on `now`: for a yearly event, the first one that is not over
 * yet (today's or an ongoing one included), never before its first listed year; for a
 * one-off event, its own dates.
 */
export function nextOccurrence(event: EventDates, now: Date = new Date()): Occurrence {
  const first = toDay(event.startDate)
  const span = spanOf(event)
  if (event.recurrence !== 'yearly') return occurrence(first, span)
  const today = toDay(now)
  const firstYear = parts(first).y
  // last year's occurrence may still be running (a span across New Year)
  for (let year = Math.max(firstYear, parts(today).y - 1); ; year++) {
    const start = inYear(first, year)
    if (addDays(start, span) >= today) return occurrence(start, span)
  }
}

/** True when the occurrence's last day is before `now`'s day. */
export function isOver(o: Occurrence, now: Date = new Date()): boolean {
  return (o.end ?? o.start) < toDay(now)
}

/**
 * Upcoming events (soonest first; yearly ones by their next occurrence; ongoing ones
 * included) and past one-off events (most recent first). Yearly events are never past.
 */
export function splitEvents<T extends EventDates>(
  events: readonly T[],
  now: Date = new Date(),
): { upcoming: Scheduled<T>[]; past: Scheduled<T>[] } {
  const today = toDay(now)
  const upcoming: Scheduled<T>[] = []
  const past: Scheduled<T>[] = []
  for (const event of events) {
    const o = nextOccurrence(event, now)
    const last = o.end ?? o.start
    const scheduled: Scheduled<T> = { ...o, event, ongoing: o.start <= today && last >= today }
    ;(last < today ? past : upcoming).push(scheduled)
  }
  upcoming.sort((a, b) => cmp(a.start, b.start) || cmp(a.end ?? a.start, b.end ?? b.start))
  past.sort((a, b) => cmp(b.end ?? b.start, a.end ?? a.start) || cmp(b.start, a.start))
  return { upcoming, past }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A day for readers, in the page's language, without any timezone shift
 * (`formatDay('2025-11-20', 'fr')` → "20 novembre 2025").
 */
export function formatDay(
  day: Day,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(utc(day)))
}
