import { describe, expect, it } from 'vitest';
import { addMonths, monthOf, monthPeriod, monthRange, monthsBetween, parseMonth } from './month.ts';

const hours = (p: { start: Date; end: Date }) => (p.end.getTime() - p.start.getTime()) / 3_600_000;

describe('monthPeriod is the calendar month in the zone', () => {
  describe.each([
    // London: BST from 01:00 UTC on 29 Mar 2026; 31 d × 24 h − 1 h = 743 h.
    ['2026-03', 'Europe/London', '2026-03-01T00:00:00.000Z', '2026-03-31T23:00:00.000Z', 743],
    // London: GMT again from 01:00 UTC on 25 Oct 2026; 31 × 24 + 1 = 745 h. Starts at midnight BST.
    ['2026-10', 'Europe/London', '2026-09-30T23:00:00.000Z', '2026-11-01T00:00:00.000Z', 745],
    // A month with no change: June in BST, 30 × 24 = 720 h.
    ['2026-06', 'Europe/London', '2026-05-31T23:00:00.000Z', '2026-06-30T23:00:00.000Z', 720],
    // New York: EDT from 8 Mar 2026; EST (−5) → EDT (−4): 31 × 24 − 1 = 743 h.
    ['2026-03', 'America/New_York', '2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z', 743],
    // New York: EST from 1 Nov 2026; 30 × 24 + 1 = 721 h.
    ['2026-11', 'America/New_York', '2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z', 721],
    // Leap year: February 2028 has 29 days = 696 h.
    ['2028-02', 'Europe/London', '2028-02-01T00:00:00.000Z', '2028-03-01T00:00:00.000Z', 696],
    ['2027-02', 'UTC', '2027-02-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z', 672],
    // Southern hemisphere: Sydney leaves DST on 5 Apr 2026 (+11 → +10): 30 × 24 + 1 = 721 h.
    ['2026-04', 'Australia/Sydney', '2026-03-31T13:00:00.000Z', '2026-04-30T14:00:00.000Z', 721],
    // Year edge: December → next January.
    ['2026-12', 'Asia/Tokyo', '2026-11-30T15:00:00.000Z', '2026-12-31T15:00:00.000Z', 744],
  ])('%s in %s', (month, zone, start, end, h) => {
    const p = monthPeriod(month, zone);
    it(`starts ${start}`, () => expect(p.start.toISOString()).toBe(start));
    it(`ends ${end} (exclusive)`, () => expect(p.end.toISOString()).toBe(end));
    it(`lasts ${h} h`, () => expect(hours(p)).toBe(h));
  });

  it.each([['2026-13'], ['2026-3'], ['March'], ['']])('rejects %j', (bad) => {
    expect(() => monthPeriod(bad, 'UTC')).toThrow(/expected a month such as 2026-03/);
  });
  it('rejects an unknown zone', () => {
    expect(() => monthPeriod('2026-03', 'Europe/Londres')).toThrow(/unknown time zone "Europe\/Londres"/);
  });
});

describe('monthOf reads the calendar in the zone', () => {
  it.each([
    ['2026-03-31T23:30:00Z', 'Europe/London', '2026-04'], // 00:30 BST on 1 Apr
    ['2026-03-31T22:59:59.999Z', 'Europe/London', '2026-03'],
    ['2026-03-31T23:00:00Z', 'Europe/London', '2026-04'], // the exclusive end of March is April's first instant
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-12'], // 22:00 EST on 31 Dec
    ['2028-02-29T12:00:00Z', 'UTC', '2028-02'],
  ])('%s in %s → %s', (iso, zone, month) => expect(monthOf(new Date(iso), zone)).toBe(month));
});

describe('month arithmetic', () => {
  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', 12, '2027-03'],
    ['2026-03', -14, '2025-01'],
    ['2026-03', 0, '2026-03'],
  ])('%s + %d → %s', (m, n, out) => expect(addMonths(m, n)).toBe(out));

  it.each([
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-05', '2026-05', ['2026-05']],
    ['2026-05', '2026-04', []],
  ])('monthRange(%s, %s)', (a, b, out) => expect(monthRange(a, b)).toEqual(out));

  it('monthsBetween includes both ends, in the zone', () => {
    // 2026-03-31T23:30Z is already April in London.
    expect(monthsBetween(new Date('2026-01-15T00:00Z'), new Date('2026-03-31T23:30Z'), 'Europe/London')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
  });
  it('parseMonth', () => expect(parseMonth('2028-02')).toEqual({ year: 2028, month: 2 }));
});
