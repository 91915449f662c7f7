import { DOWNTIME_WEIGHT, OBSERVED_STATUSES, type ComponentStatus, type ObservedStatus } from '../../vocabulary/status.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
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
}

const isObserved = (s: ComponentStatus): s is ObservedStatus => (OBSERVED_STATUSES as readonly string[]).includes(s);

/**
 * Every span of a timeline that is not operational, with its minutes and weighted minutes, so a client can add up a
 * report's weighted down minutes by hand (they sum to AvailabilityFigures.weightedDownMinutes over the same period).
 * Pass the timeline cut to the period, as componentTimeline gives it.
 *
 * @example
 * downtimeSpans([{ from: 22:07:55Z, to: 02:35:00Z, status: 'major_outage' }, { …, status: 'operational' }])
 * // → [{ from, to, status: 'major_outage', minutes: 267.083…, weight: 1, weightedMinutes: 267.083… }]
 */
export function downtimeSpans(segments: readonly StatusSegment[]): DowntimeSpan[] {
  const spans: DowntimeSpan[] = [];
  for (const { from, to, status } of segments) {
    if (status === 'operational') continue;
    const ms = to.getTime() - from.getTime();
    const weight = isObserved(status) ? DOWNTIME_WEIGHT[status] : 0;
    spans.push({ from, to, status, minutes: ms / MS_PER_MINUTE, weight, weightedMinutes: toNumber(div(mul(decimalFraction(weight), int(ms)), int(MS_PER_MINUTE))) });
  }
  return spans;
}
