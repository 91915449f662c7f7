import { worstStatus, COMPONENT_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { lastDays, type LocalDate } from '../time/day.ts';
import { availability, type AvailabilityFigures } from './availability.ts';

/** One day's bar on the status page: the day's figures plus the one status its colour shows. */
export interface DailyBar extends AvailabilityFigures {
  /** The local date in the client's zone. */
  date: LocalDate;
  /**
   * The worst status seen that day by STATUS_RANK. `no_data` ranks lowest, so it shows only when nothing at all
   * was observed; maintenance shows only on a day with no degradation or outage.
   */
  status: ComponentStatus;
}

/**
 * Bars for the last `days` local days in `timeZone`, ending with the day that contains `now` (still running:
 * `complete` false, minutes counted up to `now`). Each bar has its availability and its minutes per status.
 * Feed it the component's timeline over at least [first day's start, now); time the timeline does not cover is
 * `no_data`.
 *
 * @example
 * const [first] = lastDays(90, now, 'Europe/London');
 * const segments = componentTimeline({ componentId: 'www', history, incidents, maintenance, from: first.start, to: now, now });
 * dailyBars(segments, { days: 90, now, timeZone: 'Europe/London' })
 * // → 90 bars, oldest first: [{ date: '2026-03-03', status: 'operational', availability: 100, … }, …]
 */
export function dailyBars(
  segments: readonly StatusSegment[],
  options: { days: number; now: Date; timeZone: string },
): DailyBar[] {
  const bars: DailyBar[] = [];
  let first = 0;
  for (const day of lastDays(options.days, options.now, options.timeZone)) {
    // Segments are sorted and contiguous: skip those that end before this day, take those that start before its end.
    while (first < segments.length && segments[first]!.to.getTime() <= day.start.getTime()) first++;
    let last = first;
    while (last < segments.length && segments[last]!.from.getTime() < day.end.getTime()) last++;
    const figures = availability(segments.slice(first, last), { from: day.start, to: day.end, now: options.now });
    const seen = COMPONENT_STATUSES.filter((s) => figures.ms[s] > 0);
    bars.push({ ...figures, date: day.date, status: worstStatus(seen) });
  }
  return bars;
}
