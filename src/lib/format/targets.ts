import type { SupportHours } from '../../schemas/support.ts';
import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import type { Clock } from '../../vocabulary/status.ts';
import { messages } from '../i18n/index.ts';
import { formatMinutes } from './datetime.ts';
import { formatPlain } from './number.ts';

/**
 * Minutes in one working day of these support hours (end − start, local time): 510 for 09:00–17:30. A clock change
 * happens at night, outside support hours, so a working day is always this long.
 *
 * @example workingDayMinutes({ days: ['mon'], start: '09:00', end: '17:30', holidays: [] }) // → 510
 */
export function workingDayMinutes(hours: Pick<SupportHours, 'start' | 'end'>): number {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return minutes(hours.end) - minutes(hours.start);
}

/**
 * A target as a person reads it, saying which clock it runs on (issue 10 §3). On the 24x7 clock it is elapsed time
 * ("4 h", "30 min"). On the business clock it counts support hours only, so it is never written as calendar time
 * ("2 d 12 h" for five working days): whole working days when it is a whole number of them ("5 working days"), else
 * whole working hours ("4 working hours"), working minutes under an hour, or hours and minutes of working time.
 * Display only: targets are compared in minutes, never with this text.
 *
 * @example
 * formatTarget(2550, 'business', officeHours) // → '5 working days' (09:00–17:30: 510 min a day)
 * formatTarget(240, 'business', officeHours) // → '4 working hours'
 * formatTarget(240, '24x7', officeHours) // → '4 h'
 */
export function formatTarget(minutes: number, clock: Clock, hours: Pick<SupportHours, 'start' | 'end'>, locale: Locale = DEFAULT_LOCALE): string {
  if (clock === '24x7') return formatMinutes(minutes, locale);
  const t = messages(locale).duration;
  const day = workingDayMinutes(hours);
  if (day > 0 && minutes >= day && minutes % day === 0) return t.workingDays(formatPlain(minutes / day));
  if (minutes >= 60 && minutes % 60 === 0) return t.workingHours(formatPlain(minutes / 60));
  if (minutes < 60 && Number.isInteger(minutes)) return t.workingMinutes(formatPlain(minutes));
  return t.workingTime(formatClockDuration(minutes, 'business', locale));
}

/**
 * A measured time on a priority's clock: elapsed time on 24x7 ("2 d 12 h"), hours and minutes of support hours on the
 * business clock, never days ("42 h 30 min"), since a day of support hours is not 24 hours. Rounded up to the minute.
 *
 * @example formatClockDuration(2550, 'business') // → '42 h 30 min'
 * @example formatClockDuration(3600, '24x7') // → '2 d 12 h'
 */
export function formatClockDuration(minutes: number, clock: Clock, locale: Locale = DEFAULT_LOCALE): string {
  if (clock === '24x7') return formatMinutes(minutes, locale);
  const t = messages(locale).duration;
  const total = Math.ceil(minutes);
  if (total < 60) return `${total} ${t.min}`;
  const rest = total % 60;
  return `${Math.floor(total / 60)} ${t.h}${rest ? ` ${String(rest).padStart(2, '0')} ${t.min}` : ''}`;
}
