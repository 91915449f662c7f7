import { describe, expect, it } from 'vitest';
import { DOWNTIME_WEIGHT, type ComponentStatus } from '../../vocabulary/status.ts';
import { emptyMs } from '../uptime/availability.ts';
import { barShade, describeBar } from './bars.ts';

const MIN = 60_000;
const bar = (date: string, status: ComponentStatus, availability: number | null, minutes: Partial<Record<ComponentStatus, number>>, complete = true) => ({
  date,
  status,
  availability,
  complete,
  weightedDownMinutes: (minutes.major_outage ?? 0) * DOWNTIME_WEIGHT.major_outage + (minutes.partial_outage ?? 0) * DOWNTIME_WEIGHT.partial_outage,
  ms: { ...emptyMs(), ...Object.fromEntries(Object.entries(minutes).map(([s, m]) => [s, Math.round(m * MIN)])) },
});

describe('describeBar', () => {
  it.each<[string, ReturnType<typeof bar> & { totalDays?: string[] }, string]>([
    ['an operational day', bar('2026-10-20', 'operational', 100, { operational: 1440 }), 'Tue 20 Oct 2026: Operational, 100.000% available'],
    [
      // 113 min major + 20 min partial = 133 min of outage, unweighted; 113 + 0.3 × 20 = 119 weighted; 25-hour day
      'an outage across the clock change',
      bar('2026-10-25', 'major_outage', 91.8, { major_outage: 113, partial_outage: 20, operational: 1367 }),
      'Sun 25 Oct 2026: Major outage, 91.800% available, 119 weighted down minutes, 2 h 13 min of outage',
    ],
    // 267.08 min rounds up, both as a figure and as a duration: never shown shorter than it was
    ['outage minutes with seconds', bar('2026-10-24', 'major_outage', 81.453, { major_outage: 267.08 }), 'Sat 24 Oct 2026: Major outage, 81.453% available, 267.1 weighted down minutes, 4 h 28 min of outage'],
    ['maintenance', bar('2026-12-08', 'under_maintenance', 100, { under_maintenance: 90, operational: 1350 }), 'Tue 8 Dec 2026: Under maintenance, 100.000% available, 1 h 30 min maintenance'],
    ['nothing observed', bar('2026-09-01', 'no_data', null, { no_data: 1440 }), 'Tue 1 Sep 2026: No data'],
    [
      // 30 of 1 440 minutes down, known only from the day's total: 100 × 47/48
      'a day known only by its total',
      { ...bar('2026-10-24', 'major_outage', 4700 / 48, { major_outage: 30, operational: 1410 }), totalDays: ['2026-10-24'] },
      'Sat 24 Oct 2026: Major outage, 97.916% available, 30 weighted down minutes, 30 min of outage, counted from a daily total (UTC day, exact times unknown)',
    ],
    ['today', bar('2026-11-22', 'partial_outage', 97.5, { partial_outage: 60, operational: 660 }, false), 'Sun 22 Nov 2026: Partial outage, 97.500% available, 18 weighted down minutes, 1 h of outage, today so far'],
  ])('%s', (_, b, expected) => expect(describeBar(b)).toBe(expected));

  it.each<[string, { incidents: number; maintenance: number }, string]>([
    ['one incident', { incidents: 1, maintenance: 0 }, ', 1 incident'],
    ['two incidents and a window', { incidents: 2, maintenance: 1 }, ', 2 incidents, 1 maintenance window'],
    ['two windows', { incidents: 0, maintenance: 2 }, ', 2 maintenance windows'],
  ])('counts what touched the day: %s', (_, events, suffix) => {
    expect(describeBar(bar('2026-10-24', 'major_outage', 99, { major_outage: 14.4 }), events)).toBe(`Sat 24 Oct 2026: Major outage, 99.000% available, 14.4 weighted down minutes, 15 min of outage${suffix}`);
  });
});

describe('barShade', () => {
  it.each<[string, ReturnType<typeof bar>, 1 | 2 | 3]>([
    ['a one-minute blip', bar('2026-10-01', 'major_outage', 99.9, { major_outage: 1 }), 1],
    ['exactly 5 weighted minutes', bar('2026-10-01', 'major_outage', 99.6, { major_outage: 5 }), 1],
    ['just over 5', bar('2026-10-01', 'major_outage', 99.6, { major_outage: 5.01 }), 2],
    ['a 20-minute partial outage weighs 6', bar('2026-10-01', 'partial_outage', 99.5, { partial_outage: 20 }), 2],
    ['an hour of major outage', bar('2026-10-01', 'major_outage', 95.8, { major_outage: 60 }), 2],
    ['a long outage', bar('2026-10-24', 'major_outage', 81.4, { major_outage: 267.08 }), 3],
    ['four hours of partial outage weigh 72', bar('2026-10-01', 'partial_outage', 95, { partial_outage: 240 }), 3],
    ['ten slow minutes', bar('2026-10-01', 'degraded_performance', 100, { degraded_performance: 10 }), 2],
    ['a slow afternoon', bar('2026-10-01', 'degraded_performance', 100, { degraded_performance: 240 }), 3],
    ['an operational day', bar('2026-10-01', 'operational', 100, { operational: 1440 }), 3],
    ['maintenance', bar('2026-10-01', 'under_maintenance', 100, { under_maintenance: 30 }), 3],
    ['no data', bar('2026-10-01', 'no_data', null, { no_data: 1440 }), 3],
  ])('%s → %i', (_, b, shade) => expect(barShade(b)).toBe(shade));
});
