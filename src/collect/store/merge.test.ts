import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHistory } from '../../../test/helpers/factories.ts';
import { makeCheck, makePeriod, MIN, T0, iso } from '../../../test/helpers/history.ts';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import { mergeChecks } from './days.ts';
import { gapAt, lastObservation, mergePeriods, newerAudit, pinOldReading, recordGap } from './merge.ts';

const at = (minutes: number) => T0 + minutes * MIN;

describe('mergeChecks: a check is a fact recorded once', () => {
  it('dedupes by instant, the one on file winning, and sorts however they arrive', () => {
    const onFile = [makeCheck({ at: at(0), responseMs: 100 }), makeCheck({ at: at(10) })];
    const incoming = [makeCheck({ at: at(5) }), makeCheck({ at: at(0), responseMs: 999 })];
    expect(mergeChecks(onFile, incoming)).toEqual([makeCheck({ at: at(0), responseMs: 100 }), makeCheck({ at: at(5) }), makeCheck({ at: at(10) })]);
  });
});

describe('mergePeriods', () => {
  it('lets a new period override old ones in its span', () => {
    const merged = mergePeriods([makePeriod(at(0), at(60), 'operational')], { checks: [], periods: [makePeriod(at(10), at(20), 'major_outage')] }, 300);
    expect(merged).toEqual([makePeriod(at(0), at(10), 'operational'), makePeriod(at(10), at(20), 'major_outage'), makePeriod(at(20), at(60), 'operational')]);
  });

  it('lets new checks fill a no_data gap where they stand, and nothing else', () => {
    const merged = mergePeriods([makePeriod(at(0), at(60), 'no_data')], { checks: [makeCheck({ at: at(10) }), makeCheck({ at: at(11) })], periods: [] }, 60);
    expect(merged).toEqual([makePeriod(at(0), at(10), 'no_data'), makePeriod(at(13), at(60), 'no_data')]);
  });

  it('is idempotent (property): the same observations twice give the same periods', () => {
    const minute = fc.integer({ min: 0, max: 3 * 24 * 60 });
    const period = fc.record({ a: minute, len: fc.integer({ min: 1, max: 600 }), status: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) });
    const batch = fc.record({ checks: fc.array(minute, { maxLength: 20 }), periods: fc.array(period, { maxLength: 6 }) }).map((o) => ({
      checks: o.checks.map((m) => makeCheck({ at: at(m) })),
      periods: o.periods.map((p) => makePeriod(at(p.a), at(p.a + p.len), p.status)),
    }));
    fc.assert(
      fc.property(batch, batch, (first, second) => {
        const once = mergePeriods(mergePeriods([], first, 300), second, 300);
        expect(mergePeriods(once, second, 300)).toEqual(once);
        for (let i = 1; i < once.length; i++) expect(Date.parse(once[i]!.from)).toBeGreaterThanOrEqual(Date.parse(once[i - 1]!.to));
      }),
    );
  });
});

describe('pinOldReading: a new interval changes the meaning of no check on file', () => {
  it.each([
    ['a check keeps its old standing', [makeCheck({ at: at(0), status: 'major_outage' })], 60, 300, [makePeriod(at(0), at(2), 'major_outage'), makePeriod(at(2), at(10), 'no_data')]],
    [
      'a gap in checking stays no data',
      [makeCheck({ at: at(0) }), makeCheck({ at: at(6) })],
      60,
      600,
      [makePeriod(at(0), at(2), 'operational'), makePeriod(at(2), at(6), 'no_data'), makePeriod(at(6), at(8), 'operational'), makePeriod(at(8), at(26), 'no_data')],
    ],
    ['a shorter interval needs no gap after the last check', [makeCheck({ at: at(0) })], 300, 60, [makePeriod(at(0), at(10), 'operational')]],
  ])('%s', (_, checks, old, next, expected) => {
    expect(pinOldReading([], checks, { old, new: next })).toEqual(expected);
  });

  it('keeps periods on file on top', () => {
    expect(pinOldReading([makePeriod(at(1), at(2), 'partial_outage')], [makeCheck({ at: at(0) })], { old: 300, new: 300 })).toEqual([
      makePeriod(at(0), at(1), 'operational'),
      makePeriod(at(1), at(2), 'partial_outage'),
      makePeriod(at(2), at(10), 'operational'),
    ]);
  });
});

describe('newerAudit', () => {
  const audit = (minutes: number) => ({ at: iso(at(minutes)), tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'x-content-type-options': true, 'content-security-policy': false } });
  it('keeps the newest, with header names sorted', () => {
    expect(newerAudit(audit(5), audit(1))).toEqual(audit(5));
    expect(Object.keys(newerAudit(audit(5), audit(9))!.headers)).toEqual(['content-security-policy', 'x-content-type-options']);
    expect(newerAudit(undefined, undefined)).toBeUndefined();
  });
});

describe('recordGap: a source that failed', () => {
  const h = makeHistory({ intervalSeconds: 60, checks: [makeCheck({ at: at(0) })] });

  it('records no_data from the end of the last observation to now, and nothing else', () => {
    const gapped = recordGap(h, new Date(at(30)));
    expect(gapped).toEqual({ ...h, periods: [makePeriod(at(2), at(30), 'no_data')] });
  });

  it('extends the same gap on the next failure (idempotent at one instant)', () => {
    const once = recordGap(recordGap(h, new Date(at(30))), new Date(at(60)));
    expect(once.periods).toEqual([makePeriod(at(2), at(60), 'no_data')]);
    expect(recordGap(once, new Date(at(60)))).toEqual(once);
  });

  it('starts after the last real period', () => {
    const p = makeHistory({ periods: [makePeriod(at(0), at(10), 'partial_outage')] });
    expect(recordGap(p, new Date(at(20))).periods).toEqual([makePeriod(at(0), at(10), 'partial_outage'), makePeriod(at(10), at(20), 'no_data')]);
  });

  it('records nothing for a history that never observed anything, or whose last check still stands', () => {
    const empty = makeHistory();
    expect(recordGap(empty, new Date(at(20)))).toBe(empty);
    expect(gapAt(h, new Date(at(1)))).toBeUndefined();
  });

  it('reads the next window from the last real observation, not the gap', () => {
    expect(lastObservation(recordGap(h, new Date(at(60))))).toEqual(new Date(at(0)));
  });
});
