import { describe, expect, it } from 'vitest';
import type { History } from '../schemas/history.ts';
import { checkHistory } from './check-history.ts';

const now = new Date('2026-11-22T12:00:00.000Z');
const seg = (from: string, to: string, status = 'operational') => ({ from: `2026-11-${from}Z`, to: `2026-11-${to}Z`, status }) as History['timeline'][number];
const day = (date: string) => ({ date, checks: 288, meanResponseMs: 120, p95ResponseMs: 200 });
const valid: History = {
  version: 2,
  intervalSeconds: 300,
  lastCheckAt: '2026-11-22T11:55:00.000Z',
  foldedThrough: '2026-11-20',
  periods: [seg('01T00:00:00.000', '21T00:00:00.000')],
  timeline: [seg('01T00:00:00.000', '20T00:00:00.000'), seg('20T00:00:00.000', '22T12:05:00.000', 'major_outage')],
  days: [day('2026-11-20'), day('2026-11-21'), day('2026-11-22')],
};

describe('checkHistory', () => {
  it('accepts a consistent file', () => expect(checkHistory(valid, { now })).toEqual([]));

  it.each<[string, Partial<History>, string, RegExp]>([
    ['an unsorted timeline', { timeline: [valid.timeline[1]!, valid.timeline[0]!] }, 'timeline.1.from', /sorted oldest first/],
    ['overlapping periods', { periods: [seg('01T00:00:00.000', '10T00:00:00.000'), seg('09T00:00:00.000', '12T00:00:00.000')] }, 'periods.1.from', /not overlapping/],
    ['an empty span', { periods: [seg('01T00:00:00.000', '01T00:00:00.000')] }, 'periods.0.to', /after from/],
    ['a span starting after now', { timeline: [...valid.timeline, seg('22T12:06:00.000', '22T12:07:00.000')] }, 'timeline.2.from', /after now/],
    ['a period ending far past now', { periods: [seg('01T00:00:00.000', '25T00:00:00.000')] }, 'periods.0.to', /past now/],
    ['days out of order', { days: [day('2026-11-21'), day('2026-11-20')] }, 'days.1.date', /sorted oldest first/],
    ['the same day twice', { days: [day('2026-11-21'), day('2026-11-21')] }, 'days.1.date', /one per date/],
    ['a day after today', { days: [day('2026-11-23')] }, 'days.0.date', /after today/],
    ['a check after now', { lastCheckAt: '2026-11-22T12:30:00.000Z' }, 'lastCheckAt', /after now/],
    ['a last check that should have been folded', { lastCheckAt: '2026-11-20T10:00:00.000Z', foldedThrough: '2026-11-20' }, 'lastCheckAt', /after foldedThrough/],
    ['a timeline its checks do not account for', { lastCheckAt: '2026-11-22T06:00:00.000Z' }, 'lastCheckAt', /account for/],
    ['a timeline with no checks and shorter periods', { lastCheckAt: null }, 'lastCheckAt', /lastCheckAt is null/],
  ])('rejects %s', (_, change, field, message) => {
    expect(checkHistory({ ...valid, ...change }, { now })).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it.each([
    ['a check on another day than its file', [{ at: '2026-11-21T23:55:00.000Z' }, { at: '2026-11-22T11:55:00.000Z' }], /on 2026-11-22/],
    ['a check after now', [{ at: '2026-11-22T11:55:00.000Z' }, { at: '2026-11-22T12:10:00.000Z' }], /after now/],
  ])('rejects a day file with %s', (_, ats, message) => {
    const checks = ats.map((c) => ({ ...c, status: 'operational' as const, responseMs: 100 }));
    const days = [{ file: 'content/history/acme/www/2026-11-22.jsonl', date: '2026-11-22', checks }];
    expect(checkHistory(valid, { now, days })).toContainEqual(expect.objectContaining({ file: days[0]!.file, message: expect.stringMatching(message) }));
  });

  it('rejects a lastCheckAt that no day file holds, and a day file of a folded day', () => {
    const checks = [{ at: '2026-11-22T11:50:00.000Z', status: 'operational' as const, responseMs: 100 }];
    const days = [
      { file: 'a/2026-11-20.jsonl', date: '2026-11-20', checks: [{ ...checks[0]!, at: '2026-11-20T10:00:00.000Z' }] },
      { file: 'a/2026-11-22.jsonl', date: '2026-11-22', checks },
    ];
    const problems = checkHistory(valid, { now, days });
    expect(problems).toContainEqual({ field: 'lastCheckAt', message: expect.stringMatching(/does not hold it/) });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'a/2026-11-20.jsonl', message: expect.stringMatching(/folded/) }));
  });
});
