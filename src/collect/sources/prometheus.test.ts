import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { chunkRange, createPrometheusSource, MAX_POINTS, selector } from './prometheus.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { makePromSeries, startPrometheusFake, unix } from '../../../test/fakes/prometheus.ts';
import type { PromFakeOptions } from '../../../test/fakes/prometheus.ts';

const TOKEN = 'prom-proxy-token-71b2';
const monitor = (server: FakeServer, overrides: { intervalSeconds?: number; tokenEnv?: string } = {}) => ({
  source: 'prometheus' as const,
  baseUrl: server.url,
  instance: 'https://www.acme.test',
  job: 'blackbox',
  intervalSeconds: 60,
  tokenEnv: 'PROM_TOKEN',
  ...overrides,
});
const ctx = (env: Record<string, string | undefined> = { PROM_TOKEN: TOKEN }, now = '2026-03-01T00:05:00Z'): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date(now),
  env,
  fetch,
});
const pull = (server: FakeServer, env?: Record<string, string | undefined>, http: HttpSettings = testHttp()) =>
  createPrometheusSource(http).pull(monitor(server), ctx(env));

const t = (mm: number) => unix(`2026-03-01T00:0${mm}:00Z`);
const series = (values: number[], name: 'probe_success' | 'probe_duration_seconds', labels: Record<string, string>) =>
  makePromSeries(name, values.map((v, i) => [t(i), v] as [number, number]), labels);

const options = (overrides: Partial<PromFakeOptions> = {}): PromFakeOptions => ({
  token: TOKEN,
  series: [
    series([1, 1, 0, 1, 1], 'probe_success', { probe: 'eu' }),
    series([0.1, 0.2, 0.05, 0.3, 0.4], 'probe_duration_seconds', { probe: 'eu' }),
    series([1, 1, 0, 0, 1], 'probe_success', { probe: 'us' }),
    series([0.2, 0.2, 0.1, 0.1, 0.2], 'probe_duration_seconds', { probe: 'us' }),
    series([0, 0, 0, 0, 0], 'probe_success', { instance: 'https://other.test' }),
    series([1, 1, 1, 1, 1], 'probe_success', { job: 'other-job' }),
  ],
  ...overrides,
});

describe('prometheus source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('maps probe_success and probe_duration_seconds at each step to checks', async () => {
    server = await startPrometheusFake(options());
    const obs = await pull(server);
    expect(obs.periods).toEqual([]);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T00:00:00.000Z', status: 'operational', responseMs: 150 },
      { at: '2026-03-01T00:01:00.000Z', status: 'operational', responseMs: 200 },
      { at: '2026-03-01T00:02:00.000Z', status: 'major_outage', responseMs: null },
      { at: '2026-03-01T00:03:00.000Z', status: 'partial_outage', responseMs: 300 },
      { at: '2026-03-01T00:04:00.000Z', status: 'operational', responseMs: 300 },
    ]);
    const [q] = server.requests;
    expect(q!.query.get('query')).toBe('probe_success{instance="https://www.acme.test",job="blackbox"}');
    expect(q!.query.get('start')).toBe(String(t(0)));
    expect(q!.query.get('end')).toBe(String(t(4)));
    expect(q!.query.get('step')).toBe('60');
    expect(q!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('gives no check where the series has gone stale', async () => {
    server = await startPrometheusFake(options());
    const obs = await createPrometheusSource(testHttp()).pull(monitor(server), ctx(undefined, '2026-03-01T00:20:00Z'));
    // Samples stop at 00:04; Prometheus keeps answering them for its 5-minute lookback, then nothing.
    expect(obs.checks.at(-1)!.at).toBe('2026-03-01T00:08:00.000Z');
  });

  it('chunks long ranges to at most 11,000 points per series', async () => {
    server = await startPrometheusFake(options());
    await createPrometheusSource(testHttp()).pull(monitor(server, { intervalSeconds: 1 }), ctx(undefined, '2026-03-01T12:00:00Z'));
    const ranges = server.requests.filter((_, i) => i % 2 === 0).map((r) => [Number(r.query.get('start')), Number(r.query.get('end'))]);
    expect(ranges).toEqual([
      [t(0), t(0) + 10_999],
      [t(0) + 11_000, t(0) + 21_999],
      [t(0) + 22_000, t(0) + 32_999],
      [t(0) + 33_000, t(0) + 43_199],
    ]);
  });

  it('works without a token when the monitor names none', async () => {
    server = await startPrometheusFake(options({ token: undefined }));
    const obs = await createPrometheusSource(testHttp()).pull(monitor(server, { tokenEnv: undefined }), ctx({}));
    expect(obs.checks).toHaveLength(5);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('passes Prometheus’ own error text on', async () => {
    server = await startPrometheusFake(options());
    server.fail({ kind: 'status', status: 422, body: { status: 'error', errorType: 'execution', error: 'query timed out' } });
    await expect(pull(server)).rejects.toThrow(/prometheus: GET .*\/api\/v1\/query_range answered HTTP 422.*query timed out/);
  });
});

describe('chunkRange', () => {
  it.each([
    ['aligned to the step, strictly before `to`', 0, 300_000, 60_000, [[0, 240_000]]],
    ['starting at the next multiple of the step', 1, 120_001, 60_000, [[60_000, 120_000]]],
    ['empty when no instant fits', 1, 59_999, 60_000, []],
  ] as const)('%s', (_, from, to, step, expected) => {
    expect(chunkRange(from, to, step)).toEqual(expected);
  });
  it('never exceeds the limit', () => {
    for (const [a, b] of chunkRange(0, 100_000_000, 1000)) expect((b - a) / 1000 + 1).toBeLessThanOrEqual(MAX_POINTS);
  });
});

describe('selector', () => {
  it('escapes label values', () => {
    expect(selector('https://x.test/"a"\\b', 'j')).toBe('{instance="https://x.test/\\"a\\"\\\\b",job="j"}');
    expect(selector('i')).toBe('{instance="i"}');
  });
});

describeSourceFaults({
  vendor: 'prometheus',
  token: TOKEN,
  tokenEnv: 'PROM_TOKEN',
  start: () => startPrometheusFake(options()),
  pull: (server, env, http) => pull(server, env, http),
  firstPath: '/api/v1/query_range',
  invalidBody: { status: 'success', data: { resultType: 'vector', result: [] } },
});
