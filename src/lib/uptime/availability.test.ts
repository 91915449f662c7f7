import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { monthPeriod } from '../time/month.ts';
import { availability, meetsAvailabilityTarget, type AvailabilityFigures } from './availability.ts';

const MIN = 60_000;
/** Segments laid end to end from `start`, each [minutes, status]. */
function lay(start: Date, parts: Array<[number, ComponentStatus]>): StatusSegment[] {
  let t = start.getTime();
  return parts.map(([minutes, status]) => {
    // whole milliseconds, as real timestamps are
    const seg = { from: new Date(t), to: new Date(t + Math.round(minutes * MIN)), status };
    t += Math.round(minutes * MIN);
    return seg;
  });
}

const JUNE = { from: new Date('2026-06-01T00:00Z'), to: new Date('2026-07-01T00:00Z') }; // 30 d = 43 200 min
const AFTER = new Date('2027-01-01T00:00Z'); // after every period below: all complete
const asFromTo = (p: { start: Date; end: Date }) => ({ from: p.start, to: p.end });
const LONDON_MARCH = asFromTo(monthPeriod('2026-03', 'Europe/London')); // 743 h = 44 580 min
const LONDON_OCTOBER = asFromTo(monthPeriod('2026-10', 'Europe/London')); // 745 h = 44 700 min
const NY_FEB_2028 = asFromTo(monthPeriod('2028-02', 'America/New_York')); // leap year, no DST change: 29 × 24 = 696 h = 41 760 min

type Expect = Partial<Pick<AvailabilityFigures, 'weightedDownMinutes' | 'maintenanceMinutes' | 'noDataMinutes' | 'eligibleMinutes' | 'availability' | 'coverage' | 'complete' | 'elapsedMinutes'>>;

describe('availability', () => {
  it.each<[string, { from: Date; to: Date }, Date, Array<[number, ComponentStatus]>, Expect]>([
    ['all operational', JUNE, AFTER, [[43_200, 'operational']], { weightedDownMinutes: 0, eligibleMinutes: 43_200, availability: 100, coverage: 100, complete: true }],
    [
      // weighted = 43 × 1 + 60 × 0.3 = 61; eligible = 43 200 − 120 = 43 080; 100 × (1 − 61/43 080) = 99.858402971…
      'major 43, partial 60 weighs 0.3, maintenance 120 excluded',
      JUNE,
      AFTER,
      [[1000, 'operational'], [43, 'major_outage'], [60, 'partial_outage'], [120, 'under_maintenance'], [41_977, 'operational']],
      { weightedDownMinutes: 61, maintenanceMinutes: 120, noDataMinutes: 0, eligibleMinutes: 43_080, availability: 99.85840297121634, coverage: 100 },
    ],
    [
      // no_data 720 excluded: eligible 42 480; 100 × (1 − 30/42 480) = 99.929378531…; coverage 42 480/43 200 = 98.333…
      'a monitoring gap is excluded and lowers coverage',
      JUNE,
      AFTER,
      [[30, 'major_outage'], [720, 'no_data'], [42_450, 'operational']],
      { weightedDownMinutes: 30, noDataMinutes: 720, eligibleMinutes: 42_480, availability: 99.92937853107344, coverage: 98.33333333333333 },
    ],
    ['degraded performance weighs 0', JUNE, AFTER, [[600, 'degraded_performance'], [42_600, 'operational']], { weightedDownMinutes: 0, availability: 100 }],
    ['maintenance all month: nothing eligible', JUNE, AFTER, [[43_200, 'under_maintenance']], { eligibleMinutes: 0, availability: null, coverage: 100 }],
    ['no timeline at all is no_data', JUNE, AFTER, [], { noDataMinutes: 43_200, eligibleMinutes: 0, availability: null, coverage: 0 }],
    [
      // timeline covers only the first 10 days; the rest of the month is a gap → no_data
      'a timeline that stops early leaves no_data',
      JUNE,
      AFTER,
      [[14_400, 'operational']],
      { noDataMinutes: 28_800, eligibleMinutes: 14_400, availability: 100, coverage: 100 / 3 },
    ],
    [
      // now = 11 June 00:00: 10 days elapsed = 14 400 min; 14.4 min major → 100 × (1 − 14.4/14 400) = 99.9
      'current month: minutes after now are left out',
      JUNE,
      new Date('2026-06-11T00:00Z'),
      [[14.4, 'major_outage'], [43_185.6, 'operational']],
      { elapsedMinutes: 14_400, eligibleMinutes: 14_400, weightedDownMinutes: 14.4, availability: 99.9, complete: false, coverage: 100 },
    ],
    ['a period not yet begun', JUNE, new Date('2026-05-01T00:00Z'), [[43_200, 'operational']], { elapsedMinutes: 0, availability: null, coverage: null, complete: false }],
    // DST months: London March is 743 h = 44 580 min; 44.58 min major → 100 × (1 − 44.58/44 580) = 99.9
    ['London March 2026 (743 h)', LONDON_MARCH, AFTER, [[44.58, 'major_outage'], [44_535.42, 'operational']], { eligibleMinutes: 44_580, weightedDownMinutes: 44.58 }],
    // London October is 745 h = 44 700 min; 60 min major → 100 × (1 − 60/44 700) = 99.865771812…
    ['London October 2026 (745 h)', LONDON_OCTOBER, AFTER, [[60, 'major_outage'], [44_640, 'operational']], { eligibleMinutes: 44_700, availability: 99.86577181208054 }],
    // 41.76 min major → 100 × (1 − 41.76/41 760) = 99.9
    ['New York February 2028 (leap year, 696 h)', NY_FEB_2028, new Date('2028-06-01T00:00Z'), [[41.76, 'major_outage'], [41_718.24, 'operational']], { eligibleMinutes: 41_760, availability: 99.9, complete: true }],
  ])('%s', (_, period, now, parts, expected) => {
    const figures = availability(lay(period.from, parts), { ...period, now });
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(figures[key as keyof Expect], key).toBeCloseTo(value, 9);
      else expect(figures[key as keyof Expect], key).toBe(value);
    }
  });

  it('clips segments outside the period', () => {
    // 60 min major straddles the start: only the last 30 count
    const figures = availability(lay(new Date('2026-05-31T23:30Z'), [[60, 'major_outage'], [43_200, 'operational']]), { ...JUNE, now: AFTER });
    expect(figures.weightedDownMinutes).toBe(30);
    expect(figures.eligibleMinutes).toBe(43_200);
  });
});

describe('meetsAvailabilityTarget decides exactly', () => {
  const june = (parts: Array<[number, ComponentStatus]>) => availability(lay(JUNE.from, parts), { ...JUNE, now: AFTER });
  it.each<[string, Array<[number, ComponentStatus]>, number, boolean]>([
    // 43.2 / 43 200 = 0.001 exactly → availability exactly 99.9 → meets 99.9
    ['exactly at target meets it', [[43.2, 'major_outage'], [43_156.8, 'operational']], 99.9, true],
    ['the same misses a higher target', [[43.2, 'major_outage'], [43_156.8, 'operational']], 99.95, false],
    // one millisecond more down: (43.2 min + 1 ms) misses
    ['one millisecond over misses', [[43.2 + 1 / MIN, 'major_outage'], [43_156.8 - 1 / MIN, 'operational']], 99.9, false],
    // partial 144 min × 0.3 = 43.2 weighted → exactly 99.9
    ['partial outage weighted 0.3, exactly at target', [[144, 'partial_outage'], [43_056, 'operational']], 99.9, true],
    ['no downtime meets 100', [[43_200, 'operational']], 100, true],
    ['any downtime misses 100', [[1 / MIN, 'partial_outage'], [43_200 - 1 / MIN, 'operational']], 100, false],
    ['nothing eligible never meets', [[43_200, 'under_maintenance']], 99, false],
  ])('%s', (_, parts, target, met) => expect(meetsAvailabilityTarget(june(parts), target)).toBe(met));

  it('New York February 2028: 41.76 min major is exactly 99.9 %', () => {
    const f = availability(lay(NY_FEB_2028.from, [[41.76, 'major_outage'], [41_718.24, 'operational']]), { ...NY_FEB_2028, now: new Date('2028-06-01T00:00Z') });
    expect(meetsAvailabilityTarget(f, 99.9)).toBe(true);
  });

  it('London March: 44.58 min major is exactly 99.9 %', () => {
    const f = availability(lay(LONDON_MARCH.from, [[44.58, 'major_outage'], [44_535.42, 'operational']]), { ...LONDON_MARCH, now: AFTER });
    expect(meetsAvailabilityTarget(f, 99.9)).toBe(true);
    expect(meetsAvailabilityTarget(f, 99.91)).toBe(false);
  });
});

// ── properties ───────────────────────────────────────────────────────────────
const T0 = Date.parse('2026-01-01T00:00Z');
const partsArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 600_000 }), fc.constantFrom(...COMPONENT_STATUSES)), { maxLength: 30 });
const segmentsFrom = (parts: Array<[number, ComponentStatus]>): StatusSegment[] => {
  let t = T0;
  return parts.map(([ms, status]) => ({ from: new Date(t), to: new Date((t += ms)), status }));
};

describe('availability properties', () => {
  it('availability stays in [0, 100] and coverage in [0, 100]', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(20_000_000), fc.nat(20_000_000), (parts, len, nowOffset) => {
        const f = availability(segmentsFrom(parts), { from: new Date(T0), to: new Date(T0 + len), now: new Date(T0 + nowOffset) });
        if (f.availability !== null) {
          expect(f.availability).toBeGreaterThanOrEqual(0);
          expect(f.availability).toBeLessThanOrEqual(100);
        }
        if (f.coverage !== null) {
          expect(f.coverage).toBeGreaterThanOrEqual(0);
          expect(f.coverage).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('splitting a period in two never changes total weighted downtime', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(20_000_000), fc.nat(20_000_000), fc.nat(20_000_000), (parts, a, b, nowOffset) => {
        const [len, cut] = a >= b ? [a, b] : [b, a];
        const segments = segmentsFrom(parts);
        const now = new Date(T0 + nowOffset);
        const whole = availability(segments, { from: new Date(T0), to: new Date(T0 + len), now });
        const first = availability(segments, { from: new Date(T0), to: new Date(T0 + cut), now });
        const second = availability(segments, { from: new Date(T0 + cut), to: new Date(T0 + len), now });
        for (const s of COMPONENT_STATUSES) expect(first.ms[s] + second.ms[s]).toBe(whole.ms[s]);
        expect(first.weightedDownMinutes + second.weightedDownMinutes).toBeCloseTo(whole.weightedDownMinutes, 9);
        expect(first.eligibleMinutes + second.eligibleMinutes).toBeCloseTo(whole.eligibleMinutes, 9);
      }),
    );
  });

  it('minutes per status add up to the elapsed minutes', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(20_000_000), (parts, len) => {
        const f = availability(segmentsFrom(parts), { from: new Date(T0), to: new Date(T0 + len), now: new Date(T0 + len) });
        expect(COMPONENT_STATUSES.reduce((sum, s) => sum + f.ms[s], 0)).toBe(len);
      }),
    );
  });
});

describe('figures are computed exactly and converted to a double once', () => {
  it.each<[string, Array<[number, ComponentStatus]>, Expect]>([
    // 684 × 0.3 = 205.2 of 43 200 is exactly 99.525 %; the float formula gave 99.52499999999999, shown as 99.524 %
    ['exactly 99.525', [[684, 'partial_outage'], [42_516, 'operational']], { availability: 99.525, weightedDownMinutes: 205.2 }],
    // 0.3 × 3 min = 0.9 exactly, where 0.3 × 180 000 ms / 60 000 is 0.8999999999999999
    ['a partial outage of 3 minutes weighs 0.9', [[3, 'partial_outage'], [43_197, 'operational']], { weightedDownMinutes: 0.9 }],
    ['exactly at 99.9', [[43.2, 'major_outage'], [43_156.8, 'operational']], { availability: 99.9, weightedDownMinutes: 43.2 }],
    // (43 200 − 0.1) / 43 200 × 100 = 99.999768518518…
    ['coverage of a six-second gap', [[0.1, 'no_data'], [43_199.9, 'operational']], { coverage: 99.99976851851852, availability: 100 }],
  ])('%s', (_, parts, expected) => {
    const f = availability(lay(JUNE.from, parts), { ...JUNE, now: AFTER });
    for (const [key, value] of Object.entries(expected)) expect(f[key as keyof Expect], key).toBe(value);
  });
});
