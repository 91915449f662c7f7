import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createPingdomSource, RESULTS_LIMIT } from './pingdom.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import {
  makePingdomCheck,
  makePingdomResult,
  makePingdomState,
  PINGDOM_PREFIX,
  startPingdomFake,
  unix,
} from '../../../test/fakes/pingdom.ts';
import type { PingdomFakeData } from '../../../test/fakes/pingdom.ts';

const TOKEN = 'pd-token-5e7c1d0f9a';
const monitor = (server: FakeServer) =>
  ({
    source: 'pingdom',
    checkId: 85975,
    tokenEnv: 'PINGDOM_TOKEN',
    baseUrl: `${server.url}${PINGDOM_PREFIX}`,
    intervalSeconds: 60,
  }) as const;
const ctx = (env: Record<string, string | undefined> = { PINGDOM_TOKEN: TOKEN }): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-01T12:00:00Z'),
  env,
  fetch,
});
const pull = (server: FakeServer, env?: Record<string, string | undefined>, http: HttpSettings = testHttp()) =>
  createPingdomSource(http).pull(monitor(server), ctx(env));

const data = (overrides: Partial<PingdomFakeData> = {}): PingdomFakeData => ({
  token: TOKEN,
  check: makePingdomCheck(),
  states: [
    makePingdomState({ status: 'up', timefrom: unix('2026-02-28T20:00:00Z'), timeto: unix('2026-03-01T03:00:00Z') }),
    makePingdomState({ status: 'down', timefrom: unix('2026-03-01T03:00:00Z'), timeto: unix('2026-03-01T03:20:00Z') }),
    makePingdomState({ status: 'up', timefrom: unix('2026-03-01T03:20:00Z'), timeto: unix('2026-03-01T08:00:00Z') }),
    makePingdomState({ status: 'unknown', timefrom: unix('2026-03-01T08:00:00Z'), timeto: unix('2026-03-01T09:00:00Z') }),
    makePingdomState({ status: 'up', timefrom: unix('2026-03-01T09:00:00Z'), timeto: unix('2026-03-01T12:00:00Z') }),
  ],
  results: [
    makePingdomResult({ time: unix('2026-02-28T23:59:00Z') }), // before the window
    makePingdomResult({ time: unix('2026-03-01T02:59:00Z'), responsetime: 120 }),
    makePingdomResult({ time: unix('2026-03-01T03:00:00Z'), status: 'unconfirmed_down', responsetime: 30000 }),
    makePingdomResult({ time: unix('2026-03-01T03:01:00Z'), status: 'down', responsetime: undefined }),
    makePingdomResult({ time: unix('2026-03-01T08:30:00Z'), status: 'unknown' }),
    makePingdomResult({ time: unix('2026-03-01T11:59:00Z'), responsetime: 88 }),
  ],
  ...overrides,
});

describe('pingdom source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('maps outage states to periods (from an hour before since) and results to checks (from since)', async () => {
    server = await startPingdomFake(data());
    const obs = await pull(server);
    expect(obs.periods).toEqual([
      { from: '2026-02-28T23:00:00.000Z', to: '2026-03-01T03:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T03:00:00.000Z', to: '2026-03-01T03:20:00.000Z', status: 'major_outage' },
      { from: '2026-03-01T03:20:00.000Z', to: '2026-03-01T08:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T08:00:00.000Z', to: '2026-03-01T09:00:00.000Z', status: 'no_data' },
      { from: '2026-03-01T09:00:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'operational' },
    ]);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T02:59:00.000Z', status: 'operational', responseMs: 120 },
      { at: '2026-03-01T03:00:00.000Z', status: 'degraded_performance', responseMs: 30000 },
      { at: '2026-03-01T03:01:00.000Z', status: 'major_outage', responseMs: null },
      { at: '2026-03-01T11:59:00.000Z', status: 'operational', responseMs: 88 },
    ]);
    expect(obs.audit).toBeUndefined();
    const [checkReq, outageReq] = server.requests;
    expect(checkReq!.path).toBe('/api/3.1/checks/85975');
    expect(outageReq!.query.get('from')).toBe(String(unix('2026-02-28T23:00:00Z')));
    expect(outageReq!.query.get('to')).toBe(String(unix('2026-03-01T12:00:00Z')));
  });

  it('starts the window at the check’s creation', async () => {
    server = await startPingdomFake(data({ check: makePingdomCheck({ created: unix('2026-03-01T10:00:00Z') }) }));
    const obs = await pull(server);
    expect(obs.periods).toEqual([{ from: '2026-03-01T10:00:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'operational' }]);
    expect(obs.checks.map((c) => c.at)).toEqual(['2026-03-01T11:59:00.000Z']);
  });

  it('follows results pages by offset until a short page', async () => {
    const start = unix('2026-03-01T00:00:00Z');
    const results = Array.from({ length: RESULTS_LIMIT * 2 + 5 }, (_, i) =>
      makePingdomResult({ time: start + i * 15, responsetime: i }),
    );
    server = await startPingdomFake(data({ results }));
    const obs = await pull(server);
    expect(obs.checks).toHaveLength(RESULTS_LIMIT * 2 + 5);
    expect(obs.checks[0]).toEqual({ at: '2026-03-01T00:00:00.000Z', status: 'operational', responseMs: 0 });
    const offsets = server.requests.filter((r) => r.path.includes('/results/')).map((r) => r.query.get('offset'));
    expect(offsets).toEqual(['0', '1000', '2000']);
  });

  it('reads long windows in 7-day slices', async () => {
    server = await startPingdomFake(data());
    await createPingdomSource(testHttp()).pull(monitor(server), {
      ...ctx(),
      since: new Date('2026-02-01T00:00:00Z'),
    });
    const slices = server.requests.filter((r) => r.path.includes('/results/')).map((r) => r.query.get('from'));
    expect(slices).toHaveLength(5); // 28 days + 12 hours
  });

  it('sends the token only in the Authorization header', async () => {
    server = await startPingdomFake(data());
    await pull(server);
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.query.toString()).not.toContain(TOKEN);
    }
  });
});

describeSourceFaults({
  vendor: 'pingdom',
  token: TOKEN,
  tokenEnv: 'PINGDOM_TOKEN',
  start: () => startPingdomFake(data()),
  pull: (server, env, http) => pull(server, env, http),
  firstPath: '/api/3.1/checks/85975',
  invalidBody: { check: { id: 'not-a-number' } },
});
