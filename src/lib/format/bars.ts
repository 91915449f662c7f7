import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import { messages } from '../i18n/index.ts';
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
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = messages(locale);
  const parts = [`${formatLocalDate(bar.date, locale)}: ${t.status[bar.status]}`];
  if (bar.availability !== null) parts.push(t.bars.available(formatPercent(bar.availability, 3, locale)));
  if (bar.weightedDownMinutes > 0) parts.push(t.bars.weighted(formatMinuteFigure(bar.weightedDownMinutes, 'up', 1, locale)));
  // Whole milliseconds, divided once: a whole number of minutes stays whole.
  const down = (bar.ms.major_outage + bar.ms.partial_outage) / MS_PER_MINUTE;
  if (down > 0) parts.push(t.bars.outage(formatMinutes(down, locale)));
  const maintenance = bar.ms.under_maintenance / MS_PER_MINUTE;
  if (maintenance > 0) parts.push(t.bars.maintenance(formatMinutes(maintenance, locale)));
  // A UTC day known only by a source's total of down minutes (src/lib/timeline/day-totals.ts): say the times are unknown.
  if (bar.totalDays && bar.totalDays.length > 0) parts.push(t.bars.dayTotal);
  if (events.incidents > 0) parts.push(t.bars.incidents(events.incidents));
  if (events.maintenance > 0) parts.push(t.bars.windows(events.maintenance));
  if (!bar.complete) parts.push(t.bars.today);
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
