import { describe, expect, it } from 'vitest';
import { iso, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { componentTimes } from './times.ts';

const now = new Date('2026-11-22T12:00:00Z');
const history = (from: string, to: string, lastCheckAt: string | null = null) => ({ timeline: [{ from: iso(from), to: iso(to), status: 'operational' as const }], lastCheckAt });
const times = componentTimes({
  components: [{ id: 'www' }, { id: 'checkout' }, { id: 'staging' }],
  histories: { www: history('2026-08-23T23:30Z', '2026-11-22T12:05Z', iso('2026-11-22T11:55Z')), checkout: undefined, staging: undefined },
  incidents: [makeIncident({ components: [{ id: 'checkout', impact: 'major_outage' }], reportedAt: iso('2026-11-01T10:00Z'), updates: [{ at: iso('2026-11-01T10:05Z'), status: 'investigating', text: 'x' }, { at: iso('2026-11-30T10:00Z'), status: 'resolved', text: 'later' }] })],
  maintenance: [makeMaintenance({ components: ['staging'], start: iso('2026-12-01T01:00Z'), end: iso('2026-12-01T02:00Z') })],
  timeZone: 'Europe/London',
  now,
});

describe.each([
  ['a monitored component', 'www', '2026-08-23T23:30:00.000Z', '2026-11-22T11:55:00.000Z', '2026-08-24'],
  ['an unmonitored one named by an incident', 'checkout', '2026-08-23T23:30:00.000Z', '2026-11-01T10:05:00.000Z', null],
  ['one with only a future window', 'staging', '2026-08-23T23:30:00.000Z', '2026-08-23T23:30:00.000Z', null],
])('%s', (_n, id, created, updated, start) => {
  it(`was created ${created}, updated ${updated}, shown from ${start}`, () => {
    expect(times.get(id)).toEqual({ createdAt: new Date(created), updatedAt: new Date(updated), startDate: start });
  });
});

it('a client with no history or incident dates its components by now', () => {
  const none = componentTimes({ components: [{ id: 'www' }], histories: {}, incidents: [], maintenance: [], timeZone: 'UTC', now });
  expect(none.get('www')).toEqual({ createdAt: now, updatedAt: now, startDate: null });
});
