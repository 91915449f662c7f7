import { STATUS_LABEL } from '../../vocabulary/status.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';
import { formatLocalDate, formatMinutes } from './datetime.ts';
import { formatMinuteFigure, formatPercent } from './number.ts';

/** What else happened on a bar's day, counted for its text: incidents that touched the component, maintenance windows. */
export interface BarEvents {
  incidents: number;
  maintenance: number;
}

/**
 * One status-page bar in words, for its text alternative and its popover: the date, the day's worst status, its
 * availability, weighted down minutes (when there were any: a day at 100% has none), outage minutes (major and
 * partial, unweighted), maintenance minutes, whether it counts a UTC day known only by its total, how many incidents and maintenance windows touched it, and whether the
 * day is still running.
 *
 * @example
 * describeBar(bar, { incidents: 1, maintenance: 0 })
 * // → 'Sat 24 Oct 2026: Major outage, 81.453% available, 267.1 weighted down minutes, 4 h 28 min of outage, 1 incident'
 */
export function describeBar(
  bar: Pick<DailyBar, 'date' | 'status' | 'availability' | 'ms' | 'complete' | 'weightedDownMinutes' | 'totalDays'>,
  events: BarEvents = { incidents: 0, maintenance: 0 },
): string {
  const parts = [`${formatLocalDate(bar.date)}: ${STATUS_LABEL[bar.status]}`];
  if (bar.availability !== null) parts.push(`${formatPercent(bar.availability)} available`);
  if (bar.weightedDownMinutes > 0) parts.push(`${formatMinuteFigure(bar.weightedDownMinutes, 'up')} weighted down minutes`);
  // Whole milliseconds, divided once: a whole number of minutes stays whole.
  const down = (bar.ms.major_outage + bar.ms.partial_outage) / MS_PER_MINUTE;
  if (down > 0) parts.push(`${formatMinutes(down)} of outage`);
  const maintenance = bar.ms.under_maintenance / MS_PER_MINUTE;
  if (maintenance > 0) parts.push(`${formatMinutes(maintenance)} maintenance`);
  // A UTC day known only by a source's total of down minutes (src/lib/timeline/day-totals.ts): say the times are unknown.
  if (bar.totalDays && bar.totalDays.length > 0) parts.push('counted from a daily total (UTC day, exact times unknown)');
  if (events.incidents > 0) parts.push(`${events.incidents} incident${events.incidents === 1 ? '' : 's'}`);
  if (events.maintenance > 0) parts.push(`${events.maintenance} maintenance window${events.maintenance === 1 ? '' : 's'}`);
  if (!bar.complete) parts.push('today so far');
  return parts.join(', ');
}

/** Minutes up to which a bad day is drawn lightest, then medium; above the second, in full. */
export const SHADE_MINUTES = [5, 60] as const;

/**
 * How strongly a bar is drawn, 1 (lightest) to 3 (full), so that a short blip and a long outage look different: by
 * weighted down minutes on an outage day, by degraded minutes on a degraded day (they weigh nothing, but they were
 * slow). Days that are operational, under maintenance or without data are drawn in full: their colour and pattern
 * say all there is.
 *
 * @example barShade({ status: 'major_outage', weightedDownMinutes: 2, ms }) // → 1
 * @example barShade({ status: 'major_outage', weightedDownMinutes: 267.08, ms }) // → 3
 */
export function barShade(bar: Pick<DailyBar, 'status' | 'weightedDownMinutes' | 'ms'>): 1 | 2 | 3 {
  let minutes: number;
  if (bar.status === 'major_outage' || bar.status === 'partial_outage') minutes = bar.weightedDownMinutes;
  else if (bar.status === 'degraded_performance') minutes = bar.ms.degraded_performance / MS_PER_MINUTE;
  else return 3;
  return minutes <= SHADE_MINUTES[0] ? 1 : minutes <= SHADE_MINUTES[1] ? 2 : 3;
}
