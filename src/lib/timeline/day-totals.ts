import type { HistoryDayTotal } from '../../schemas/history.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import { componentTimeline, type ComponentTimelineInput } from './component-timeline.ts';

const DAY_MS = 86_400_000;
const HALF_DAY_MS = 43_200_000;

/**
 * A UTC day known only by a source's total of down minutes (historyDayTotal, docs/history-format.md), as the figures
 * count it: at day resolution, never placed at a time of day.
 */
export interface TotalDay {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  /** 00:00 UTC of the day, inclusive. */
  start: Date;
  /** 00:00 UTC of the next day, exclusive. */
  end: Date;
  /**
   * 12:00 UTC of the day: the whole day counts in the period that holds this instant. For periods cut at local
   * midnights (a client's days and months) that is the local day holding most of the UTC day (at least 12 of its
   * 24 hours), so a total is never split across a local midnight as if its time were known.
   */
  midday: Date;
  /** The total's minutes down, as the source gave them (major outage). */
  downMinutes: number;
  /** Milliseconds counted as major outage: the total, at most the day's eligible milliseconds. */
  downMs: number;
  /** Milliseconds counted as operational: the day's eligible milliseconds less downMs. */
  upMs: number;
  /** Milliseconds of the day that count as down or up (neither maintenance nor observed): downMs + upMs. */
  eligibleMs: number;
}

/**
 * The day totals of a component's history that the figures count over [from, min(to, now)): those whose UTC day
 * overlaps that span, has ended by `now`, and that nobody observed finer. Observations are not replaced by coarser
 * data: a day on which the component's timeline (monitor, incidents) shows any status but no_data keeps its
 * observations and its total is not counted. Scheduled maintenance on the day stays where it is placed and is left
 * out of the day's eligible minutes, so the total fills only the day's no_data minutes: down as given (at most all of
 * them), the rest up. Pass the same input as to componentTimeline.
 *
 * @example
 * // history.dayTotals = [{ date: '2026-10-24', downMinutes: 30 }], nothing observed that day:
 * totalDays({ componentId: 'www', history, from: octStart, to: novStart, now })
 * // → [{ date: '2026-10-24', start: 24 Oct 00:00Z, end: 25 Oct 00:00Z, midday: 24 Oct 12:00Z,
 * //      downMinutes: 30, downMs: 1_800_000, upMs: 84_600_000, eligibleMs: 86_400_000 }]
 */
export function totalDays(input: ComponentTimelineInput): TotalDay[] {
  const totals: readonly HistoryDayTotal[] = input.history?.dayTotals ?? [];
  const from = input.from.getTime();
  const end = Math.min(input.to.getTime(), input.now.getTime());
  const out: TotalDay[] = [];
  for (const total of totals) {
    const start = Date.parse(`${total.date}T00:00:00.000Z`);
    const dayEnd = start + DAY_MS;
    if (dayEnd <= from || start >= end || dayEnd > input.now.getTime()) continue;
    const day = componentTimeline({ ...input, from: new Date(start), to: new Date(dayEnd) });
    if (day.some((s) => s.status !== 'no_data' && s.status !== 'under_maintenance')) continue;
    const eligibleMs = day.reduce((sum, s) => sum + (s.status === 'no_data' ? s.to.getTime() - s.from.getTime() : 0), 0);
    const downMs = Math.min(Math.round(total.downMinutes * MS_PER_MINUTE), eligibleMs);
    out.push({
      date: total.date,
      start: new Date(start),
      end: new Date(dayEnd),
      midday: new Date(start + HALF_DAY_MS),
      downMinutes: total.downMinutes,
      downMs,
      upMs: eligibleMs - downMs,
      eligibleMs,
    });
  }
  return out;
}
