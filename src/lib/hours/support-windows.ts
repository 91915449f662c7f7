import { DateTime } from 'luxon';
import { WEEKDAYS, type SupportHours } from '../../schemas/support.ts';
import { dayOf, dayPeriod, nextDate, type LocalDate } from '../time/day.ts';
import { memo } from '../time/memo.ts';
import type { Period } from '../time/period.ts';

/**
 * The support-hours window of one local date, in epoch milliseconds, or undefined when support is closed that day
 * (not a working day, or a holiday). Local times are turned into instants by luxon, so a window on a DST-change day
 * is as long as the wall clock says it is: 00:00–24:00 lasts 23 h on the spring-forward day and 25 h in autumn;
 * a start inside the skipped hour moves forward to the first valid instant.
 *
 * @example
 * windowOfDate(DateTime.fromISO('2026-01-05', { zone: 'Europe/London' }), officeHours)
 * // → { start: Date.parse('2026-01-05T09:00Z'), end: Date.parse('2026-01-05T17:30Z') }   (Monday, GMT)
 */
export function windowOfDate(day: DateTime, hours: SupportHours): { start: number; end: number } | undefined {
  const weekday = WEEKDAYS[day.weekday - 1]!;
  if (!hours.days.includes(weekday)) return undefined;
  const date = day.toISODate()!;
  if (hours.holidays.includes(date)) return undefined;
  const at = (hhmm: string): number => {
    if (hhmm === '24:00') return day.plus({ days: 1 }).startOf('day').toMillis();
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: h, minute: m }, { zone: day.zone }).toMillis();
  };
  const start = at(hours.start);
  const end = at(hours.end);
  return end > start ? { start, end } : undefined;
}

/** A support window in epoch milliseconds. */
export type OpenWindow = Readonly<{ start: number; end: number }>;

/** Windows per support-hours object, then per (zone, date): every incident target and figure walks the same days. */
const windowCaches = new WeakMap<SupportHours, (key: string, compute: () => OpenWindow | null) => OpenWindow | null>();

/**
 * windowOfDate for a local calendar date in `timeZone`, cached (issue 12: luxon's zone arithmetic per day was a
 * large part of a big build). Support hours are parsed once and never changed, so the object is the cache's key.
 *
 * @example
 * windowOfLocalDate('2026-01-05', officeHours, 'Europe/London') // → { start: Date.parse('2026-01-05T09:00Z'), … }
 */
export function windowOfLocalDate(date: LocalDate, hours: SupportHours, timeZone: string): OpenWindow | undefined {
  let cache = windowCaches.get(hours);
  if (!cache) windowCaches.set(hours, (cache = memo<OpenWindow | null>()));
  const w = cache(`${timeZone}\u0000${date}`, () => {
    const open = windowOfDate(DateTime.fromISO(date, { zone: timeZone }).startOf('day'), hours);
    return open ? Object.freeze(open) : null;
  });
  return w ?? undefined;
}

/**
 * The parts of [from, to) that fall inside support hours, oldest first: one period per open day at most.
 *
 * @example
 * supportWindows(new Date('2026-01-02T12:00Z'), new Date('2026-01-05T10:00Z'),
 *   { days: ['mon','tue','wed','thu','fri'], start: '09:00', end: '17:30', holidays: [] }, 'Europe/London')
 * // → [Fri 12:00–17:30, Mon 09:00–10:00] (the weekend is closed)
 */
export function supportWindows(from: Date, to: Date, hours: SupportHours, timeZone: string): Period[] {
  const out: Period[] = [];
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return out;
  for (let date = dayOf(from, timeZone); dayPeriod(date, timeZone).start.getTime() < b; date = nextDate(date)) {
    const w = windowOfLocalDate(date, hours, timeZone);
    if (!w) continue;
    const start = Math.max(a, w.start);
    const end = Math.min(b, w.end);
    if (end > start) out.push({ start: new Date(start), end: new Date(end) });
  }
  return out;
}

/**
 * Whether support is open at `at`.
 *
 * @example
 * isInSupportHours(new Date('2026-01-05T09:00Z'), officeHours, 'Europe/London') // → true (Monday 09:00 GMT)
 */
export function isInSupportHours(at: Date, hours: SupportHours, timeZone: string): boolean {
  const w = windowOfLocalDate(dayOf(at, timeZone), hours, timeZone);
  return w !== undefined && w.start <= at.getTime() && at.getTime() < w.end;
}
