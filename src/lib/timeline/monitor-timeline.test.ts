import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryCheck, HistoryPeriod } from '../../schemas/history.ts';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import { checksToPeriods } from './checks-to-periods.ts';
import { combineLayers } from './combine.ts';
import { monitorSpansWithin, type LayerSpan } from './layers.ts';
import { monitorTimeline } from './monitor-timeline.ts';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const check = (min: number, status: HistoryCheck['status'] = 'operational'): HistoryCheck => ({ at: iso(T0 + min * MIN), status, responseMs: 100 });
const period = (from: number, to: number, status: HistoryPeriod['status']): HistoryPeriod => ({ from: iso(T0 + from * MIN), to: iso(T0 + to * MIN), status });
const seg = (from: number, to: number, status: string) => ({ from: iso(T0 + from * MIN), to: iso(T0 + to * MIN), status });

describe('monitorTimeline', () => {
  it.each([
    ['nothing observed', [], [], []],
    ['a check stands for twice the interval', [check(0)], [], [seg(0, 2, 'operational')]],
    ['checks in a row merge', [check(0), check(1), check(2)], [], [seg(0, 4, 'operational')]],
    ['a change of status starts a segment', [check(0), check(1, 'major_outage'), check(2)], [], [seg(0, 1, 'operational'), seg(1, 2, 'major_outage'), seg(2, 4, 'operational')]],
    ['a gap longer than 2 × interval is left out (no data)', [check(0), check(5)], [], [seg(0, 2, 'operational'), seg(5, 7, 'operational')]],
    ['a period holds over checks', [check(0), check(1), check(2)], [period(1, 2, 'partial_outage')], [seg(0, 1, 'operational'), seg(1, 2, 'partial_outage'), seg(2, 4, 'operational')]],
    ['a no_data period hides checks', [check(0), check(1), check(2)], [period(1, 2, 'no_data')], [seg(0, 1, 'operational'), seg(2, 4, 'operational')]],
    ['periods alone', [], [period(0, 10, 'operational'), period(10, 12, 'major_outage')], [seg(0, 10, 'operational'), seg(10, 12, 'major_outage')]],
  ] as const)('%s', (_, checks, periods, expected) => {
    expect(monitorTimeline({ checks: [...checks], periods: [...periods], intervalSeconds: 60 })).toEqual(expected);
  });

  it('cuts to a window when given', () => {
    const t = monitorTimeline({ checks: [check(0), check(1)], periods: [], intervalSeconds: 60 }, { from: T0 + MIN, to: T0 + 2 * MIN });
    expect(t).toEqual([seg(1, 2, 'operational')]);
  });

  // The build reads the timeline instead of raw checks: every instant must read the same as the rule applied to
  // the raw checks and periods directly (what the build did before version 2 of the history format).
  it('reads every instant as periods over standing checks would', () => {
    const status = fc.constantFrom(...OBSERVED_STATUSES);
    const spanStatus = fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const);
    fc.assert(
      fc.property(
        fc.array(fc.record({ min: fc.integer({ min: 0, max: 600 }), status }), { maxLength: 200 }),
        fc.array(fc.record({ from: fc.integer({ min: 0, max: 600 }), len: fc.integer({ min: 1, max: 60 }), status: spanStatus }), { maxLength: 6 }),
        fc.constantFrom(60, 120, 300),
        (rawChecks, rawPeriods, intervalSeconds) => {
          const checks = rawChecks.map((c) => check(c.min, c.status));
          // Periods on file never overlap: keep each that does not overlap an earlier one.
          const periods: HistoryPeriod[] = [];
          for (const p of rawPeriods) {
            if (periods.every((q) => p.from >= (Date.parse(q.to) - T0) / MIN || p.from + p.len <= (Date.parse(q.from) - T0) / MIN)) periods.push(period(p.from, p.from + p.len, p.status));
          }
          const direct: LayerSpan[] = [
            ...periods.map((p) => ({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'period' as const })),
            ...checksToPeriods(checks, intervalSeconds).map((p) => ({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'check' as const })),
          ];
          const viaTimeline: LayerSpan[] = monitorTimeline({ checks, periods, intervalSeconds }).map((p) => ({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'period' as const }));
          const from = T0 - 10 * MIN;
          const to = T0 + 700 * MIN;
          expect(combineLayers(viaTimeline, from, to)).toEqual(combineLayers(direct, from, to));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('monitorSpansWithin', () => {
  const spans = [0, 10, 20, 30].map((start) => ({ start, end: start + 10, status: 'operational' as const, layer: 'period' as const }));
  it.each([
    ['inside one span', 12, 15, [10]],
    ['across a boundary', 15, 25, [10, 20]],
    ['touching a start is not reaching into the one before', 10, 11, [10]],
    ['ending at a start leaves that span out', 5, 10, [0]],
    ['before everything', -10, 0, []],
    ['after everything', 40, 50, []],
    ['the whole', -1, 100, [0, 10, 20, 30]],
  ])('%s', (_, from, to, starts) => {
    expect(monitorSpansWithin(spans, from, to).map((s) => s.start)).toEqual(starts);
  });
});
