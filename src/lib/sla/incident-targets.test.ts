import { describe, expect, it } from 'vitest';
import { iso, makeIncident, officeHours, standardPriorities } from '../../../test/helpers/factories.ts';
import { IncidentContentError } from './content-error.ts';
import { measureIncident, type MeasuredIncident, type TargetMeasure } from './incident-targets.ts';

// P1: 24x7, respond 30, restore 240. P2: business (Mon–Fri 09:00–17:30 London, Christmas holidays), respond 60, restore 480.
const context = (now = '2027-01-01T00:00Z') => ({ supportHours: officeHours, timeZone: 'Europe/London', now: new Date(now) });
const incident = (o: Partial<MeasuredIncident>): MeasuredIncident => ({ ...makeIncident(), id: 'inc', ...o });
type M = Partial<Omit<TargetMeasure, 'dueBy'>> & { dueBy?: string };

const check = (actual: TargetMeasure, expected: M) => {
  const { dueBy, ...rest } = expected;
  expect(actual).toMatchObject(rest);
  if (dueBy) expect(actual.dueBy.toISOString()).toBe(new Date(dueBy).toISOString());
};

describe('measureIncident against its priority', () => {
  it.each<[string, Partial<MeasuredIncident>, string | undefined, M, M]>([
    [
      // Saturday night on the 24x7 clock: 02:00 → 02:25 = 25 ≤ 30; → 05:00 = 180 ≤ 240
      'P1, 24x7, over a weekend night',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z'), respondedAt: iso('2026-01-10T02:25Z'), restoredAt: iso('2026-01-10T05:00Z'), resolvedAt: iso('2026-01-10T06:00Z') },
      undefined,
      { minutes: 25, targetMinutes: 30, met: true, open: false, dueBy: '2026-01-10T02:30Z' },
      { minutes: 180, targetMinutes: 240, met: true, open: false, dueBy: '2026-01-10T06:00Z' },
    ],
    [
      // exactly 30 meets; 240 min 1 s = 240.0166… misses (unrounded)
      'P1 at the boundary: equal meets, one second over misses',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z'), respondedAt: iso('2026-01-10T02:30Z'), restoredAt: iso('2026-01-10T06:00:01Z'), resolvedAt: iso('2026-01-10T07:00Z') },
      undefined,
      { minutes: 30, met: true },
      { minutes: 240 + 1 / 60, met: false },
    ],
    [
      // business clock: Fri 17:00–17:30 = 30, Mon 09:00–09:20 = 20 → 50 ≤ 60; restore Mon 15:00: 30 + 360 = 390 ≤ 480
      // due: response 30 Fri + 30 Mon → Mon 09:30; restore 30 Fri + 450 Mon → Mon 16:30
      'P2, business clock, over a weekend',
      { priority: 'P2', reportedAt: iso('2026-01-09T17:00Z'), respondedAt: iso('2026-01-12T09:20Z'), restoredAt: iso('2026-01-12T15:00Z'), resolvedAt: iso('2026-01-12T16:00Z') },
      undefined,
      { minutes: 50, targetMinutes: 60, met: true, dueBy: '2026-01-12T09:30Z' },
      { minutes: 390, targetMinutes: 480, met: true, dueBy: '2026-01-12T16:30Z' },
    ],
    [
      // Thu 24 Dec 16:00–17:30 = 90 (holidays 25 and 28 Dec, weekend) then Tue 29 09:00–09:15 = 15 → 105 > 60
      // restore Tue 29 12:00: 90 + 180 = 270 ≤ 480
      'P2 over the Christmas holidays',
      { priority: 'P2', reportedAt: iso('2026-12-24T16:00Z'), respondedAt: iso('2026-12-29T09:15Z'), restoredAt: iso('2026-12-29T12:00Z'), resolvedAt: iso('2026-12-29T13:00Z') },
      undefined,
      { minutes: 105, met: false, dueBy: '2026-12-24T17:00Z' },
      { minutes: 270, met: true },
    ],
    [
      // Fri 27 Mar 17:00–17:30 GMT = 30; Mon 30 Mar 09:00–09:40 BST (08:00–08:40Z) = 40 → 70 > 60
      'P2 across the DST change',
      { priority: 'P2', reportedAt: iso('2026-03-27T17:00Z'), respondedAt: iso('2026-03-30T08:40Z'), restoredAt: iso('2026-03-30T09:00Z'), resolvedAt: iso('2026-03-30T10:00Z') },
      undefined,
      { minutes: 70, met: false, dueBy: '2026-03-30T08:30Z' },
      { minutes: 90, met: true },
    ],
    [
      // open, 20 min in: within both targets → not decided yet
      'open and still within target',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z') },
      '2026-01-10T02:20Z',
      { minutes: 20, met: null, open: true },
      { minutes: 20, met: null, open: true },
    ],
    [
      // open, 45 min in, no response: 45 > 30 is already a miss; restore 45 ≤ 240 undecided
      'open and already past the response target',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z') },
      '2026-01-10T02:45Z',
      { minutes: 45, met: false, open: true },
      { minutes: 45, met: null, open: true },
    ],
    [
      'responded, not restored yet',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z'), respondedAt: iso('2026-01-10T02:10Z') },
      '2026-01-10T07:00Z',
      { minutes: 10, met: true, open: false },
      { minutes: 300, met: false, open: true },
    ],
    [
      // an event written with a time after `now` has not happened yet as of `now`
      'events after now have not happened yet',
      { priority: 'P1', reportedAt: iso('2026-01-10T02:00Z'), respondedAt: iso('2026-01-10T02:10Z') },
      '2026-01-10T02:05Z',
      { minutes: 5, met: null, open: true },
      { minutes: 5, met: null, open: true },
    ],
    [
      // open P2 on a business clock outside hours: Saturday, nothing elapses
      'an open business-clock incident over the weekend',
      { priority: 'P2', reportedAt: iso('2026-01-10T10:00Z') },
      '2026-01-11T10:00Z',
      { minutes: 0, met: null, open: true, dueBy: '2026-01-12T10:00Z' },
      { minutes: 0, met: null, open: true },
    ],
  ])('%s', (_, fields, now, response, restore) => {
    const i = incident(fields);
    const result = measureIncident(i, standardPriorities[i.priority], context(now));
    check(result.response, response);
    check(result.restore, restore);
    expect(result.clock).toBe(standardPriorities[i.priority].clock);
  });
});

describe('content errors name the incident and the field', () => {
  it.each<[string, Partial<MeasuredIncident>, string, RegExp]>([
    ['resolved without respondedAt', { resolvedAt: iso('2026-01-05T12:00Z'), restoredAt: iso('2026-01-05T11:00Z') }, 'respondedAt', /incident "2026-01-05-outage": respondedAt is missing/],
    ['resolved without restoredAt', { resolvedAt: iso('2026-01-05T12:00Z'), respondedAt: iso('2026-01-05T10:10Z') }, 'restoredAt', /incident "2026-01-05-outage": restoredAt is missing/],
    ['responded before it was reported', { respondedAt: iso('2026-01-05T09:00Z') }, 'respondedAt', /respondedAt \(2026-01-05T09:00:00.000Z\) is before reportedAt/],
    ['restored before it was reported', { respondedAt: iso('2026-01-05T10:05Z'), restoredAt: iso('2026-01-05T09:00Z') }, 'restoredAt', /restoredAt .* is before reportedAt/],
  ])('%s', (_, fields, field, message) => {
    const i = { ...makeIncident(), ...fields };
    const run = () => measureIncident(i, standardPriorities.P1, context());
    expect(run).toThrow(IncidentContentError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (e) {
      expect((e as IncidentContentError).field).toBe(field);
      expect((e as IncidentContentError).incidentId).toBe('2026-01-05-outage');
    }
  });
});
