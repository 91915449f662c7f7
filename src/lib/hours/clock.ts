import type { Clock } from '../../vocabulary/status.ts';
import type { SupportHours } from '../../schemas/support.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import { dayOf, nextDate } from '../time/day.ts';
import { supportWindows, windowOfLocalDate } from './support-windows.ts';

/**
 * Milliseconds elapsed from `from` to `to` on a clock: every millisecond on `24x7`, only those inside support hours
 * on `business` (DESIGN.md: a business-hours clock pauses outside them). 0 when `to` is not after `from`.
 * Whole milliseconds, so comparisons with a target in minutes are exact.
 *
 * @example
 * clockMilliseconds(new Date('2026-01-05T09:00Z'), new Date('2026-01-05T10:00Z'), '24x7', hours, 'UTC') // → 3_600_000
 */
export function clockMilliseconds(from: Date, to: Date, clock: Clock, hours: SupportHours, timeZone: string): number {
  if (clock === '24x7') return Math.max(0, to.getTime() - from.getTime());
  let ms = 0;
  for (const w of supportWindows(from, to, hours, timeZone)) ms += w.end.getTime() - w.start.getTime();
  return ms;
}

/**
 * Minutes elapsed from `from` to `to` on a clock, unrounded (see clockMilliseconds).
 *
 * @example
 * // Friday 16:30 → Monday 10:00 in London, support Mon–Fri 09:00–17:30: 60 min Friday + 60 min Monday
 * clockMinutes(new Date('2026-01-09T16:30Z'), new Date('2026-01-12T10:00Z'), 'business', officeHours, 'Europe/London')
 * // → 120
 */
export function clockMinutes(from: Date, to: Date, clock: Clock, hours: SupportHours, timeZone: string): number {
  return clockMilliseconds(from, to, clock, hours, timeZone) / MS_PER_MINUTE;
}

/** How far ahead addClockMinutes looks for support hours before it gives up (ten years of days). */
const MAX_DAYS_AHEAD = 3660;

/**
 * The instant at which `minutes` have elapsed on a clock after `from`: the inverse of clockMinutes, for "due by"
 * times. On a business clock the answer is always inside (or at the end of) a support window; 0 minutes is `from`.
 *
 * @example
 * // A P2 reported Friday 17:00 London with a 60-minute business response target is due Monday 09:30.
 * addClockMinutes(new Date('2026-01-09T17:00Z'), 60, 'business', officeHours, 'Europe/London')
 * // → 2026-01-12T09:30:00Z
 */
export function addClockMinutes(from: Date, minutes: number, clock: Clock, hours: SupportHours, timeZone: string): Date {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new Error(`expected a non-negative number of minutes, got ${minutes}`);
  let left = minutes * MS_PER_MINUTE;
  const start = from.getTime();
  if (clock === '24x7' || left === 0) return new Date(start + left);
  let date = dayOf(from, timeZone);
  for (let i = 0; i < MAX_DAYS_AHEAD; i++, date = nextDate(date)) {
    const w = windowOfLocalDate(date, hours, timeZone);
    if (!w || w.end <= start) continue;
    const open = Math.max(start, w.start);
    if (left <= w.end - open) return new Date(open + left);
    left -= w.end - open;
  }
  throw new Error(`support hours never open in the ${MAX_DAYS_AHEAD} days after ${from.toISOString()}: check days and holidays`);
}
