import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryCheck, HistoryPeriod } from '../../schemas/history.ts';
import { OBSERVED_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';
import { check, checksEvery, iso, makeHistory, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { checksToPeriods } from './checks-to-periods.ts';
import { componentTimeline, type ComponentTimelineInput } from './component-timeline.ts';
import type { StatusSegment } from './segment.ts';

/** Segments as [from 'HH:MM', to 'HH:MM', status] on 2026-01-05 (UTC), to read like the rule. */
const hm = (segments: StatusSegment[]) =>
  segments.map((s) => [s.from.toISOString().slice(11, 16), s.to.toISOString().slice(11, 16), s.status]);
const day = (t: string) => `2026-01-05T${t}Z`;
const base = { componentId: 'www', from: new Date(day('00:00')), to: new Date(day('01:00')), now: new Date('2026-02-01T00:00Z') };
const period = (from: string, to: string, status: HistoryPeriod['status']): HistoryPeriod => ({ from: iso(day(from)), to: iso(day(to)), status });

describe('componentTimeline follows the rules', () => {
  it.each<[string, Partial<ComponentTimelineInput>, Array<[string, string, ComponentStatus]>]>([
    [
      'a check stands until the next one',
      // interval 5 min → a check stands up to 10 min; last check at 00:15 stands to 00:25, then no data
      { history: makeHistory({ checks: [check(day('00:00')), check(day('00:05')), check(day('00:10'), 'major_outage'), check(day('00:15'))] }) },
      [['00:00', '00:10', 'operational'], ['00:10', '00:15', 'major_outage'], ['00:15', '00:25', 'operational'], ['00:25', '01:00', 'no_data']],
    ],
    [
      'a gap in monitoring is no_data after 2 × interval',
      // checks 00:00 and 00:30, interval 5 min: 00:00 stands to 00:10; 00:30 to 00:40
      { history: makeHistory({ checks: [check(day('00:00')), check(day('00:30'))] }) },
      [['00:00', '00:10', 'operational'], ['00:10', '00:30', 'no_data'], ['00:30', '00:40', 'operational'], ['00:40', '01:00', 'no_data']],
    ],
    [
      'a history period holds over the checks it covers',
      { history: makeHistory({ checks: checksEvery(day('00:00'), day('00:30'), 5), periods: [period('00:05', '00:20', 'partial_outage')] }) },
      // last check 00:25 stands to 00:35
      [['00:00', '00:05', 'operational'], ['00:05', '00:20', 'partial_outage'], ['00:20', '00:35', 'operational'], ['00:35', '01:00', 'no_data']],
    ],
    [
      'a recorded no_data period holds too',
      { history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5), periods: [period('00:20', '00:30', 'no_data')] }) },
      [['00:00', '00:20', 'operational'], ['00:20', '00:30', 'no_data'], ['00:30', '01:00', 'operational']],
    ],
    [
      'an incident worsens what the monitor saw',
      {
        history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5) }),
        incidents: [makeIncident({ reportedAt: iso(day('00:10')), restoredAt: iso(day('00:20')) })],
      },
      [['00:00', '00:10', 'operational'], ['00:10', '00:20', 'major_outage'], ['00:20', '01:00', 'operational']],
    ],
    [
      'a milder incident does not soften the monitor',
      {
        history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5, 'major_outage') }),
        incidents: [makeIncident({ components: [{ id: 'www', impact: 'degraded_performance' }], reportedAt: iso(day('00:10')), restoredAt: iso(day('00:20')) })],
      },
      [['00:00', '01:00', 'major_outage']],
    ],
    [
      'an incident on another component is ignored',
      {
        history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5) }),
        incidents: [makeIncident({ components: [{ id: 'shop', impact: 'major_outage' }], reportedAt: iso(day('00:10')) })],
      },
      [['00:00', '01:00', 'operational']],
    ],
    [
      'an incident without a monitor fills no_data; startedAt comes before reportedAt',
      { incidents: [makeIncident({ startedAt: iso(day('00:05')), reportedAt: iso(day('00:15')), restoredAt: iso(day('00:25')) })] },
      [['00:00', '00:05', 'no_data'], ['00:05', '00:25', 'major_outage'], ['00:25', '01:00', 'no_data']],
    ],
    [
      "an entry's own from/to override the incident's times",
      {
        history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5) }),
        incidents: [
          makeIncident({
            reportedAt: iso(day('00:00')),
            restoredAt: iso(day('00:50')),
            components: [
              { id: 'www', impact: 'partial_outage', from: iso(day('00:10')), to: iso(day('00:20')) },
              { id: 'www', impact: 'degraded_performance', from: iso(day('00:15')) },
            ],
          }),
        ],
      },
      // partial 00:10–00:20 beats degraded 00:15–00:20; degraded alone 00:20–00:50 (restoredAt)
      [['00:00', '00:10', 'operational'], ['00:10', '00:20', 'partial_outage'], ['00:20', '00:50', 'degraded_performance'], ['00:50', '01:00', 'operational']],
    ],
    [
      'maintenance overrides an outage inside its window',
      {
        history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5, 'major_outage') }),
        incidents: [makeIncident({ reportedAt: iso(day('00:00')), restoredAt: iso(day('00:40')) })],
        maintenance: [makeMaintenance({ start: iso(day('00:10')), end: iso(day('00:20')) })],
      },
      [['00:00', '00:10', 'major_outage'], ['00:10', '00:20', 'under_maintenance'], ['00:20', '01:00', 'major_outage']],
    ],
    [
      'maintenance of another component is ignored',
      { history: makeHistory({ checks: checksEvery(day('00:00'), day('01:00'), 5) }), maintenance: [makeMaintenance({ components: ['shop'], start: iso(day('00:10')), end: iso(day('00:20')) })] },
      [['00:00', '01:00', 'operational']],
    ],
    ['no sources at all is no_data throughout', {}, [['00:00', '01:00', 'no_data']]],
    [
      'nothing after now is observed: an open incident runs to now, and the timeline stops there',
      { now: new Date(day('00:25')), incidents: [makeIncident({ reportedAt: iso(day('00:10')) })], history: makeHistory({ checks: checksEvery(day('00:00'), day('00:40'), 5) }) },
      [['00:00', '00:10', 'operational'], ['00:10', '00:25', 'major_outage']],
    ],
    [
      'spans starting before `from` are clipped',
      { from: new Date(day('00:30')), history: makeHistory({ checks: [check(day('00:25'), 'partial_outage')] }) },
      [['00:30', '00:35', 'partial_outage'], ['00:35', '01:00', 'no_data']],
    ],
  ])('%s', (_, input, expected) => {
    expect(hm(componentTimeline({ ...base, ...input }))).toEqual(expected);
  });

  it('is empty when the span starts at or after now', () => {
    expect(componentTimeline({ ...base, now: new Date(day('00:00')) })).toEqual([]);
  });

  it('splits an incident across a month edge (London)', () => {
    // 31 Mar 2026 23:00 BST = 22:00Z to 1 Apr 01:00 BST = 00:00Z; March in London ends 31 Mar 23:00Z
    const incident = makeIncident({ reportedAt: iso('2026-03-31T22:00Z'), restoredAt: iso('2026-04-01T00:00Z') });
    const march = componentTimeline({ componentId: 'www', incidents: [incident], from: new Date('2026-03-01T00:00Z'), to: new Date('2026-03-31T23:00Z'), now: new Date('2026-05-01T00:00Z') });
    const april = componentTimeline({ componentId: 'www', incidents: [incident], from: new Date('2026-03-31T23:00Z'), to: new Date('2026-05-01T00:00Z'), now: new Date('2026-05-01T00:00Z') });
    expect(march.at(-1)).toEqual({ from: new Date('2026-03-31T22:00Z'), to: new Date('2026-03-31T23:00Z'), status: 'major_outage' });
    expect(april[0]).toEqual({ from: new Date('2026-03-31T23:00Z'), to: new Date('2026-04-01T00:00Z'), status: 'major_outage' });
  });
});

// ── properties ───────────────────────────────────────────────────────────────
const T0 = Date.parse('2026-01-05T00:00Z');
const status = fc.constantFrom(...OBSERVED_STATUSES);
const checkArb = fc.record({ at: fc.integer({ min: -30, max: 300 }), status }).map(
  ({ at, status }): HistoryCheck => ({ at: new Date(T0 + at * 60_000).toISOString(), status, responseMs: 100 }),
);
const periodArb = fc
  .record({ at: fc.integer({ min: -30, max: 300 }), len: fc.integer({ min: 1, max: 60 }), status: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) })
  .map(({ at, len, status }): HistoryPeriod => ({ from: new Date(T0 + at * 60_000).toISOString(), to: new Date(T0 + (at + len) * 60_000).toISOString(), status }));
const minute = (m: number) => new Date(T0 + m * 60_000).toISOString();
const incidentArb = fc
  .record({ at: fc.integer({ min: -30, max: 300 }), len: fc.option(fc.integer({ min: 1, max: 90 })), impact: fc.constantFrom('degraded_performance', 'partial_outage', 'major_outage' as const), other: fc.boolean() })
  .map(({ at, len, impact, other }) =>
    makeIncident({ reportedAt: minute(at), restoredAt: len === null ? undefined : minute(at + len), components: [{ id: other ? 'shop' : 'www', impact }] }),
  );
const maintenanceArb = fc
  .record({ at: fc.integer({ min: -30, max: 300 }), len: fc.integer({ min: 1, max: 60 }) })
  .map(({ at, len }) => makeMaintenance({ start: minute(at), end: minute(at + len) }));
const inputArb = fc.record({
  checks: fc.array(checkArb, { maxLength: 40 }),
  periods: fc.array(periodArb, { maxLength: 4 }),
  incidents: fc.array(incidentArb, { maxLength: 3 }),
  maintenance: fc.array(maintenanceArb, { maxLength: 2 }),
  interval: fc.constantFrom(60, 300),
  from: fc.integer({ min: 0, max: 120 }),
  len: fc.integer({ min: 0, max: 240 }),
  now: fc.integer({ min: 0, max: 400 }),
});
type Input = typeof inputArb extends fc.Arbitrary<infer I> ? I : never;
const build = (x: Input, twice = false) =>
  componentTimeline({
    componentId: 'www',
    history: makeHistory({ intervalSeconds: x.interval, checks: twice ? [...x.checks, ...x.checks] : x.checks, periods: twice ? [...x.periods, ...x.periods] : x.periods }),
    incidents: twice ? [...x.incidents, ...x.incidents] : x.incidents,
    maintenance: twice ? [...x.maintenance, ...x.maintenance] : x.maintenance,
    from: new Date(T0 + x.from * 60_000),
    to: new Date(T0 + (x.from + x.len) * 60_000),
    now: new Date(T0 + x.now * 60_000),
  });

describe('timeline properties', () => {
  it('segments are sorted, contiguous, merged and cover [from, min(to, now))', () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const segments = build(x);
        const from = T0 + x.from * 60_000;
        const end = Math.min(T0 + (x.from + x.len) * 60_000, T0 + x.now * 60_000);
        if (end <= from) {
          expect(segments).toEqual([]);
          return;
        }
        expect(segments[0]!.from.getTime()).toBe(from);
        expect(segments.at(-1)!.to.getTime()).toBe(end);
        for (let i = 0; i < segments.length; i++) {
          expect(segments[i]!.to.getTime()).toBeGreaterThan(segments[i]!.from.getTime());
          if (i > 0) {
            expect(segments[i]!.from.getTime()).toBe(segments[i - 1]!.to.getTime());
            expect(segments[i]!.status).not.toBe(segments[i - 1]!.status);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('feeding every source twice changes nothing', () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        expect(build(x, true)).toEqual(build(x));
      }),
      { numRuns: 300 },
    );
  });

  it('checksToPeriods: the same checks twice give the same periods', () => {
    fc.assert(
      fc.property(fc.array(checkArb, { maxLength: 50 }), fc.constantFrom(60, 300), (checks, interval) => {
        const once = checksToPeriods(checks, interval);
        expect(checksToPeriods([...checks, ...checks], interval)).toEqual(once);
      }),
    );
    // Order does not matter either, as long as no two checks share an instant (then the last given wins, by design).
    fc.assert(
      fc.property(fc.uniqueArray(checkArb, { maxLength: 50, selector: (c) => c.at }), fc.constantFrom(60, 300), (checks, interval) => {
        expect(checksToPeriods([...checks].reverse(), interval)).toEqual(checksToPeriods(checks, interval));
      }),
    );
  });
});
