import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createGatusSource } from './gatus.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { makeGatusResult, startGatusFake } from '../../../test/fakes/gatus.ts';
import type { GatusFakeOptions } from '../../../test/fakes/gatus.ts';

const TOKEN = 'gatus-bearer-0b9d4e';
const monitor = (server: FakeServer, overrides: { tokenEnv?: string } = { tokenEnv: 'GATUS_TOKEN' }) => ({
  source: 'gatus' as const,
  baseUrl: server.url,
  key: 'core_frontend',
  intervalSeconds: 60,
  ...overrides,
});
const ctx = (env: Record<string, string | undefined> = { GATUS_TOKEN: TOKEN }): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-01T12:00:00Z'),
  env,
  fetch,
});
const pull = (server: FakeServer, env?: Record<string, string | undefined>, http: HttpSettings = testHttp()) =>
  createGatusSource(http).pull(monitor(server), ctx(env));

const minutes = (fromIso: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeGatusResult({ timestamp: new Date(Date.parse(fromIso) + i * 60_000).toISOString(), duration: (i + 1) * 1e6 }),
  );

const options = (overrides: Partial<GatusFakeOptions> = {}): GatusFakeOptions => ({
  key: 'core_frontend',
  name: 'frontend',
  group: 'core',
  token: TOKEN,
  results: [
    makeGatusResult({ timestamp: '2026-02-28T23:59:00Z' }),
    makeGatusResult({ timestamp: '2026-03-01T00:00:00.123456789Z', duration: 123_456_789 }),
    makeGatusResult({
      timestamp: '2026-03-01T00:01:00Z',
      status: 500,
      success: false,
      duration: 45_000_000,
      conditionResults: [{ condition: '[STATUS] == 200', success: false }],
    }),
    makeGatusResult({
      timestamp: '2026-03-01T00:02:00Z',
      status: undefined,
      success: false,
      duration: 10_000_000_000,
      errors: ['context deadline exceeded'],
    }),
    makeGatusResult({ timestamp: '2026-03-01T00:03:00+00:00', duration: 99_600_000 }),
  ],
  ...overrides,
});

describe('gatus source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('maps results to checks, duration ns → ms', async () => {
    server = await startGatusFake(options());
    const obs = await pull(server);
    expect(obs.periods).toEqual([]);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T00:00:00.123Z', status: 'operational', responseMs: 123 },
      { at: '2026-03-01T00:01:00.000Z', status: 'major_outage', responseMs: 45 },
      { at: '2026-03-01T00:02:00.000Z', status: 'major_outage', responseMs: null },
      { at: '2026-03-01T00:03:00.000Z', status: 'operational', responseMs: 100 },
    ]);
    const [req] = server.requests;
    expect(req!.path).toBe('/api/v1/endpoints/core_frontend/statuses');
    expect(req!.query.get('page')).toBe('1');
    expect(req!.query.get('pageSize')).toBe('100');
  });

  it('follows pages while they are full', async () => {
    server = await startGatusFake(options({ results: minutes('2026-03-01T00:00:00Z', 250), maximumNumberOfResults: 1000 }));
    const obs = await pull(server);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    expect(obs.checks).toHaveLength(250);
    expect(obs.checks[0]!.at).toBe('2026-03-01T00:00:00.000Z');
  });

  it('stops paging once a page reaches back before the window', async () => {
    server = await startGatusFake(options({ results: minutes('2026-02-28T22:00:00Z', 250), maximumNumberOfResults: 1000 }));
    const obs = await pull(server);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(obs.checks).toHaveLength(130);
  });

  it('stops when Gatus keeps no more results than its maximum', async () => {
    server = await startGatusFake(options({ results: minutes('2026-03-01T00:00:00Z', 250) }));
    const obs = await pull(server);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(obs.checks).toHaveLength(100);
  });

  it('works without a token when the monitor names none', async () => {
    server = await startGatusFake(options({ token: undefined }));
    const obs = await createGatusSource(testHttp()).pull(monitor(server, {}), ctx({}));
    expect(obs.checks).toHaveLength(4);
  });

  it('reports an unknown endpoint key', async () => {
    server = await startGatusFake(options({ key: 'core_other' }));
    await expect(pull(server)).rejects.toThrow(/gatus: GET .*\/api\/v1\/endpoints\/core_frontend\/statuses answered HTTP 404.*endpoint not found/);
  });
});

describeSourceFaults({
  vendor: 'gatus',
  token: TOKEN,
  tokenEnv: 'GATUS_TOKEN',
  start: () => startGatusFake(options()),
  pull: (server, env, http) => pull(server, env, http),
  firstPath: '/api/v1/endpoints/core_frontend/statuses',
  invalidBody: { name: 'frontend', key: 'core_frontend', results: [{ success: 'yes' }] },
});
