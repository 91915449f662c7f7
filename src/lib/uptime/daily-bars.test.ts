import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../vocabulary/status.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { dailyBars } from './daily-bars.ts';

const seg = (from: string, to: string, status: ComponentStatus): StatusSegment => ({ from: new Date(from), to: new Date(to), status });

// London, around the spring-forward night (Sun 29 Mar 2026 is 23 h long). now = Mon 30 Mar 09:00 BST (08:00Z).
const now = new Date('2026-03-30T08:00Z');
const segments = [
  seg('2026-03-28T00:00Z', '2026-03-29T10:00Z', 'operational'),
  seg('2026-03-29T10:00Z', '2026-03-29T10:30Z', 'major_outage'),
  seg('2026-03-29T10:30Z', '2026-03-30T02:00Z', 'operational'),
  seg('2026-03-30T02:00Z', '2026-03-30T08:00Z', 'no_data'),
];
const bars = dailyBars(segments, { days: 4, now, timeZone: 'Europe/London' });

describe('dailyBars', () => {
  it('lists the last N local days, oldest first, today last', () => {
    expect(bars.map((b) => b.date)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it.each<[string, number, Partial<(typeof bars)[number]>]>([
    // nothing observed on 27 Mar → no_data, no availability
    ['a day with nothing observed', 0, { status: 'no_data', availability: null, coverage: 0, noDataMinutes: 1440, complete: true }],
    ['an operational day', 1, { status: 'operational', availability: 100, eligibleMinutes: 1440, complete: true }],
    // 29 Mar is 23 h = 1380 min; 30 min major → 100 × (1 − 30/1380) = 97.826086956…
    ['the 23-hour DST day with an outage', 2, { status: 'major_outage', eligibleMinutes: 1380, weightedDownMinutes: 30, availability: 97.82608695652173 }],
    // today: 30 Mar 00:00 BST (29 Mar 23:00Z) → now 08:00Z = 540 min; 180 observed, 360 no_data; worst ignores no_data
    ['today, running, partly unobserved', 3, { status: 'operational', elapsedMinutes: 540, noDataMinutes: 360, coverage: 100 / 3, availability: 100, complete: false }],
  ])('%s', (_, index, expected) => {
    const bar = bars[index]!;
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(bar[key as keyof typeof bar], key).toBeCloseTo(value, 9);
      else expect(bar[key as keyof typeof bar], key).toBe(value);
    }
  });

  it('minutes per status are reported', () => {
    expect(bars[2]!.minutes.major_outage).toBe(30);
    expect(bars[2]!.minutes.operational).toBe(1350);
  });

  it.each<[string, StatusSegment[], ComponentStatus]>([
    ['maintenance on an otherwise fine day shows maintenance', [seg('2026-01-05T00:00Z', '2026-01-05T22:00Z', 'operational'), seg('2026-01-05T22:00Z', '2026-01-06T00:00Z', 'under_maintenance')], 'under_maintenance'],
    ['a partial outage outranks maintenance', [seg('2026-01-05T00:00Z', '2026-01-05T01:00Z', 'partial_outage'), seg('2026-01-05T01:00Z', '2026-01-06T00:00Z', 'under_maintenance')], 'partial_outage'],
    ['degraded performance shows though it weighs 0', [seg('2026-01-05T00:00Z', '2026-01-05T01:00Z', 'degraded_performance'), seg('2026-01-05T01:00Z', '2026-01-06T00:00Z', 'operational')], 'degraded_performance'],
  ])('%s', (_, segs, status) => {
    // now is 6 Jan 00:00: the bars are 5 Jan (complete) and today, 6 Jan, with nothing elapsed yet
    const [day, today] = dailyBars(segs, { days: 2, now: new Date('2026-01-06T00:00Z'), timeZone: 'UTC' });
    expect(day!.date).toBe('2026-01-05');
    expect(today).toMatchObject({ date: '2026-01-06', elapsedMinutes: 0, status: 'no_data', availability: null });
    expect(day!.status).toBe(status);
  });

  it('90 bars in New York end with today', () => {
    const b = dailyBars([], { days: 90, now: new Date('2026-11-01T12:00Z'), timeZone: 'America/New_York' });
    expect(b).toHaveLength(90);
    expect(b.at(-1)!.date).toBe('2026-11-01');
    // 1 Nov 2026 is 25 h in New York; elapsed so far: 00:00 EDT (04:00Z) → 12:00Z = 8 h
    expect(b.at(-1)!.elapsedMinutes).toBe(480);
  });
});
