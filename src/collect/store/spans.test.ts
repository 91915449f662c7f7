import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePeriod as p, MIN, T0 } from '../../../test/helpers/history.ts';
import { Timeline } from '../window.ts';
import { cutPeriods, normalizePeriods, overlayPeriods, subtractSpans, uncovered } from './spans.ts';

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

describe('subtractSpans', () => {
  const s = (from: number, to: number, status = 'operational') => ({ from, to, status });
  it.each([
    ['cuts that overlap each other', [s(0, 100)], [{ from: 10, to: 30 }, { from: 20, to: 40 }], [s(0, 10), s(40, 100)]],
    ['cuts in any order, over several spans', [s(0, 50), s(50, 100, 'no_data')], [{ from: 90, to: 95 }, { from: 40, to: 60 }], [s(0, 40), s(60, 90, 'no_data'), s(95, 100, 'no_data')]],
    ['a cut touching a span leaves it whole', [s(10, 20)], [{ from: 0, to: 10 }, { from: 20, to: 30 }], [s(10, 20)]],
    ['empty cuts do nothing', [s(0, 10)], [{ from: 5, to: 5 }], [s(0, 10)]],
  ])('%s', (_, spans, cuts, expected) => {
    expect(subtractSpans(spans, cuts)).toEqual(expected);
  });
});

// One overlay for the store and the sources (issue 7, "one rule, one place"): painting spans one by one on a Timeline
// and laying them over one another as periods give the same spans as a minute-by-minute model of "the later wins".
describe('the overlay (property): Timeline and overlayPeriods agree with later-wins, minute by minute', () => {
  const status = fc.constantFrom('operational', 'major_outage', 'no_data' as const);
  const span = fc.record({ from: fc.integer({ min: -10, max: 120 }), len: fc.integer({ min: 0, max: 60 }), status });
  it('holds for any spans', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const model = new Map<number, string>();
        for (const x of spans) for (let t = Math.max(0, x.from); t < Math.min(100, x.from + x.len); t++) model.set(t, x.status);
        const timeline = new Timeline({ from: m(0), to: m(100) });
        let periods: ReturnType<typeof overlayPeriods> = [];
        for (const x of spans) {
          timeline.paint(m(x.from), m(x.from + x.len), x.status);
          if (x.len > 0) periods = overlayPeriods(periods, [p(m(Math.max(0, x.from)), m(Math.min(100, Math.max(0, x.from + x.len))), x.status)]);
        }
        expect(timeline.periods()).toEqual(periods);
        for (let t = 0; t < 100; t++) expect(timeline.statusAt(m(t) + 1)).toBe(model.get(t));
      }),
    );
  });
});
