import { DOWNTIME_WEIGHT, OBSERVED_STATUSES, type ComponentStatus, type ObservedStatus } from '../../vocabulary/status.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import type { TotalDay } from '../timeline/day-totals.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { decimalFraction, div, int, mul, toNumber } from './exact.ts';

/** A span in which a component was not fully operational, with the minutes it adds to the figures. */
export interface DowntimeSpan {
  from: Date;
  to: Date;
  status: Exclude<ComponentStatus, 'operational'>;
  minutes: number;
  /** DOWNTIME_WEIGHT of the status; 0 for maintenance and no data, which are left out of eligible minutes instead. */
  weight: number;
  /** minutes × weight, exactly, then as the nearest double. */
  weightedMinutes: number;
  /**
   * Set for a UTC day known only by a total (TotalDay): `from` and `to` are that UTC day's bounds, and the minutes
   * fell somewhere in it, at times nobody knows. Absent for a span whose times were observed.
   */
  utcDay?: string;
}

const isObserved = (s: ComponentStatus): s is ObservedStatus => (OBSERVED_STATUSES as readonly string[]).includes(s);

/**
 * Every span of a timeline that is not operational, with its minutes and weighted minutes, so a client can add up a
 * report's weighted down minutes by hand (they sum to AvailabilityFigures.weightedDownMinutes over the same period).
 * Pass the timeline cut to the period, as componentTimeline gives it, and the same component's totalDays: a day
 * known only by its total is one entry at day resolution (`utcDay`), listed in the period holding its midday when it
 * has down minutes, and its no_data minutes are not listed as no_data spans.
 *
 * @example
 * downtimeSpans([{ from: 22:07:55Z, to: 02:35:00Z, status: 'major_outage' }, { …, status: 'operational' }])
 * // → [{ from, to, status: 'major_outage', minutes: 267.083…, weight: 1, weightedMinutes: 267.083… }]
 * downtimeSpans(segments, [{ date: '2026-10-24', downMs: 1_800_000, … }])
 * // → [{ from: 24 Oct 00:00Z, to: 25 Oct 00:00Z, status: 'major_outage', minutes: 30, …, utcDay: '2026-10-24' }]
 */
export function downtimeSpans(segments: readonly StatusSegment[], totals: readonly TotalDay[] = []): DowntimeSpan[] {
  const spans: DowntimeSpan[] = [];
  for (const { from, to, status } of segments) {
    if (status === 'operational') continue;
    const pieces = status === 'no_data' ? withoutDays(from.getTime(), to.getTime(), totals) : [[from.getTime(), to.getTime()] as const];
    for (const [start, end] of pieces) spans.push(span(new Date(start), new Date(end), status, end - start));
  }
  const first = segments[0]?.from.getTime() ?? 0;
  const last = segments.at(-1)?.to.getTime() ?? 0;
  for (const day of totals) {
    const midday = day.midday.getTime();
    if (day.downMs > 0 && midday >= first && midday < last) spans.push({ ...span(day.start, day.end, 'major_outage', day.downMs), utcDay: day.date });
  }
  return spans.sort((a, b) => a.from.getTime() - b.from.getTime());
}

function span(from: Date, to: Date, status: DowntimeSpan['status'], ms: number): DowntimeSpan {
  const weight = isObserved(status) ? DOWNTIME_WEIGHT[status] : 0;
  return { from, to, status, minutes: ms / MS_PER_MINUTE, weight, weightedMinutes: toNumber(div(mul(decimalFraction(weight), int(ms)), int(MS_PER_MINUTE))) };
}

/** The parts of [start, end) outside every total day. */
function withoutDays(start: number, end: number, totals: readonly TotalDay[]): Array<readonly [number, number]> {
  let pieces: Array<readonly [number, number]> = [[start, end]];
  for (const day of totals) {
    const a = day.start.getTime();
    const b = day.end.getTime();
    pieces = pieces.flatMap(([s, e]): Array<readonly [number, number]> => (b <= s || a >= e ? [[s, e]] : [...(a > s ? [[s, a] as const] : []), ...(b < e ? [[b, e] as const] : [])]));
  }
  return pieces;
}
