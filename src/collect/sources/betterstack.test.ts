import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createBetterStackSource } from './betterstack.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { makeBsIncident, makeBsMonitor, startBetterStackFake } from '../../../test/fakes/betterstack.ts';
import type { BsFakeOptions } from '../../../test/fakes/betterstack.ts';

const TOKEN = 'bs-team-token-8f3e2a1c';
const monitor = (server: FakeServer) =>
  ({
    source: 'betterstack',
    monitorId: '2',
    tokenEnv: 'BETTERSTACK_TOKEN',
    baseUrl: `${server.url}/api/v2`,
    intervalSeconds: 180,
  }) as const;
const ctx = (env: Record<string, string | undefined> = { BETTERSTACK_TOKEN: TOKEN }): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-01T12:00:00Z'),
  env,
  fetch,
});
const pull = (server: FakeServer, env?: Record<string, string | undefined>, http: HttpSettings = testHttp()) =>
  createBetterStackSource(http).pull(monitor(server), ctx(env));

const options = (overrides: Partial<BsFakeOptions> = {}): BsFakeOptions => ({
  token: TOKEN,
  monitorId: '2',
  monitor: makeBsMonitor(),
  incidents: [
    makeBsIncident({ started_at: '2026-02-20T10:00:00.000Z', resolved_at: '2026-02-20T10:05:00.000Z' }),
    makeBsIncident({ started_at: '2026-02-28T22:00:00.000Z', resolved_at: '2026-03-01T01:00:00.000Z' }),
    makeBsIncident({ started_at: '2026-03-01T03:00:00.000Z', resolved_at: '2026-03-01T03:20:00.000Z' }),
    makeBsIncident({ started_at: '2026-03-01T11:00:00.000Z', resolved_at: null, status: 'Started' }),
    makeBsIncident({ started_at: '2026-03-01T05:00:00.000Z', resolved_at: null, monitorId: '999' }),
  ],
  ...overrides,
});

describe('betterstack source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('is operational outside incidents, major outage inside them, open ones until now', async () => {
    server = await startBetterStackFake(options());
    const obs = await pull(server);
    expect(obs.checks).toEqual([]);
    // From an hour before `since`: an incident confirmed late is still read.
    expect(obs.periods).toEqual([
      { from: '2026-02-28T23:00:00.000Z', to: '2026-03-01T01:00:00.000Z', status: 'major_outage' },
      { from: '2026-03-01T01:00:00.000Z', to: '2026-03-01T03:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T03:00:00.000Z', to: '2026-03-01T03:20:00.000Z', status: 'major_outage' },
      { from: '2026-03-01T03:20:00.000Z', to: '2026-03-01T11:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T11:00:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'major_outage' },
    ]);
    const incidentsReq = server.requests[1]!;
    expect(incidentsReq.path).toBe('/api/v2/incidents');
    expect(incidentsReq.query.get('monitor_id')).toBe('2');
    expect(incidentsReq.query.get('from')).toBe('2026-01-29');
    expect(incidentsReq.query.get('to')).toBe('2026-03-01');
  });

  it('follows pagination.next to the last page', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeBsIncident({
        started_at: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 300_000).toISOString(),
        resolved_at: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 300_000 + 60_000).toISOString(),
      }),
    );
    server = await startBetterStackFake(options({ incidents: many }));
    const obs = await pull(server);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual([null, null, '2', '3']);
    expect(obs.periods.filter((p) => p.status === 'major_outage')).toHaveLength(120);
  });

  it('refuses a next link to another host, so the token stays with Better Stack', async () => {
    const many = Array.from({ length: 60 }, () => makeBsIncident());
    server = await startBetterStackFake(options({ incidents: many, foreignNext: 'https://elsewhere.example/steal?x=1' }));
    await expect(pull(server)).rejects.toThrow('betterstack: refused to follow a next page on another host (https://elsewhere.example/steal)');
  });

  it.each([
    ['paused', { status: 'paused', paused_at: '2026-03-01T09:00:00.000Z' }, '2026-03-01T09:00:00.000Z'],
    ['in maintenance', { status: 'maintenance', last_checked_at: '2026-03-01T10:00:00.000Z' }, '2026-03-01T10:00:00.000Z'],
    ['pending (never checked)', { status: 'pending', last_checked_at: null }, '2026-02-28T23:00:00.000Z'],
  ] as const)('records no data while the monitor is %s', async (_, attributes, noDataFrom) => {
    server = await startBetterStackFake(options({ monitor: makeBsMonitor(attributes), incidents: [] }));
    const obs = await pull(server);
    expect(obs.periods.at(-1)).toEqual({ from: noDataFrom, to: '2026-03-01T12:00:00.000Z', status: 'no_data' });
    expect(obs.periods.every((p) => p.status !== 'major_outage')).toBe(true);
  });

  it('starts at the monitor’s creation', async () => {
    server = await startBetterStackFake(options({ monitor: makeBsMonitor({ created_at: '2026-03-01T06:00:00.000Z' }), incidents: [] }));
    const obs = await pull(server);
    expect(obs.periods).toEqual([{ from: '2026-03-01T06:00:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'operational' }]);
  });
});

describeSourceFaults({
  vendor: 'betterstack',
  token: TOKEN,
  tokenEnv: 'BETTERSTACK_TOKEN',
  start: () => startBetterStackFake(options()),
  pull: (server, env, http) => pull(server, env, http),
  firstPath: '/api/v2/monitors/2',
  invalidBody: { data: { id: 2, type: 'monitor', attributes: { status: 'sideways' } } },
});
