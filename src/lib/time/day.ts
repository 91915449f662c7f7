import { DateTime } from 'luxon';
import type { Period } from './period.ts';
import { memo } from './memo.ts';
import { assertTimeZone, inZone } from './zone.ts';

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** One local calendar day as a period of instants. */
export interface LocalDay extends Period {
  /** The date as the calendar reads in the zone. */
  date: LocalDate;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The local calendar day `date` in `timeZone`, from local midnight to the next local midnight (exclusive): 23 or 25
 * hours long on a DST change.
 *
 * @example
 * dayPeriod('2026-10-25', 'Europe/London')
 * // → { date: '2026-10-25', start: 2026-10-24T23:00:00Z, end: 2026-10-26T00:00:00Z }   (25 hours)
 */
export function dayPeriod(date: LocalDate, timeZone: string): LocalDay {
  return days(`${timeZone}\u0000${date}`, () => computeDayPeriod(date, timeZone));
}

// Day boundaries per (zone, date), day lists per (zone, now) and per (zone, span): every status page, report and bar
// asks for the same days. Cached values are frozen and shared (their Dates must not be changed); lists are copied out.
const days = memo<LocalDay>();
const lastDaysCache = memo<readonly LocalDay[]>();
const daysBetweenCache = memo<readonly LocalDay[]>();

function computeDayPeriod(date: LocalDate, timeZone: string): LocalDay {
  assertTimeZone(timeZone);
  const start = DATE.test(date) ? DateTime.fromISO(date, { zone: timeZone }) : undefined;
  if (!start?.isValid) throw new Error(`expected a date such as 2026-10-25, got "${date}"`);
  const day = start.startOf('day');
  return Object.freeze({ date, start: day.toJSDate(), end: day.plus({ days: 1 }).startOf('day').toJSDate() });
}

/**
 * The local date of an instant in `timeZone`.
 *
 * @example
 * dayOf(new Date('2026-06-30T23:30:00Z'), 'Europe/London') // → '2026-07-01'
 */
export function dayOf(instant: Date, timeZone: string): LocalDate {
  return inZone(instant, timeZone).toISODate()!;
}

/**
 * The calendar date after `date` (no zone: every zone's calendar has the same dates).
 *
 * @example
 * nextDate('2026-12-31') // → '2027-01-01'
 */
export function nextDate(date: LocalDate): LocalDate {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!DATE.test(date) || Number.isNaN(ms)) throw new Error(`expected a date such as 2026-10-25, got "${date}"`);
  return new Date(ms + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last `count` local days in `timeZone` that end with the day containing `now` (that day last, still running).
 *
 * @example
 * lastDays(2, new Date('2026-03-29T12:00:00Z'), 'Europe/London').map((d) => d.date) // → ['2026-03-28', '2026-03-29']
 */
export function lastDays(count: number, now: Date, timeZone: string): LocalDay[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`expected a whole number of days, got ${count}`);
  return [
    ...lastDaysCache(`${timeZone}\u0000${now.getTime()}\u0000${count}`, () => {
      const today = inZone(now, timeZone).startOf('day');
      const out: LocalDay[] = [];
      for (let i = count - 1; i >= 0; i--) out.push(dayPeriod(today.minus({ days: i }).toISODate()!, timeZone));
      return out;
    }),
  ];
}

/**
 * Every local day in `timeZone` that overlaps [from, to), oldest first.
 *
 * @example
 * daysBetween(new Date('2026-01-01T10:00Z'), new Date('2026-01-03T00:00Z'), 'UTC').map((d) => d.date)
 * // → ['2026-01-01', '2026-01-02']
 */
export function daysBetween(from: Date, to: Date, timeZone: string): LocalDay[] {
  if (to.getTime() <= from.getTime()) return [];
  return [
    ...daysBetweenCache(`${timeZone}\u0000${from.getTime()}\u0000${to.getTime()}`, () => {
      const out: LocalDay[] = [];
      let day = inZone(from, timeZone).startOf('day');
      while (day.toMillis() < to.getTime()) {
        out.push(dayPeriod(day.toISODate()!, timeZone));
        day = day.plus({ days: 1 }).startOf('day');
      }
      return out;
    }),
  ];
}
