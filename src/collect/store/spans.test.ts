import { describe, expect, it } from 'vitest';
import { makePeriod as p, MIN, T0 } from '../../../test/helpers/history.ts';
import { cutPeriods, normalizePeriods, overlayPeriods, uncovered } from './spans.ts';

const m = (minutes: number) => T0 + minutes * MIN;

describe('overlayPeriods: a new span replaces what lay under it', () => {
  it.each([
    ['disjoint spans are kept, sorted', [p(m(10), m(20))], [p(m(0), m(5), 'partial_outage')], [p(m(0), m(5), 'partial_outage'), p(m(10), m(20))]],
    ['a span inside another splits it', [p(m(0), m(30), 'operational')], [p(m(10), m(20))], [p(m(0), m(10), 'operational'), p(m(10), m(20)), p(m(20), m(30), 'operational')]],
    ['a covering span replaces', [p(m(10), m(20))], [p(m(0), m(30), 'operational')], [p(m(0), m(30), 'operational')]],
    ['touching spans of one status join', [p(m(0), m(10), 'no_data')], [p(m(10), m(20), 'no_data')], [p(m(0), m(20), 'no_data')]],
    ['empty spans are dropped', [], [p(m(5), m(5))], []],
  ])('%s', (_, base, top, expected) => {
    expect(overlayPeriods(base, top)).toEqual(expected);
  });

  it('is idempotent', () => {
    const base = [p(m(0), m(30), 'operational'), p(m(40), m(50), 'no_data')];
    const top = [p(m(20), m(45)), p(m(44), m(60), 'degraded_performance')];
    const once = overlayPeriods(base, top);
    expect(overlayPeriods(once, top)).toEqual(once);
  });
});

describe('cutPeriods and uncovered', () => {
  it('cuts only the statuses asked for', () => {
    const periods = [p(m(0), m(10), 'no_data'), p(m(10), m(20))];
    expect(cutPeriods(periods, [p(m(5), m(15), 'operational')], (s) => s === 'no_data')).toEqual([
      p(m(0), m(5), 'no_data'),
      p(m(10), m(20)),
    ]);
  });
  it('leaves what no cover touches', () => {
    expect(uncovered([p(m(0), m(30), 'operational')], [p(m(10), m(20))])).toEqual([
      p(m(0), m(10), 'operational'),
      p(m(20), m(30), 'operational'),
    ]);
  });
  it('normalises instants to ISO with milliseconds', () => {
    expect(normalizePeriods([{ from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:01:00Z', status: 'operational' }])).toEqual([
      p(m(0), m(1), 'operational'),
    ]);
  });
});
