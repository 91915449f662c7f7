import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createUptimeKumaSource } from './uptimekuma.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { kumaTime, makeKumaBeat, makeKumaMonitor, startUptimeKumaFake } from '../../../test/fakes/uptimekuma.ts';
import type { KumaBeat, KumaFakeOptions } from '../../../test/fakes/uptimekuma.ts';

const monitor = (server: FakeServer, monitorId = 12) =>
  ({
    source: 'uptimekuma',
    baseUrl: server.url,
    statusPage: 'acme',
    monitorId,
    intervalSeconds: 60,
  }) as const;
const ctx = (): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-01T12:00:00Z'),
  env: {},
  fetch,
});
const pull = (server: FakeServer, http: HttpSettings = testHttp(), monitorId?: number) =>
  createUptimeKumaSource(http).pull(monitor(server, monitorId), ctx());

const at = (hhmm: string, overrides: Partial<KumaBeat> = {}) =>
  makeKumaBeat({ time: kumaTime(`2026-03-01T${hhmm}:00Z`), ...overrides });

const options = (overrides: Partial<KumaFakeOptions> = {}): KumaFakeOptions => ({
  slug: 'acme',
  monitors: [makeKumaMonitor({ id: 12 }), makeKumaMonitor({ id: 13, name: 'Acme shop' })],
  beats: {
    12: [
      makeKumaBeat({ time: kumaTime('2026-02-28T23:55:00Z') }),
      at('00:00', { ping: 87 }),
      at('00:01', { status: 2, ping: 2000, msg: 'timeout, retrying' }),
      at('00:02', { status: 0, ping: null, msg: 'ECONNREFUSED' }),
      at('00:03', { ping: 90 }),
      at('00:04', { status: 3, ping: null, msg: 'Maintenance' }),
      at('00:05', { status: 3, ping: null, msg: 'Maintenance' }),
      at('00:06', { ping: 91 }),
      at('11:59', { status: 3, ping: null, msg: 'Maintenance' }),
    ],
    13: [at('00:00', { status: 0 })],
  },
  ...overrides,
});

describe('uptimekuma source', () => {
  let server: FakeServer;
  afterEach(() => server?.close());

  it('maps beats to checks and maintenance runs to no_data periods', async () => {
    server = await startUptimeKumaFake(options());
    const obs = await pull(server);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T00:00:00.000Z', status: 'operational', responseMs: 87 },
      { at: '2026-03-01T00:01:00.000Z', status: 'degraded_performance', responseMs: 2000 },
      { at: '2026-03-01T00:02:00.000Z', status: 'major_outage', responseMs: null },
      { at: '2026-03-01T00:03:00.000Z', status: 'operational', responseMs: 90 },
      { at: '2026-03-01T00:06:00.000Z', status: 'operational', responseMs: 91 },
    ]);
    expect(obs.periods).toEqual([
      { from: '2026-03-01T00:04:00.000Z', to: '2026-03-01T00:06:00.000Z', status: 'no_data' },
      { from: '2026-03-01T11:59:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'no_data' },
    ]);
    expect(server.requests.map((r) => r.path)).toEqual(['/api/status-page/acme', '/api/status-page/heartbeat/acme']);
  });

  it('clips a maintenance run that began before the window', async () => {
    server = await startUptimeKumaFake(
      options({ beats: { 12: [makeKumaBeat({ status: 3, time: kumaTime('2026-02-28T23:50:00Z') }), at('00:10')] } }),
    );
    const obs = await pull(server);
    expect(obs.periods).toEqual([{ from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T00:10:00.000Z', status: 'no_data' }]);
    expect(obs.checks).toHaveLength(1);
  });

  it('reads Kuma 2.x day buckets (ISO times, empty buckets as 0)', async () => {
    server = await startUptimeKumaFake(
      options({
        beats: {
          12: [
            0,
            { status: 1, time: '2026-03-01T01:00:00.000Z', msg: '', ping: null },
            0,
            { status: 0, time: '2026-03-01T03:00:00.000Z', msg: '', ping: null },
          ],
        },
      }),
    );
    const obs = await pull(server);
    expect(obs.checks).toEqual([
      { at: '2026-03-01T01:00:00.000Z', status: 'operational', responseMs: null },
      { at: '2026-03-01T03:00:00.000Z', status: 'major_outage', responseMs: null },
    ]);
  });

  it('fails, naming the page, when the monitor is not on the status page', async () => {
    server = await startUptimeKumaFake(options());
    await expect(pull(server, testHttp(), 99)).rejects.toThrow('uptimekuma: monitor 99 is not on status page "acme"');
  });

  it('reports an unknown status page as a 404', async () => {
    server = await startUptimeKumaFake(options({ slug: 'other' }));
    await expect(pull(server)).rejects.toThrow(/uptimekuma: GET http:\/\/127\.0\.0\.1:\d+\/api\/status-page\/acme answered HTTP 404/);
  });
});

describeSourceFaults({
  vendor: 'uptimekuma',
  start: () => startUptimeKumaFake(options()),
  pull: (server, _env, http) => pull(server, http),
  firstPath: '/api/status-page/acme',
  invalidBody: { publicGroupList: [{ name: 'x', monitorList: [{ id: '12' }] }] },
});
