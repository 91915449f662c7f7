import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../vocabulary/status.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { dailyBars, dailyBarsBetween, worstDays, type DailyBar } from './daily-bars.ts';

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

describe('dailyBarsBetween: a report month, the same bars', () => {
  const now = new Date('2026-10-25T12:00Z');
  const october = { from: new Date('2026-09-30T23:00Z'), to: new Date('2026-10-31T24:00Z'), now, timeZone: 'Europe/London' };
  const outage = [
    seg('2026-09-30T23:00Z', '2026-10-24T22:08Z', 'operational'),
    seg('2026-10-24T22:08Z', '2026-10-25T01:35Z', 'major_outage'),
    seg('2026-10-25T01:35Z', '2026-10-25T12:00Z', 'operational'),
  ];
  const month = dailyBarsBetween(outage, october);

  it('has the days of the month begun by now, in the month’s zone', () => {
    expect(month.map((b) => b.date)).toEqual(Array.from({ length: 25 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`));
  });

  it.each<[string, number, Partial<DailyBar>]>([
    // 24 Oct BST: 23:08 → midnight = 52 min of major outage in 1440; 100 × (1 − 52/1440) = 96.388…
    ['24 October', 23, { status: 'major_outage', weightedDownMinutes: 52, eligibleMinutes: 1440, availability: 96.38888888888889, complete: true }],
    // 25 Oct (25 h day), midnight BST (23:00Z) → 01:35Z = 155 min, to now 12:00Z = 780 min elapsed
    ['25 October, so far', 24, { status: 'major_outage', weightedDownMinutes: 155, eligibleMinutes: 780, complete: false }],
  ])('%s', (_, index, expected) => expect(month[index]).toMatchObject(expected));

  it('agrees with the status page’s bars for the same days', () => {
    const last = dailyBars(outage, { days: 25, now, timeZone: 'Europe/London' });
    expect(last).toEqual(month);
  });
});

describe('worstDays: the report chart’s day across components', () => {
  const day = (date: string, parts: Array<[number, ComponentStatus]>): DailyBar => {
    let t = new Date(`${date}T00:00Z`).getTime();
    const segs = parts.map(([minutes, status]) => {
      const s = { from: new Date(t), to: new Date(t + minutes * 60_000), status };
      t += minutes * 60_000;
      return s;
    });
    return dailyBarsBetween(segs, { from: new Date(`${date}T00:00Z`), to: new Date(t), now: new Date(t), timeZone: 'UTC' })[0]!;
  };
  const fine = day('2026-01-05', [[1440, 'operational']]);
  // 1.44 min of 1440 is exactly 99.9
  const atTarget = day('2026-01-05', [[1.44, 'major_outage'], [1438.56, 'operational']]);
  const below = day('2026-01-05', [[2, 'major_outage'], [1438, 'operational']]);
  const nothing = day('2026-01-05', [[1440, 'no_data']]);

  it.each<[string, DailyBar[], number | null, boolean | null]>([
    ['all fine', [fine, fine], 100, true],
    ['exactly at the target meets it', [fine, atTarget], 99.9, true],
    ['one component below', [fine, below], 99.86111111111111, false],
    ['no data on one: judged by the other', [nothing, below], 99.86111111111111, false],
    ['no data on all', [nothing, nothing], null, null],
  ])('%s', (_, bars, availability, met) => {
    expect(worstDays(bars.map((b) => [b]), 99.9)).toEqual([{ date: '2026-01-05', availability, met }]);
  });
});
