import { DateTime } from 'luxon';
import type { Period } from './period.ts';
import { memo } from './memo.ts';
import { assertTimeZone, inZone } from './zone.ts';

/** A calendar month, `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Checks a `YYYY-MM` month and returns its year and month number; throws a clear error otherwise.
 *
 * @example
 * parseMonth('2026-03') // → { year: 2026, month: 3 }
 */
export function parseMonth(month: Month): { year: number; month: number } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`expected a month such as 2026-03, got "${month}"`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/**
 * The calendar month as it is lived in `timeZone`: from local midnight on the 1st to local midnight on the 1st of
 * the next month (exclusive). A month with a DST change is an hour shorter or longer than its days × 24.
 *
 * @example
 * monthPeriod('2026-03', 'Europe/London')
 * // → { start: 2026-03-01T00:00:00Z, end: 2026-03-31T23:00:00Z }   (743 hours: clocks go forward on 29 March)
 */
export function monthPeriod(month: Month, timeZone: string): Period {
  return months(`${timeZone}\u0000${month}`, () => {
    const { year, month: m } = parseMonth(month);
    assertTimeZone(timeZone);
    const start = DateTime.fromObject({ year, month: m, day: 1 }, { zone: timeZone }).startOf('day');
    return Object.freeze({ start: start.toJSDate(), end: start.plus({ months: 1 }).startOf('day').toJSDate() });
  });
}

/** Month boundaries per (zone, month), frozen and shared (their Dates must not be changed): every report asks for them. */
const months = memo<Period>();

/**
 * The month an instant falls in, as the calendar reads in `timeZone`.
 *
 * @example
 * monthOf(new Date('2026-03-31T23:30:00Z'), 'Europe/London') // → '2026-04' (00:30 BST on 1 April)
 */
export function monthOf(instant: Date, timeZone: string): Month {
  return inZone(instant, timeZone).toFormat('yyyy-MM');
}

/**
 * The month `n` months after `month` (before, for negative `n`).
 *
 * @example
 * addMonths('2026-12', 1) // → '2027-01'
 */
export function addMonths(month: Month, n: number): Month {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from `first` to `last`, both included, oldest first; empty when `last` is before `first`.
 *
 * @example
 * monthRange('2026-11', '2027-02') // → ['2026-11', '2026-12', '2027-01', '2027-02']
 */
export function monthRange(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * The months, in `timeZone`, that the instants `from` and `to` fall in and every month between: both ends included.
 *
 * @example
 * monthsBetween(new Date('2026-01-15T00:00Z'), new Date('2026-03-01T00:30Z'), 'Europe/London')
 * // → ['2026-01', '2026-02', '2026-03']
 */
export function monthsBetween(from: Date, to: Date, timeZone: string): Month[] {
  return monthRange(monthOf(from, timeZone), monthOf(to, timeZone));
}
