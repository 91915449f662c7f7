import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupportHours } from '../../schemas/support.ts';
import type { Clock } from '../../vocabulary/status.ts';
import { addClockMinutes, clockMilliseconds, clockMinutes } from './clock.ts';

const office: SupportHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '17:30',
  // Christmas Day (Fri) and the Boxing Day substitute (Mon 28 Dec 2026)
  holidays: ['2026-12-25', '2026-12-28'],
};
const always: SupportHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00', holidays: [] };
const earlyHours: SupportHours = { ...always, start: '01:00', end: '03:00' };
const newYork: SupportHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00', holidays: [] };

const LON = 'Europe/London';
const NY = 'America/New_York';

describe('clockMinutes', () => {
  it.each<[string, string, string, Clock, SupportHours, string, number]>([
    ['24x7 counts every minute', '2026-01-05T09:00Z', '2026-01-05T10:00Z', '24x7', office, LON, 60],
    ['24x7 over a weekend', '2026-01-09T17:00Z', '2026-01-12T09:00Z', '24x7', office, LON, 3840], // 64 h × 60
    ['business within one day', '2026-01-05T10:00Z', '2026-01-05T12:30Z', 'business', office, LON, 150],
    ['business before opening', '2026-01-05T07:00Z', '2026-01-05T10:00Z', 'business', office, LON, 60], // 09:00–10:00
    // Fri 16:30–17:30 = 60, weekend closed, Mon 09:00–10:00 = 60 → 120
    ['business across a weekend', '2026-01-09T16:30Z', '2026-01-12T10:00Z', 'business', office, LON, 120],
    ['business on a Saturday', '2026-01-10T00:00Z', '2026-01-11T00:00Z', 'business', office, LON, 0],
    // 5 days × 8.5 h = 42.5 h = 2550 min
    ['business over a whole week', '2026-01-05T00:00Z', '2026-01-12T00:00Z', 'business', office, LON, 2550],
    // Thu 24 Dec 17:00–17:30 = 30; Fri 25 holiday; weekend; Mon 28 holiday; Tue 29 09:00–10:00 = 60 → 90
    ['business across Christmas holidays', '2026-12-24T17:00Z', '2026-12-29T10:00Z', 'business', office, LON, 90],
    // Fri 27 Mar 17:00–17:30 GMT = 30; clocks go forward Sun 29; Mon 30 09:00–09:30 BST (08:00–08:30Z) = 30 → 60
    ['business across the spring DST weekend', '2026-03-27T17:00Z', '2026-03-30T08:30Z', 'business', office, LON, 60],
    // 27 Mar 17:00Z → 30 Mar 08:30Z = 2 d 15.5 h = 63.5 h = 3810 min (real elapsed, not wall clock)
    ['24x7 across the spring DST weekend', '2026-03-27T17:00Z', '2026-03-30T08:30Z', '24x7', office, LON, 3810],
    // Support round the clock: the 23-hour day counts 23 h; 28 Mar 12:00Z → 30 Mar 12:00Z = 48 h real = 2880
    ['round-the-clock support across the DST night', '2026-03-28T12:00Z', '2026-03-30T12:00Z', 'business', always, LON, 2880],
    ['the spring-forward day is 23 h long', '2026-03-29T00:00Z', '2026-03-29T23:00Z', 'business', always, LON, 1380],
    ['the autumn day is 25 h long', '2026-10-24T23:00Z', '2026-10-26T00:00Z', 'business', always, LON, 1500],
    // 01:00–03:00 on 29 Mar: 01:00 does not exist and moves to 02:00 BST (01:00Z); 03:00 BST = 02:00Z → 60
    ['a window inside the skipped hour shrinks', '2026-03-29T00:00Z', '2026-03-30T00:00Z', 'business', earlyHours, LON, 60],
    // Fri 30 Oct 16:00–17:00 EDT = 60; New York leaves DST Sun 1 Nov; Mon 2 Nov 09:00–10:00 EST (14:00–15:00Z) = 60
    ['business in New York across the autumn change', '2026-10-30T20:00Z', '2026-11-02T15:00Z', 'business', newYork, NY, 120],
    // 30 Oct 20:00Z → 2 Nov 15:00Z = 2 d 19 h = 67 h = 4020
    ['24x7 in New York across the autumn change', '2026-10-30T20:00Z', '2026-11-02T15:00Z', '24x7', newYork, NY, 4020],
    ['half a minute is a fraction', '2026-01-05T09:00:00Z', '2026-01-05T09:00:30Z', 'business', office, LON, 0.5],
    ['an end before the start is zero', '2026-01-05T12:00Z', '2026-01-05T10:00Z', 'business', office, LON, 0],
    ['an end before the start is zero (24x7)', '2026-01-05T12:00Z', '2026-01-05T10:00Z', '24x7', office, LON, 0],
  ])('%s', (_, from, to, clock, hours, zone, minutes) => {
    expect(clockMinutes(new Date(from), new Date(to), clock, hours, zone)).toBe(minutes);
  });
});

describe('addClockMinutes gives the "due by" instant', () => {
  it.each<[string, string, number, Clock, SupportHours, string, string]>([
    ['24x7 adds wall time', '2026-01-09T17:00Z', 90, '24x7', office, LON, '2026-01-09T18:30:00.000Z'],
    // Fri 17:00: 30 min left on Friday, so 60 min ends Mon 09:30
    ['business: Friday evening to Monday', '2026-01-09T17:00Z', 60, 'business', office, LON, '2026-01-12T09:30:00.000Z'],
    ['business: exactly a working day ends at closing', '2026-01-05T09:00Z', 510, 'business', office, LON, '2026-01-05T17:30:00.000Z'],
    ['business: one minute more rolls to next morning', '2026-01-05T09:00Z', 511, 'business', office, LON, '2026-01-06T09:01:00.000Z'],
    // 30 on Thu 24 Dec, then holidays and weekend, 60 on Tue 29 from 09:00
    ['business: over Christmas', '2026-12-24T17:00Z', 90, 'business', office, LON, '2026-12-29T10:00:00.000Z'],
    // 30 min on Fri 27 Mar (GMT), then Monday 09:00 BST = 08:00Z + 30
    ['business: over the DST weekend', '2026-03-27T17:00Z', 60, 'business', office, LON, '2026-03-30T08:30:00.000Z'],
    ['zero minutes is the start itself', '2026-01-10T12:00Z', 0, 'business', office, LON, '2026-01-10T12:00:00.000Z'],
  ])('%s', (_, from, minutes, clock, hours, zone, due) => {
    expect(addClockMinutes(new Date(from), minutes, clock, hours, zone).toISOString()).toBe(due);
  });

  it('rejects negative minutes', () => {
    expect(() => addClockMinutes(new Date('2026-01-05T09:00Z'), -1, 'business', office, LON)).toThrow(/non-negative/);
  });
  it('gives up when support never opens', () => {
    // Only Mondays, and every Monday for twelve years is a holiday.
    const holidays: string[] = [];
    for (let t = Date.parse('2026-01-05T12:00Z'); t < Date.parse('2038-01-01T00:00Z'); t += 7 * 86_400_000) {
      holidays.push(new Date(t).toISOString().slice(0, 10));
    }
    const closed: SupportHours = { days: ['mon'], start: '09:00', end: '17:00', holidays };
    expect(() => addClockMinutes(new Date('2026-01-01T00:00Z'), 1, 'business', closed, 'UTC')).toThrow(/never open/);
  });
});

describe('clock properties', () => {
  const instant = fc.integer({ min: Date.parse('2025-06-01T00:00Z'), max: Date.parse('2027-06-01T00:00Z') });
  const zone = fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC', 'Asia/Kolkata');
  const hoursArb = fc.constantFrom(office, always, earlyHours, newYork);

  it('business minutes never exceed 24x7 minutes', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), hoursArb, zone, (a, len, hours, tz) => {
        const from = new Date(a);
        const to = new Date(a + len);
        expect(clockMinutes(from, to, 'business', hours, tz)).toBeLessThanOrEqual(clockMinutes(from, to, '24x7', hours, tz));
      }),
      { numRuns: 200 },
    );
  });

  it('clock time adds up: [a, b) + [b, c) = [a, c)', () => {
    fc.assert(
      fc.property(instant, fc.nat(10 * 86_400_000), fc.nat(10 * 86_400_000), hoursArb, zone, (a, d1, d2, hours, tz) => {
        const [x, y, z] = [new Date(a), new Date(a + d1), new Date(a + d1 + d2)];
        expect(clockMilliseconds(x, y, 'business', hours, tz) + clockMilliseconds(y, z, 'business', hours, tz)).toBe(
          clockMilliseconds(x, z, 'business', hours, tz),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('addClockMinutes is the inverse of clockMinutes', () => {
    fc.assert(
      fc.property(instant, fc.nat(5000 * 60_000), hoursArb, zone, (a, ms, hours, tz) => {
        const from = new Date(a);
        const due = addClockMinutes(from, ms / 60_000, 'business', hours, tz);
        expect(clockMilliseconds(from, due, 'business', hours, tz)).toBe(ms);
      }),
      { numRuns: 200 },
    );
  });
});
