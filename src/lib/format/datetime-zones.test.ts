import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from './datetime.ts';

/** The zone name as luxon formats it without any cache: the reference the cached formatters must match. */
function luxonZoneName(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso, { zone });
  if (dt.zoneName === 'UTC') return 'UTC';
  for (const locale of ['en-GB', 'en-US']) {
    const short = dt.setLocale(locale).toFormat('ZZZZ');
    if (/^[A-Z]{2,5}$/.test(short)) return short;
  }
  return `UTC${dt.toFormat('Z')}`;
}

describe('time-zone names come from cached formatters and read as luxon reads them', () => {
  it.each([
    ['2026-10-24T22:07:55Z', 'Europe/London', '23:07 BST'],
    ['2026-10-25T02:35:00Z', 'Europe/London', '02:35 GMT'],
    ['2026-03-08T06:59:00Z', 'America/New_York', '01:59 EST'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '03:00 EDT'],
    ['2026-07-01T12:00:00Z', 'Europe/Paris', '14:00 CEST'],
    ['2026-07-01T12:00:00Z', 'Asia/Kolkata', '17:30 UTC+5:30'],
    ['2026-07-01T12:00:00Z', 'UTC', '12:00 UTC'],
  ])('%s in %s → %s', (iso, zone, shown) => {
    expect(formatTime(iso, zone)).toBe(shown);
    // Twice: the second call reads the cached formatter.
    expect(formatTime(iso, zone)).toBe(shown);
    expect(shown.endsWith(luxonZoneName(iso, zone))).toBe(true);
  });

  it('agrees with luxon through a year, every 7 hours (every hour of the day in turn), in zones on both sides of the equator', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Europe/Dublin', 'America/Phoenix']) {
      for (let t = Date.parse('2026-01-01T00:30:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7 * 3_600_000) {
        const iso = new Date(t).toISOString();
        expect(formatDateTime(iso, zone).split(' ').at(-1)).toBe(luxonZoneName(iso, zone));
      }
    }
  });
});
