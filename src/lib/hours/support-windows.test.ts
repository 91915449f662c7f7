import { describe, expect, it } from 'vitest';
import type { SupportHours } from '../../schemas/support.ts';
import { isInSupportHours, supportWindows } from './support-windows.ts';

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
