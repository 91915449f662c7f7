import { describe, expect, it } from 'vitest';
import type { SupportHours } from '../../schemas/support.ts';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isInSupportHours, supportWindows, windowOfDate, windowOfLocalDate } from './support-windows.ts';

const office: SupportHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: ['2026-01-06'] };

describe('supportWindows', () => {
  it('clips to the range, skips weekends and holidays', () => {
    // Fri 2 Jan 12:00 → Wed 7 Jan 10:00 (GMT): Fri 12:00–17:30, Mon 09:00–17:30, Tue holiday, Wed 09:00–10:00
    const w = supportWindows(new Date('2026-01-02T12:00Z'), new Date('2026-01-07T10:00Z'), office, 'Europe/London');
    expect(w.map((p) => [p.start.toISOString(), p.end.toISOString()])).toEqual([
      ['2026-01-02T12:00:00.000Z', '2026-01-02T17:30:00.000Z'],
      ['2026-01-05T09:00:00.000Z', '2026-01-05T17:30:00.000Z'],
      ['2026-01-07T09:00:00.000Z', '2026-01-07T10:00:00.000Z'],
    ]);
  });
  it('places windows in local time (BST is UTC+1)', () => {
    const w = supportWindows(new Date('2026-07-01T00:00Z'), new Date('2026-07-02T00:00Z'), office, 'Europe/London');
    expect(w.map((p) => [p.start.toISOString(), p.end.toISOString()])).toEqual([['2026-07-01T08:00:00.000Z', '2026-07-01T16:30:00.000Z']]);
  });
});

describe('isInSupportHours', () => {
  it.each([
    ['2026-01-05T09:00:00Z', true], // Monday opening, inclusive
    ['2026-01-05T17:30:00Z', false], // closing, exclusive
    ['2026-01-05T17:29:59Z', true],
    ['2026-01-06T12:00:00Z', false], // holiday
    ['2026-01-10T12:00:00Z', false], // Saturday
    ['2026-07-06T08:30:00Z', true], // Monday 09:30 BST
  ])('%s → %s', (iso, open) => expect(isInSupportHours(new Date(iso), office, 'Europe/London')).toBe(open));
});

describe('windowOfLocalDate (cached) agrees with walking the days in luxon', () => {
  const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'UTC'];
  const shapes: SupportHours[] = [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: ['2026-12-25'] },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00', holidays: [] },
    { days: ['sat', 'sun'], start: '00:30', end: '02:30', holidays: [] },
  ];
  /** The walk as it was before the cache: luxon's startOf('day') and plus({ days: 1 }) from the first instant. */
  function reference(from: number, to: number, hours: SupportHours, zone: string) {
    const out: Array<{ start: number; end: number }> = [];
    for (let day = DateTime.fromMillis(from, { zone }).startOf('day'); day.toMillis() < to; day = day.plus({ days: 1 }).startOf('day')) {
      const w = windowOfDate(day, hours);
      if (!w) continue;
      const start = Math.max(from, w.start);
      const end = Math.min(to, w.end);
      if (end > start) out.push({ start, end });
    }
    return out;
  }
  it('over random ranges across DST changes, in zones with odd offsets and midnight changes', () => {
    const base = Date.parse('2025-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 730 * 24 * 60 }),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...shapes),
        (startMin, lengthMin, zone, hours) => {
          const from = base + startMin * 60_000;
          const to = from + lengthMin * 60_000;
          const got = supportWindows(new Date(from), new Date(to), hours, zone).map((p) => ({ start: p.start.getTime(), end: p.end.getTime() }));
          expect(got).toEqual(reference(from, to, hours, zone));
        },
      ),
      { numRuns: 400 },
    );
  });
  it('returns undefined on closed days and the same window as windowOfDate on open ones', () => {
    const hours = shapes[0]!;
    expect(windowOfLocalDate('2026-12-25', hours, 'Europe/London')).toBeUndefined(); // a holiday
    expect(windowOfLocalDate('2026-12-26', hours, 'Europe/London')).toBeUndefined(); // a Saturday
    expect(windowOfLocalDate('2026-07-01', hours, 'Europe/London')).toEqual({ start: Date.parse('2026-07-01T08:00Z'), end: Date.parse('2026-07-01T16:30Z') });
  });
});
