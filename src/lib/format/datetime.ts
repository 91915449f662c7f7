import { DateTime } from 'luxon';
import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from '../../vocabulary/locale.ts';
import { messages } from '../i18n/index.ts';
import { memo } from '../time/memo.ts';

/**
 * Date and time formatting for display only. Every time shown names its time zone (STYLE.md, habit 9).
 * British English forms by default: "3 Oct 2026, 14:05 BST"; German, with the month written out as German pages write
 * it: "3. November 2026, 14:05 MEZ".
 */

/** luxon patterns per locale: the order and punctuation each language writes a date in. */
const PATTERN: Record<Locale, { date: string; weekdayDate: string; time: string; month: string }> = {
  en: { date: 'd LLL yyyy', weekdayDate: 'ccc d LLL yyyy', time: 'HH:mm', month: 'LLLL yyyy' },
  de: { date: 'd. MMMM yyyy', weekdayDate: 'EEE, d. MMMM yyyy', time: 'HH:mm', month: 'LLLL yyyy' },
};

/**
 * The locale luxon names months and weekdays in. English asks en-US: ICU's en-GB abbreviates September "Sept", and the
 * patterns above already give the British order.
 */
const NAMES_TAG: Record<Locale, string> = { en: 'en-US', de: LOCALE_TAG.de };

function at(iso: string, timeZone: string, locale: Locale): DateTime {
  return DateTime.fromISO(iso, { zone: timeZone, locale: NAMES_TAG[locale] });
}

// The same instants and dates are formatted on many pages (status, incident, report, feeds; a date per bar), and a
// luxon parse and format per call was a large part of a big build's time (issue 12). Pure in their arguments.
const dateTimes = memo<string>();
const localDates = memo<string>();

/** "3 Oct 2026, 14:05 BST" in the given zone. */
export function formatDateTime(iso: string, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateTimes(`${iso}\u0000${timeZone}\u0000${locale}`, () => {
    const dt = at(iso, timeZone, locale);
    return `${dt.toFormat(PATTERN[locale].date)}, ${dt.toFormat(PATTERN[locale].time)} ${zoneAbbreviation(dt, locale)}`;
  });
}

/** "3 Oct 2026" in the given zone. */
export function formatDate(iso: string, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return at(iso, timeZone, locale).toFormat(PATTERN[locale].date);
}

/** "14:05 BST" in the given zone. */
export function formatTime(iso: string, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const dt = at(iso, timeZone, locale);
  return `${dt.toFormat(PATTERN[locale].time)} ${zoneAbbreviation(dt, locale)}`;
}

/**
 * "Sat 24 Oct 2026" for a local calendar date (`YYYY-MM-DD`, already in the zone it was taken in).
 * @example formatLocalDate('2026-10-24') // → 'Sat 24 Oct 2026'
 */
export function formatLocalDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  return localDates(`${date}\u0000${locale}`, () => {
    const dt = DateTime.fromISO(date, { zone: 'UTC', locale: NAMES_TAG[locale] });
    if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`expected a date such as 2026-10-24, got "${date}"`);
    return dt.toFormat(PATTERN[locale].weekdayDate);
  });
}

/**
 * A UTC day known only by a source's total (src/lib/timeline/day-totals.ts), as the report's span list names it: it
 * says the times are unknown instead of showing midnight-to-midnight as if they were a span.
 * @example formatUtcDay('2026-10-24') // → '24 Oct 2026 (UTC day, exact times unknown)'
 * @example formatUtcDay('2026-10-24', 'de') // → '24. Oktober 2026 (UTC-Tag, genaue Zeiten unbekannt)'
 */
export function formatUtcDay(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const dt = DateTime.fromISO(date, { zone: 'UTC', locale: NAMES_TAG[locale] });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`expected a date such as 2026-10-24, got "${date}"`);
  return messages(locale).report.utcDay(dt.toFormat(PATTERN[locale].date));
}

/**
 * A calendar date staff wrote (`YYYY-MM-DD`: an action's due date, a holiday, the lessons log's today), as the page
 * shows it: English pages print it as written (ISO 8601, unambiguous in every English), German ones in words.
 * @example formatCalendarDate('2026-12-04') // → '2026-12-04'
 * @example formatCalendarDate('2026-12-04', 'de') // → '4. Dezember 2026'
 */
export function formatCalendarDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === 'en') return date;
  const dt = DateTime.fromISO(date, { zone: 'UTC', locale: NAMES_TAG[locale] });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`expected a date such as 2026-10-24, got "${date}"`);
  return dt.toFormat(PATTERN[locale].date);
}

/**
 * "Fri 6 Nov 2026" for an instant, on its date in the given zone.
 * @example formatWeekdayDate('2026-11-06T16:50:00Z', 'Europe/London') // → 'Fri 6 Nov 2026'
 */
export function formatWeekdayDate(iso: string, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return at(iso, timeZone, locale).toFormat(PATTERN[locale].weekdayDate);
}

/** "October 2026" for a `YYYY-MM` month. */
export function formatMonth(month: string, locale: Locale = DEFAULT_LOCALE): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC', locale: NAMES_TAG[locale] }).toFormat(PATTERN[locale].month);
}

/** A zone's short name at that instant ("BST", "EST"), falling back to the UTC offset ("UTC+1"). */
function zoneAbbreviation(dt: DateTime, locale: Locale = DEFAULT_LOCALE): string {
  if (dt.zoneName === 'UTC') return 'UTC';
  // ICU knows British names only in en-GB ("BST") and American ones only in en-US ("EST"); a German page first asks
  // for German ones ("MEZ", "MESZ"), then falls back to those.
  const tags = locale === 'en' ? ['en-GB', 'en-US'] : [LOCALE_TAG[locale], 'en-GB', 'en-US'];
  for (const locale of tags) {
    const short = shortZoneName(dt, locale);
    if (/^[A-Z]{2,5}$/.test(short)) return short;
  }
  return `UTC${dt.toFormat('Z')}`;
}

/**
 * Formatters for zone names, one per (zone, locale). luxon's `toFormat('ZZZZ')` builds a new Intl.DateTimeFormat on
 * every call, which dominated large builds (issue 12); these are the same options luxon passes, so the names are the same.
 */
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

/** What luxon's `dt.setLocale(locale).toFormat('ZZZZ')` gives, with the formatter cached for IANA zones. */
function shortZoneName(dt: DateTime, locale: string): string {
  if (!dt.isValid || dt.zone.type !== 'iana') return dt.setLocale(locale).toFormat('ZZZZ');
  const key = `${dt.zoneName}\u0000${locale}`;
  let formatter = zoneNameFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZoneName: 'short',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: dt.zoneName!,
    });
    zoneNameFormatters.set(key, formatter);
  }
  return formatter.formatToParts(dt.toMillis()).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/**
 * A duration in minutes as "2 h 05 min", "45 min", "24 h", "2 d 12 h". Display only; never compare with this.
 * Rounded up to the whole minute, so a duration is never shown shorter than it was: a restore 24 seconds over a
 * 4-hour target reads "4 h 01 min" beside "Missed", not "4 h". Pass minutes computed from whole milliseconds in one
 * division (ms / 60 000), so a whole number of minutes is exactly that number.
 *
 * @example
 * formatMinutes(240.4) // → '4 h 01 min'
 * formatMinutes(2550) // → '42 h 30 min'
 */
export function formatMinutes(minutes: number, locale: Locale = DEFAULT_LOCALE): string {
  const u = messages(locale).duration;
  const total = Math.ceil(minutes);
  if (total < 60) return `${total} ${u.min}`;
  // Days only from 48 hours on: "24 h" reads better than "1 d 0 h" for a restore target.
  const days = total >= 2880 ? Math.floor(total / 1440) : 0;
  const hours = Math.floor((total - days * 1440) / 60);
  const mins = total % 60;
  const parts = [days && `${days} ${u.d}`, (hours || !days) && `${hours} ${u.h}`, mins && `${String(mins).padStart(2, '0')} ${u.min}`];
  return parts.filter(Boolean).join(' ');
}
