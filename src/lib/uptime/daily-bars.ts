import { worstStatus, COMPONENT_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';
import type { TotalDay } from '../timeline/day-totals.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { daysBetween, lastDays, type LocalDate, type LocalDay } from '../time/day.ts';
import { availability, meetsAvailabilityTarget, type AvailabilityFigures } from './availability.ts';

/** One day's bar on the status page: the day's figures plus the one status its colour shows. */
export interface DailyBar extends AvailabilityFigures {
  /** The local date in the client's zone. */
  date: LocalDate;
  /**
   * The worst status seen that day by STATUS_RANK. `no_data` ranks lowest, so it shows only when nothing at all
   * was observed; maintenance shows only on a day with no degradation or outage.
   */
  status: ComponentStatus;
  /** UTC days known only by a total that this bar counts whole (the local day holding their midday); absent when none. */
  totalDays?: string[];
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
  options: { days: number; now: Date; timeZone: string; totals?: readonly TotalDay[] },
): DailyBar[] {
  return barsFor(segments, lastDays(options.days, options.now, options.timeZone), options.now, options.totals ?? []);
}

/**
 * Bars for every local day in `timeZone` that overlaps [from, to) and has begun by `now`: a report month's daily
 * figures, the same bars as the status page's. Feed it the component's timeline over at least [from, min(to, now)).
 *
 * @example
 * const { start, end } = monthPeriod('2026-10', 'Europe/London');
 * dailyBarsBetween(segments, { from: start, to: end, now, timeZone: 'Europe/London' })
 * // → 31 bars, 1 to 31 October; the 25th is 25 hours long
 */
export function dailyBarsBetween(
  segments: readonly StatusSegment[],
  options: { from: Date; to: Date; now: Date; timeZone: string; totals?: readonly TotalDay[] },
): DailyBar[] {
  const begun = daysBetween(options.from, options.to, options.timeZone).filter((d) => d.start.getTime() < options.now.getTime());
  return barsFor(segments, begun, options.now, options.totals ?? []);
}

function barsFor(segments: readonly StatusSegment[], days: readonly LocalDay[], now: Date, totals: readonly TotalDay[]): DailyBar[] {
  const bars: DailyBar[] = [];
  let first = 0;
  for (const day of days) {
    // Segments are sorted and contiguous: skip those that end before this day, take those that start before its end.
    while (first < segments.length && segments[first]!.to.getTime() <= day.start.getTime()) first++;
    let last = first;
    while (last < segments.length && segments[last]!.from.getTime() < day.end.getTime()) last++;
    // A UTC day known only by a total counts whole in the local day holding its midday (see TotalDay).
    const touching = totals.filter((t) => t.end.getTime() > day.start.getTime() && t.start.getTime() < day.end.getTime());
    const figures = availability(segments.slice(first, last), { from: day.start, to: day.end, now }, touching);
    const seen = COMPONENT_STATUSES.filter((s) => figures.ms[s] > 0);
    const counted = touching.filter((t) => t.midday.getTime() >= day.start.getTime() && t.midday.getTime() < Math.min(day.end.getTime(), now.getTime())).map((t) => t.date);
    bars.push({ ...figures, date: day.date, status: worstStatus(seen), ...(counted.length > 0 ? { totalDays: counted } : {}) });
  }
  return bars;
}

/** One day across several components: the lowest availability, and whether every component met the target. */
export interface WorstDay {
  date: LocalDate;
  /** The lowest availability of the components that had eligible minutes that day; null when none had any. */
  availability: number | null;
  /** Every component with eligible minutes met the target, decided exactly; null when none had any. */
  met: boolean | null;
}

/**
 * The worst of several components' bars day by day (a report's chart): pass each component's bars over the same
 * days. A day on which one component had no data is judged by the others.
 *
 * @example
 * worstDays([websiteBars, ticketsBars], 99.9)
 * // → [{ date: '2026-10-01', availability: 100, met: true }, …, { date: '2026-10-24', availability: 81.45…, met: false }, …]
 */
export function worstDays(series: ReadonlyArray<readonly DailyBar[]>, targetPercent: number): WorstDay[] {
  const [first = []] = series;
  return first.map((day, i) => {
    const observed = series.map((bars) => bars[i]).filter((b): b is DailyBar => b !== undefined && b.availability !== null);
    if (observed.length === 0) return { date: day.date, availability: null, met: null };
    return {
      date: day.date,
      availability: Math.min(...observed.map((b) => b.availability!)),
      met: observed.every((b) => meetsAvailabilityTarget(b, targetPercent)),
    };
  });
}
