import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import { downtime, makeCheck, makeHistory, makePeriod, MIN, T0, iso, statusAt } from '../../../test/helpers/history.ts';
import type { HistoryV1 } from '../../schemas/history.ts';
import { foldCutoff, foldHistory, rollupDay } from './fold.ts';
import { mergeObservations } from './merge.ts';
import { serializeHistoryV1 as serializeHistory } from '../../history/serialize.ts';

const DAY = 1440 * MIN;

describe('foldCutoff', () => {
  it.each([
    ['2026-03-01T12:00:00Z', 35, '2026-01-25T00:00:00.000Z'],
    ['2026-03-01T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2026-03-01T23:59:59Z', 0, '2026-03-01T00:00:00.000Z'],
  ])('now %s, %i days → %s', (now, days, expected) => {
    expect(iso(foldCutoff(new Date(now), days))).toBe(expected);
  });
});

describe('rollupDay', () => {
  it('counts checks, averages and takes the 95th percentile of response times', () => {
    const checks = Array.from({ length: 20 }, (_, i) => makeCheck({ at: T0 + i * 5 * MIN, responseMs: (i + 1) * 10 }));
    checks.push(makeCheck({ at: T0 + 200 * MIN, status: 'major_outage', responseMs: null }));
    expect(rollupDay('2026-01-01', checks)).toEqual({ date: '2026-01-01', checks: 21, meanResponseMs: 105, p95ResponseMs: 190 });
  });
  it('has null figures for a day without responses', () => {
    expect(rollupDay('2026-01-01', [makeCheck({ at: T0, responseMs: null })])).toEqual({
      date: '2026-01-01',
      checks: 1,
      meanResponseMs: null,
      p95ResponseMs: null,
    });
  });
});

/** Ten days of 5-minute checks with an outage, a slow spell and a gap in checking. */
function tenDays(): HistoryV1 {
  const checks = [];
  for (let t = T0; t < T0 + 10 * DAY; t += 5 * MIN) {
    if (t >= T0 + 2 * DAY && t < T0 + 2 * DAY + 3 * 60 * MIN) continue; // a 3-hour gap
    const outage = t >= T0 + 1 * DAY + 600 * MIN && t < T0 + 1 * DAY + 640 * MIN;
    const slow = t >= T0 + 4 * DAY && t < T0 + 4 * DAY + 60 * MIN;
    checks.push(
      makeCheck({
        at: t,
        status: outage ? 'major_outage' : slow ? 'degraded_performance' : 'operational',
        responseMs: outage ? null : slow ? 4000 : 100 + ((t / MIN) % 7),
      }),
    );
  }
  return makeHistory({ checks, periods: [makePeriod(T0 + 3 * DAY, T0 + 3 * DAY + 45 * MIN, 'partial_outage')] });
}

describe('foldHistory', () => {
  it('keeps the file bounded: only checks within retention stay raw', () => {
    const folded = foldHistory(tenDays(), { now: new Date(T0 + 10 * DAY), retentionDays: 3 });
    expect(Date.parse(folded.checks[0]!.at)).toBe(T0 + 7 * DAY);
    expect(folded.days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07']);
    expect(folded.days[0]).toEqual({ date: '2026-01-01', checks: 288, meanResponseMs: 103, p95ResponseMs: 106 });
    expect(folded.days[2]!.checks).toBe(288 - 36);
  });

  it('gives the same availability as the raw file', () => {
    const raw = tenDays();
    const folded = foldHistory(raw, { now: new Date(T0 + 10 * DAY), retentionDays: 3 });
    for (let d = 0; d < 10; d++) {
      expect(downtime(folded, T0 + d * DAY, T0 + (d + 1) * DAY), `day ${d}`).toEqual(downtime(raw, T0 + d * DAY, T0 + (d + 1) * DAY));
    }
    const whole = downtime(folded, T0, T0 + 10 * DAY);
    expect(whole.down).toBe(40 * MIN + 0.3 * 45 * MIN);
    expect(whole.eligible).toBe(10 * DAY - 3 * 60 * MIN + 5 * MIN); // the last check before the gap stands 10 min
  });

  it('is idempotent and stable across later folds', () => {
    const raw = tenDays();
    const once = foldHistory(raw, { now: new Date(T0 + 10 * DAY), retentionDays: 3 });
    expect(foldHistory(once, { now: new Date(T0 + 10 * DAY), retentionDays: 3 })).toEqual(once);
    const stepwise = foldHistory(foldHistory(raw, { now: new Date(T0 + 8 * DAY), retentionDays: 3 }), {
      now: new Date(T0 + 10 * DAY),
      retentionDays: 3,
    });
    expect(serializeHistory(stepwise)).toBe(serializeHistory(once));
  });

  it('re-sent checks of folded days change nothing', () => {
    const raw = tenDays();
    const folded = foldHistory(raw, { now: new Date(T0 + 10 * DAY), retentionDays: 3 });
    const again = foldHistory(mergeObservations(folded, { checks: raw.checks, periods: [] }, { intervalSeconds: 300 }), {
      now: new Date(T0 + 10 * DAY),
      retentionDays: 3,
    });
    expect(serializeHistory(again)).toBe(serializeHistory(folded));
  });

  it('property: folding never changes the status of any instant', () => {
    const minute = fc.integer({ min: 0, max: 6 * 1440 });
    const arb = fc.record({
      checks: fc.array(fc.record({ m: minute, s: fc.constantFrom(...OBSERVED_STATUSES) }), { maxLength: 120 }),
      periods: fc.array(fc.record({ m: minute, len: fc.integer({ min: 1, max: 300 }), s: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) }), {
        maxLength: 5,
      }),
      retention: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ checks, periods, retention }) => {
        const raw = mergeObservations(
          undefined,
          {
            checks: checks.map((c) => makeCheck({ at: T0 + c.m * MIN, status: c.s })),
            periods: periods.map((p) => makePeriod(T0 + p.m * MIN, T0 + (p.m + p.len) * MIN, p.s)),
          },
          { intervalSeconds: 600 },
        );
        const folded = foldHistory(raw, { now: new Date(T0 + 6 * DAY), retentionDays: retention });
        for (let t = T0; t < T0 + 7 * DAY; t += 2.5 * MIN) expect(statusAt(folded, t)).toBe(statusAt(raw, t));
      }),
      { numRuns: 30 },
    );
  });
});
