import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import { makeCheck, makeHistory, makePeriod, MIN, T0, iso } from '../../../test/helpers/history.ts';
import type { Observations } from '../source.ts';
import { lastObservation, mergeObservations, recordGap } from './merge.ts';
import { serializeHistoryV1 as serializeHistory } from '../../history/serialize.ts';

const obs = (o: Partial<Observations>): Observations => ({ checks: [], periods: [], ...o });
const at = (minutes: number) => T0 + minutes * MIN;

describe('mergeObservations', () => {
  it('starts a history from nothing', () => {
    const h = mergeObservations(undefined, obs({ checks: [makeCheck({ at: at(0) })] }), { intervalSeconds: 60 });
    expect(h).toEqual(makeHistory({ intervalSeconds: 60, checks: [makeCheck({ at: at(0) })] }));
  });

  it('dedupes checks by instant; the one on file wins', () => {
    const h = makeHistory({ checks: [makeCheck({ at: at(0), responseMs: 100 })] });
    const merged = mergeObservations(h, obs({ checks: [makeCheck({ at: '2026-01-01T00:00:00Z', responseMs: 999 }), makeCheck({ at: at(5) })] }), {
      intervalSeconds: 300,
    });
    expect(merged.checks).toEqual([makeCheck({ at: at(0), responseMs: 100 }), makeCheck({ at: at(5) })]);
  });

  it('sorts checks however they arrive', () => {
    const merged = mergeObservations(undefined, obs({ checks: [makeCheck({ at: at(10) }), makeCheck({ at: at(5) })] }), { intervalSeconds: 300 });
    expect(merged.checks.map((c) => c.at)).toEqual([iso(at(5)), iso(at(10))]);
  });

  it('lets a new period override old ones in its span', () => {
    const h = makeHistory({ periods: [makePeriod(at(0), at(60), 'operational')] });
    const merged = mergeObservations(h, obs({ periods: [makePeriod(at(10), at(20), 'major_outage')] }), { intervalSeconds: 300 });
    expect(merged.periods).toEqual([
      makePeriod(at(0), at(10), 'operational'),
      makePeriod(at(10), at(20), 'major_outage'),
      makePeriod(at(20), at(60), 'operational'),
    ]);
  });

  it('lets new checks fill a no_data gap where they stand, and nothing else', () => {
    const h = makeHistory({ intervalSeconds: 60, periods: [makePeriod(at(0), at(60), 'no_data')] });
    const merged = mergeObservations(h, obs({ checks: [makeCheck({ at: at(10) }), makeCheck({ at: at(11) })] }), { intervalSeconds: 60 });
    expect(merged.periods).toEqual([makePeriod(at(0), at(10), 'no_data'), makePeriod(at(13), at(60), 'no_data')]);
  });

  it('ignores checks before the fold boundary: folded days are final', () => {
    const h = makeHistory({ days: [{ date: '2026-01-01', checks: 288, meanResponseMs: 100, p95ResponseMs: 150 }] });
    const merged = mergeObservations(h, obs({ checks: [makeCheck({ at: at(60) }), makeCheck({ at: at(24 * 60) })] }), { intervalSeconds: 300 });
    expect(merged.checks).toEqual([makeCheck({ at: at(24 * 60) })]);
  });

  it('keeps the newest audit', () => {
    const audit = (minutes: number) => ({ at: iso(at(minutes)), tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'x-content-type-options': true } });
    const h = mergeObservations(undefined, obs({ audit: audit(5) }), { intervalSeconds: 300 });
    expect(mergeObservations(h, obs({ audit: audit(1) }), { intervalSeconds: 300 }).audit).toEqual(audit(5));
    expect(mergeObservations(h, obs({ audit: audit(9) }), { intervalSeconds: 300 }).audit).toEqual(audit(9));
  });

  it('pins the old reading of checks when the interval changes', () => {
    const h = makeHistory({ intervalSeconds: 60, checks: [makeCheck({ at: at(0), status: 'major_outage' })] });
    const merged = mergeObservations(h, obs({}), { intervalSeconds: 300 });
    expect(merged.intervalSeconds).toBe(300);
    expect(merged.periods).toEqual([makePeriod(at(0), at(2), 'major_outage')]);
  });

  it('does not change its input', () => {
    const h = makeHistory({ checks: [makeCheck({ at: at(0) })] });
    const before = structuredClone(h);
    mergeObservations(h, obs({ checks: [makeCheck({ at: at(5) })], periods: [makePeriod(at(1), at(2))] }), { intervalSeconds: 300 });
    expect(h).toEqual(before);
  });
});

describe('merging is idempotent (property)', () => {
  const minute = fc.integer({ min: 0, max: 3 * 24 * 60 });
  const check = fc.record({ m: minute, status: fc.constantFrom(...OBSERVED_STATUSES), ms: fc.option(fc.integer({ min: 1, max: 5000 })) });
  const period = fc.record({ a: minute, len: fc.integer({ min: 1, max: 600 }), status: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) });
  const observations = fc.record({ checks: fc.array(check, { maxLength: 40 }), periods: fc.array(period, { maxLength: 6 }) }).map(
    (o): Observations => ({
      checks: o.checks.map((c) => makeCheck({ at: at(c.m), status: c.status, responseMs: c.ms })),
      periods: o.periods.map((p) => makePeriod(at(p.a), at(p.a + p.len), p.status)),
    }),
  );

  it('same data twice → identical bytes', () => {
    fc.assert(
      fc.property(observations, observations, (first, second) => {
        const base = mergeObservations(undefined, first, { intervalSeconds: 300 });
        const once = mergeObservations(base, second, { intervalSeconds: 300 });
        const twice = mergeObservations(once, second, { intervalSeconds: 300 });
        expect(serializeHistory(twice)).toBe(serializeHistory(once));
      }),
    );
  });

  it('periods stay sorted and never overlap', () => {
    fc.assert(
      fc.property(fc.array(observations, { maxLength: 4 }), (batches) => {
        let h = mergeObservations(undefined, { checks: [], periods: [] }, { intervalSeconds: 300 });
        for (const b of batches) h = mergeObservations(h, b, { intervalSeconds: 300 });
        for (let i = 1; i < h.periods.length; i++) {
          expect(Date.parse(h.periods[i]!.from)).toBeGreaterThanOrEqual(Date.parse(h.periods[i - 1]!.to));
        }
      }),
    );
  });
});

describe('recordGap: a source that failed', () => {
  it('records no_data from the end of the last observation to now, and nothing else', () => {
    const h = makeHistory({ intervalSeconds: 60, checks: [makeCheck({ at: at(0) })] });
    const gapped = recordGap(h, new Date(at(30)));
    expect(gapped.checks).toEqual(h.checks);
    expect(gapped.periods).toEqual([makePeriod(at(2), at(30), 'no_data')]);
  });

  it('extends the same gap on the next failure (idempotent at one instant)', () => {
    const h = makeHistory({ intervalSeconds: 60, checks: [makeCheck({ at: at(0) })] });
    const once = recordGap(recordGap(h, new Date(at(30))), new Date(at(60)));
    expect(once.periods).toEqual([makePeriod(at(2), at(60), 'no_data')]);
    expect(recordGap(once, new Date(at(60)))).toEqual(once);
  });

  it('starts after the last real period', () => {
    const h = makeHistory({ periods: [makePeriod(at(0), at(10), 'partial_outage')] });
    expect(recordGap(h, new Date(at(20))).periods).toEqual([makePeriod(at(0), at(10), 'partial_outage'), makePeriod(at(10), at(20), 'no_data')]);
  });

  it('leaves a history that never observed anything as it is', () => {
    const h = makeHistory();
    expect(recordGap(h, new Date(at(20)))).toBe(h);
  });

  it('reads the next window from the last real observation, not the gap', () => {
    const h = recordGap(makeHistory({ checks: [makeCheck({ at: at(0) })] }), new Date(at(60)));
    expect(lastObservation(h)).toEqual(new Date(at(0)));
  });
});
