import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createUptimeRobotSource } from './uptimerobot.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { makeUrLog, makeUrMonitor, startUptimeRobotFake, unix } from '../../../test/fakes/uptimerobot.ts';
import type { UrFakeOptions } from '../../../test/fakes/uptimerobot.ts';

const KEY = 'ur-m777749809-4c1a9e2b7d';
const monitor = (server: FakeServer) =>
  ({
    source: 'uptimerobot',
    monitorId: 777749809,
    tokenEnv: 'UPTIMEROBOT_API_KEY',
    baseUrl: `${server.url}/v2`,
    intervalSeconds: 300,
  }) as const;
const ctx = (env: Record<string, string | undefined> = { UPTIMEROBOT_API_KEY: KEY }, since = '2026-03-01T00:00:00Z'): PullContext => ({
  since: new Date(since),
  now: new Date('2026-03-01T12:00:00Z'),
  env,
  fetch,
});
const pull = (server: FakeServer, env?: Record<string, string | undefined>, http: HttpSettings = testHttp()) =>
  createUptimeRobotSource(http).pull(monitor(server), ctx(env));

const good = () =>
  makeUrMonitor({
    logs: [
      makeUrLog({ type: 2, datetime: unix('2026-02-28T18:00:00Z'), duration: 9 * 3600 }),
      makeUrLog({ type: 1, datetime: unix('2026-03-01T03:00:00Z'), duration: 1200 }),
      makeUrLog({ type: 2, datetime: unix('2026-03-01T03:20:00Z'), duration: 16800 }),
      makeUrLog({ type: 99, datetime: unix('2026-03-01T08:00:00Z'), duration: 3600 }),
      makeUrLog({ type: 98, datetime: unix('2026-03-01T09:00:00Z'), duration: 60 }),
      makeUrLog({ type: 2, datetime: unix('2026-03-01T09:01:00Z'), duration: 10000 }),
    ],
    response_times: [
      { datetime: unix('2026-02-28T23:00:00Z'), value: 70 },
      { datetime: unix('2026-03-01T02:00:00Z'), value: 100 },
      { datetime: unix('2026-03-01T03:10:00Z'), value: 5000 },
      { datetime: unix('2026-03-01T08:30:00Z'), value: 95 },
      { datetime: unix('2026-03-01T11:00:00Z'), value: 90 },
    ],
  });
const options = (overrides: Partial<UrFakeOptions> = {}): UrFakeOptions => ({ apiKey: KEY, monitors: [good()], ...overrides });

describe('uptimerobot source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('maps logs to periods (newest holds until now) and response times to checks', async () => {
    server = await startUptimeRobotFake(options());
    const obs = await pull(server);
    expect(obs.periods).toEqual([
      { from: '2026-02-28T23:00:00.000Z', to: '2026-03-01T03:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T03:00:00.000Z', to: '2026-03-01T03:20:00.000Z', status: 'major_outage' },
      { from: '2026-03-01T03:20:00.000Z', to: '2026-03-01T08:00:00.000Z', status: 'operational' },
      { from: '2026-03-01T08:00:00.000Z', to: '2026-03-01T09:01:00.000Z', status: 'no_data' },
      { from: '2026-03-01T09:01:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'operational' },
    ]);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T02:00:00.000Z', status: 'operational', responseMs: 100 },
      { at: '2026-03-01T03:10:00.000Z', status: 'major_outage', responseMs: 5000 },
      { at: '2026-03-01T11:00:00.000Z', status: 'operational', responseMs: 90 },
    ]);
  });

  it('posts the key in a form body, never in the URL', async () => {
    server = await startUptimeRobotFake(options());
    await pull(server);
    const [req] = server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(req!.form.get('api_key')).toBe(KEY);
    expect(req!.form.get('monitors')).toBe('777749809');
    expect(req!.form.get('logs')).toBe('1');
    expect(req!.form.get('response_times')).toBe('1');
    expect(req!.query.toString()).toBe('');
  });

  it('follows offset pages until the monitor turns up', async () => {
    const others = Array.from({ length: 120 }, (_, i) => makeUrMonitor({ id: 1000 + i, friendly_name: `other ${i}` }));
    server = await startUptimeRobotFake(options({ monitors: [...others, good()], ignoreMonitorsFilter: true }));
    const obs = await pull(server);
    expect(server.requests.map((r) => r.form.get('offset'))).toEqual(['0', '50', '100']);
    expect(obs.checks).toHaveLength(3);
  });

  it('says so when the key cannot see the monitor', async () => {
    server = await startUptimeRobotFake(options({ monitors: [makeUrMonitor({ id: 5 })], ignoreMonitorsFilter: true }));
    await expect(pull(server)).rejects.toThrow('uptimerobot: monitor 777749809 is not visible to this API key');
  });

  it('reads response times in 7-day slices, logs once', async () => {
    server = await startUptimeRobotFake(options());
    await createUptimeRobotSource(testHttp()).pull(monitor(server), ctx(undefined, '2026-02-15T00:00:00Z'));
    const reqs = server.requests;
    expect(reqs).toHaveLength(3);
    expect(reqs.map((r) => r.form.get('logs'))).toEqual(['1', '0', '0']);
    expect(reqs.map((r) => r.form.get('response_times_start_date'))).toEqual([
      String(unix('2026-02-15T00:00:00Z')),
      String(unix('2026-02-22T00:00:00Z')),
      String(unix('2026-03-01T00:00:00Z')),
    ]);
  });

  it('reports stat "fail" without the echoed key', async () => {
    server = await startUptimeRobotFake(options());
    const error = await pull(server, { UPTIMEROBOT_API_KEY: 'u0000-wrong' }).catch((e: Error) => e);
    expect(String(error)).toContain('uptimerobot: POST');
    expect(String(error)).toContain('invalid_parameter, parameter api_key');
    expect(String(error)).not.toContain('u0000-wrong');
  });
});

describeSourceFaults({
  vendor: 'uptimerobot',
  token: KEY,
  tokenEnv: 'UPTIMEROBOT_API_KEY',
  start: () => startUptimeRobotFake(options()),
  pull: (server, env, http) => pull(server, env, http),
  firstPath: '/v2/getMonitors',
  invalidBody: { stat: 'ok', monitors: 'none' },
});
