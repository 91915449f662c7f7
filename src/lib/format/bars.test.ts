import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../vocabulary/status.ts';
import { emptyMs } from '../uptime/availability.ts';
import { describeBar } from './bars.ts';

const MIN = 60_000;
const bar = (date: string, status: ComponentStatus, availability: number | null, minutes: Partial<Record<ComponentStatus, number>>, complete = true) => ({
  date,
  status,
  availability,
  complete,
  ms: { ...emptyMs(), ...Object.fromEntries(Object.entries(minutes).map(([s, m]) => [s, Math.round(m * MIN)])) },
});

describe('describeBar', () => {
  it.each<[string, ReturnType<typeof bar>, string]>([
    ['an operational day', bar('2026-10-20', 'operational', 100, { operational: 1440 }), 'Tue 20 Oct 2026: Operational, 100.000% available'],
    [
      // 113 min major + 20 min partial = 133 min of outage, unweighted; 25-hour day
      'an outage across the clock change',
      bar('2026-10-25', 'major_outage', 91.8, { major_outage: 113, partial_outage: 20, operational: 1367 }),
      'Sun 25 Oct 2026: Major outage, 91.800% available, 2 h 13 min of outage',
    ],
    // 267.08 min rounds up: never shown shorter than it was
    ['outage minutes with seconds', bar('2026-10-24', 'major_outage', 81.453, { major_outage: 267.08 }), 'Sat 24 Oct 2026: Major outage, 81.453% available, 4 h 28 min of outage'],
    ['maintenance', bar('2026-12-08', 'under_maintenance', 100, { under_maintenance: 90, operational: 1350 }), 'Tue 8 Dec 2026: Under maintenance, 100.000% available, 1 h 30 min maintenance'],
    ['nothing observed', bar('2026-09-01', 'no_data', null, { no_data: 1440 }), 'Tue 1 Sep 2026: No data'],
    ['today', bar('2026-11-22', 'partial_outage', 97.5, { partial_outage: 60, operational: 660 }, false), 'Sun 22 Nov 2026: Partial outage, 97.500% available, 1 h of outage, today so far'],
  ])('%s', (_, b, expected) => expect(describeBar(b)).toBe(expected));
});
