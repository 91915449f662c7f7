import { STATUS_LABEL } from '../../vocabulary/status.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';
import { formatLocalDate, formatMinutes } from './datetime.ts';
import { formatPercent } from './number.ts';

/**
 * One status-page bar in words, for its text alternative and title: the date, the day's worst status, its
 * availability, outage minutes (major and partial, unweighted), maintenance minutes, and whether the day is still
 * running.
 *
 * @example
 * describeBar(bar) // → 'Sat 24 Oct 2026: Major outage, 99.069% available, 1 h 53 min of outage'
 */
export function describeBar(bar: Pick<DailyBar, 'date' | 'status' | 'availability' | 'ms' | 'complete'>): string {
  const parts = [`${formatLocalDate(bar.date)}: ${STATUS_LABEL[bar.status]}`];
  if (bar.availability !== null) parts.push(`${formatPercent(bar.availability)} available`);
  // Whole milliseconds, divided once: a whole number of minutes stays whole.
  const down = (bar.ms.major_outage + bar.ms.partial_outage) / MS_PER_MINUTE;
  if (down > 0) parts.push(`${formatMinutes(down)} of outage`);
  const maintenance = bar.ms.under_maintenance / MS_PER_MINUTE;
  if (maintenance > 0) parts.push(`${formatMinutes(maintenance)} maintenance`);
  if (!bar.complete) parts.push('today so far');
  return parts.join(', ');
}
