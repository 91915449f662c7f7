import { describe, expect, it } from 'vitest';
import type { Observations } from './source.ts';
import { boundObservations, EARLIEST_PLAUSIBLE, flood, outOfRange, vetObservations } from './observation-bounds.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const SINCE = new Date('2026-03-10T11:00:00.000Z');
const check = (at: string, status: 'operational' | 'major_outage' = 'operational') => ({ at, status, responseMs: status === 'operational' ? 100 : null });
const period = (from: string, to: string, status: 'operational' | 'major_outage' | 'no_data' = 'operational') => ({ from, to, status });
const obs = (o: Partial<Observations>): Observations => ({ checks: [], periods: [], ...o });
const vet = (o: Partial<Observations>, intervalSeconds = 60) => vetObservations(obs(o), { source: 'pingdom', now: NOW, since: SINCE, intervalSeconds });

describe('outOfRange: timestamps nobody could have observed are bad data', () => {
  it.each([
    ['a check at the Unix epoch (a vendor zero)', obs({ checks: [check('1970-01-01T00:00:00.000Z')] }), /before 2000: checks\[0\]\.at 1970-01-01/],
    ['a period from 1970', obs({ periods: [period('1970-01-01T00:00:00.000Z', '2026-03-10T11:00:00.000Z')] }), /before 2000: periods\[0\]\.from/],
    ['a check a day in the future', obs({ checks: [check('2026-03-11T12:00:00.000Z')] }), /1 day after this machine's clock .*checks\[0\]\.at/],
    ['a period that ends next year', obs({ periods: [period('2026-03-10T11:00:00.000Z', '2027-03-10T11:00:00.000Z')] }), /periods\[0\]\.to 2027/],
    ['a day total for a day after now', obs({ dayTotals: [{ date: '2026-03-12', downMinutes: 5 }] }), /dayTotals\[0\]\.date 2026-03-12/],
    ['an audit dated in the future', obs({ audit: { at: '2026-04-01T00:00:00.000Z', tlsExpiresAt: null, headers: {} } }), /audit\.at/],
  ])('%s', (_, o, message) => {
    expect(outOfRange(o, { now: NOW })).toMatch(message);
    expect(outOfRange(o, { now: NOW })).toContain('recorded as no_data');
  });

  it.each([
    ['within the clock tolerance ahead', obs({ checks: [check('2026-03-10T12:04:59.000Z')] })],
    ['old but plausible', obs({ periods: [period('2001-01-01T00:00:00.000Z', '2001-01-02T00:00:00.000Z')] })],
    ['nothing at all', obs({})],
  ])('accepts %s', (_, o) => expect(outOfRange(o, { now: NOW })).toBeUndefined());

  it('starts plausibility in 2000', () => expect(new Date(EARLIEST_PLAUSIBLE).toISOString()).toBe('2000-01-01T00:00:00.000Z'));
});

describe('flood: more checks than the interval allows', () => {
  const checks = (n: number) => Array.from({ length: n }, (_, i) => check(new Date(SINCE.getTime() + i * 1000).toISOString()));
  it.each([
    // One hour at a 300 s interval: 12 expected, × 4 + 100 allowed = 148.
    [148, 300, undefined],
    [3600, 300, /returned 3600 checks over 1 hour for a monitor checked every 300 s \(at most 148 expected\)/],
    [3600, 1, undefined],
  ])('%i checks in an hour at %i s', (n, interval, expected) => {
    const reason = flood(obs({ checks: checks(n) }), { since: SINCE, now: NOW, intervalSeconds: interval });
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe('boundObservations: never beyond a limit', () => {
  it('drops later checks, cuts periods, keeps only day totals of days over by then', () => {
    const limit = Date.parse('2026-03-10T11:30:00.000Z');
    const out = boundObservations(
      obs({
        checks: [check('2026-03-10T11:29:00.000Z'), check('2026-03-10T11:30:00.000Z'), check('2026-03-10T11:31:00.000Z')],
        periods: [period('2026-03-10T11:00:00.000Z', '2026-03-10T12:00:00.000Z'), period('2026-03-10T11:45:00.000Z', '2026-03-10T12:00:00.000Z', 'major_outage')],
        dayTotals: [{ date: '2026-03-09', downMinutes: 3 }, { date: '2026-03-10', downMinutes: 4 }],
      }),
      limit,
    );
    expect(out.checks.map((c) => c.at)).toEqual(['2026-03-10T11:29:00.000Z', '2026-03-10T11:30:00.000Z']);
    expect(out.periods).toEqual([period('2026-03-10T11:00:00.000Z', '2026-03-10T11:30:00.000Z')]);
    expect(out.dayTotals).toEqual([{ date: '2026-03-09', downMinutes: 3 }]);
  });
});

describe('vetObservations: one verdict for the pull', () => {
  it('refuses to write when the vendor clock disagrees, before judging anything else', () => {
    const v = vet({ checks: [check('1970-01-01T00:00:00.000Z')], vendorTime: { date: '2026-03-10T12:00:00.000Z', receivedAt: '2026-03-10T12:10:00.000Z' } });
    expect(v.kind).toBe('refuse');
  });

  it('calls out-of-range data bad data', () => {
    expect(vet({ checks: [check('1970-01-01T00:00:00.000Z')] }).kind).toBe('bad-data');
    expect(vet({ checks: [check('2030-01-01T00:00:00.000Z')] }).kind).toBe('bad-data');
  });

  it('calls a flood bad data', () => {
    const checks = Array.from({ length: 1000 }, (_, i) => check(new Date(SINCE.getTime() + i * 1000).toISOString()));
    const v = vet({ checks }, 300);
    expect(v.kind).toBe('bad-data');
  });

  it('never extends a status beyond the newest instant the vendor reported, nor beyond now', () => {
    const v = vet({
      periods: [period('2026-03-10T11:00:00.000Z', '2026-03-10T12:00:00.000Z')],
      checks: [check('2026-03-10T12:01:00.000Z')],
      newestReportedAt: '2026-03-10T11:40:00.000Z',
    });
    expect(v).toEqual({ kind: 'ok', observations: expect.objectContaining({ checks: [], periods: [period('2026-03-10T11:00:00.000Z', '2026-03-10T11:40:00.000Z')] }) });
    const ahead = vet({ checks: [check('2026-03-10T12:01:00.000Z')] });
    expect(ahead.kind === 'ok' && ahead.observations.checks).toEqual([]);
  });
});
