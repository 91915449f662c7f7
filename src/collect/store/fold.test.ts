import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCheck, makePeriod, MIN, T0, iso } from '../../../test/helpers/history.ts';
import { monitorTimeline } from '../../lib/timeline/monitor-timeline.ts';
import type { HistoryCheck, HistoryPeriod } from '../../schemas/history.ts';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import { foldChecks, foldCutoff } from './fold.ts';

const DAY = 1440 * MIN;
/** The cut-off in these tests: midnight starting 2 January. Checks before it fold, the rest stay raw. */
const CUT = T0 + DAY;
const at = (hhmm: string, day: 1 | 2) => Date.parse(`2026-01-0${day}T${hhmm}:00.000Z`);

describe('foldCutoff', () => {
  it.each([
    ['2026-03-01T12:00:00Z', 35, '2026-01-25T00:00:00.000Z'],
    ['2026-03-01T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2026-03-01T23:59:59Z', 0, '2026-03-01T00:00:00.000Z'],
  ])('now %s, %i days → %s', (now, days, expected) => {
    expect(iso(foldCutoff(new Date(now), days))).toBe(expected);
  });
});

/** Folds at CUT: the checks before it become periods; the timeline from the result and the kept checks. */
function fold(checks: HistoryCheck[], periods: HistoryPeriod[], intervalSeconds: number) {
  const sorted = [...checks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const folded = sorted.filter((c) => Date.parse(c.at) < CUT);
  const kept = sorted.filter((c) => Date.parse(c.at) >= CUT);
  const after = foldChecks(periods, folded, kept[0] ? Date.parse(kept[0].at) : undefined, intervalSeconds);
  return {
    periods: after,
    before: monitorTimeline({ periods, checks, intervalSeconds }),
    after: monitorTimeline({ periods: after, checks: kept, intervalSeconds }),
  };
}

// The fold clip: the last folded check stands only until the first check kept raw, exactly as when read raw, so the
// span it becomes never hides a kept check.
describe('the fold clip', () => {
  const down = (t: number) => makeCheck({ at: t, status: 'major_outage', responseMs: null });
  const up = (t: number) => makeCheck({ at: t });
  it.each([
    ['a kept check 3 minutes on: stands until it', [down(at('23:58', 1)), up(at('00:01', 2))], [], [makePeriod(at('23:58', 1), at('00:01', 2))]],
    ['a kept check at the cut-off itself', [down(at('23:58', 1)), up(at('00:00', 2))], [], [makePeriod(at('23:58', 1), at('00:00', 2))]],
    ['a kept check exactly 2 × interval on: no clip needed', [down(at('23:58', 1)), up(at('00:08', 2))], [], [makePeriod(at('23:58', 1), at('00:08', 2))]],
    ['the next kept check later than 2 × interval: stands 2 × interval', [down(at('23:58', 1)), up(at('00:20', 2))], [], [makePeriod(at('23:58', 1), at('00:08', 2))]],
    ['no kept check: stands 2 × interval', [down(at('23:58', 1))], [], [makePeriod(at('23:58', 1), at('00:08', 2))]],
    [
      'a period on file keeps precedence: the folded span fills only what it leaves',
      [down(at('23:58', 1)), up(at('00:01', 2))],
      [makePeriod(at('23:59', 1), at('00:30', 2), 'partial_outage')],
      [makePeriod(at('23:58', 1), at('23:59', 1)), makePeriod(at('23:59', 1), at('00:30', 2), 'partial_outage')],
    ],
  ])('%s', (_, checks, periods, expected) => {
    const result = fold(checks, periods, 300);
    expect(result.periods).toEqual(expected);
    expect(result.after).toEqual(result.before);
  });
});

describe('folding never changes the timeline (property)', () => {
  // Dense around the cut-off, where the clip matters: checks every few minutes in the last hours before it and the
  // first hours after, with any status, on a 10-minute interval (so a folded check stands up to 20 minutes past it),
  // and periods of any status across it.
  const status = fc.constantFrom(...OBSERVED_STATUSES);
  const near = fc.integer({ min: -180, max: 180 });
  const arb = fc.record({
    intervalSeconds: fc.constantFrom(300, 600, 900),
    checks: fc.array(fc.record({ m: near, s: status }), { minLength: 20, maxLength: 120 }),
    far: fc.array(fc.record({ m: fc.integer({ min: -1440, max: 1440 }), s: status }), { maxLength: 20 }),
    periods: fc.array(fc.record({ m: near, len: fc.integer({ min: 1, max: 90 }), s: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) }), { maxLength: 4 }),
  });

  it('the timeline after folding the day before the cut-off is the timeline before', () => {
    fc.assert(
      fc.property(arb, ({ intervalSeconds, checks, far, periods }) => {
        const raw = [...checks, ...far].map((c) => makeCheck({ at: CUT + c.m * MIN, status: c.s }));
        // Periods on file never overlap: keep each that does not overlap an earlier one.
        const kept: HistoryPeriod[] = [];
        for (const p of periods) {
          const from = CUT + p.m * MIN;
          const to = from + p.len * MIN;
          if (kept.every((q) => from >= Date.parse(q.to) || to <= Date.parse(q.from))) kept.push(makePeriod(from, to, p.s));
        }
        const result = fold(raw, kept.sort((a, b) => Date.parse(a.from) - Date.parse(b.from)), intervalSeconds);
        expect(result.after).toEqual(result.before);
      }),
      { numRuns: 500 },
    );
  });
});
