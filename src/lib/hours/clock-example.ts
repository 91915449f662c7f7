import { DateTime } from 'luxon';
import type { SupportHours } from '../../schemas/support.ts';
import { assertTimeZone } from '../time/zone.ts';
import { addClockMinutes, clockMinutes } from './clock.ts';
import { windowOfDate } from './support-windows.ts';

/** A business-clock target worked through from an incident reported an hour before the last support window of a week. */
export interface ClockExample {
  /** When it is reported: an hour before support hours close on the week's last working day. */
  reported: Date;
  /** When support hours close that day. */
  close: Date;
  /** Target minutes used by then (on the business clock). */
  usedByClose: number;
  /** When the target falls, on the business clock. */
  due: Date;
  /** When it would fall if the clock never paused (24x7): what the business clock is not. */
  calendarDue: Date;
}

/**
 * The worked example on the priority-levels page, computed from the agency's own hours and target so the prose can
 * never drift from content/agency.yaml: an incident reported an hour before close on the last working day of a week
 * (the week of `weekOf`, holidays counted), with a business-clock target of `targetMinutes`. Undefined when that week has
 * no support hours.
 *
 * @example
 * // 09:00–17:30 Mon–Fri, London, an 8-hour target, reported Friday 6 Feb 2026 16:30
 * businessClockExample(480, hours, 'Europe/London', '2026-02-02')
 * // → { reported: Fri 16:30, close: Fri 17:30, usedByClose: 60, due: Mon 9 Feb 16:00, calendarDue: Sat 00:30 }
 */
export function businessClockExample(targetMinutes: number, hours: SupportHours, timeZone: string, weekOf: string): ClockExample | undefined {
  assertTimeZone(timeZone);
  const monday = DateTime.fromISO(weekOf, { zone: timeZone }).startOf('week');
  let last: { start: number; end: number } | undefined;
  for (let d = 0; d < 7; d++) last = windowOfDate(monday.plus({ days: d }), hours) ?? last;
  if (!last) return undefined;
  const close = new Date(last.end);
  const reported = new Date(Math.max(last.start, last.end - 60 * 60_000));
  return {
    reported,
    close,
    usedByClose: clockMinutes(reported, close, 'business', hours, timeZone),
    due: addClockMinutes(reported, targetMinutes, 'business', hours, timeZone),
    calendarDue: new Date(reported.getTime() + targetMinutes * 60_000),
  };
}
