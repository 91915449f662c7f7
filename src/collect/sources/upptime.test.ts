import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { createUpptimeSource, placeDowntime } from './upptime.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import {
  makeUpptimeHistory,
  makeUpptimeRepo,
  makeUpptimeSummaryEntry,
  startUpptimeFake,
  writeUpptimeCheckout,
} from '../../../test/fakes/upptime.ts';
import type { UpptimeHistory, UpptimeRepo } from '../../../test/fakes/upptime.ts';

const TOKEN = 'ghp_upptimeReadOnly0123456789';
const urlMonitor = (server: FakeServer, tokenEnv?: string) => ({
  source: 'upptime' as const,
  slug: 'acme-www',
  url: `${server.url}/acme/status/HEAD`,
  intervalSeconds: 300,
  ...(tokenEnv ? { tokenEnv } : {}),
});
const pathMonitor = (path: string) => ({ source: 'upptime' as const, slug: 'acme-www', path, intervalSeconds: 300 });
const ctx = (env: Record<string, string | undefined> = { UPPTIME_TOKEN: TOKEN }): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-10T12:00:00Z'),
  env,
  fetch,
});

const DAILY = {
  '2026-02-28': 30,
  '2026-03-01': 60,
  '2026-03-04': 90,
  '2026-03-05': 1440,
  '2026-03-06': 20,
  '2026-03-08': 15,
  '2026-03-09': 45, // yesterday: not settled, not used
};
const repo = (history: Partial<UpptimeHistory> = {}, daily: Record<string, number> = DAILY): UpptimeRepo =>
  makeUpptimeRepo(makeUpptimeHistory(history), [
    makeUpptimeSummaryEntry({ slug: 'other', dailyMinutesDown: { '2026-03-02': 600 } }),
    makeUpptimeSummaryEntry({ dailyMinutesDown: daily }),
  ]);

// From the UTC day before `since` (days settle late). 28 Feb's 30 minutes sit at its end, joined to 1 March's hour,
// which sits at the start of 1 March because 2 March had none.
const EXPECTED_PERIODS = [
  { from: '2026-02-28T00:00:00.000Z', to: '2026-02-28T23:30:00.000Z', status: 'operational' },
  { from: '2026-02-28T23:30:00.000Z', to: '2026-03-01T01:00:00.000Z', status: 'major_outage' },
  { from: '2026-03-01T01:00:00.000Z', to: '2026-03-04T22:30:00.000Z', status: 'operational' },
  { from: '2026-03-04T22:30:00.000Z', to: '2026-03-06T00:20:00.000Z', status: 'major_outage' },
  { from: '2026-03-06T00:20:00.000Z', to: '2026-03-08T23:45:00.000Z', status: 'operational' },
  { from: '2026-03-08T23:45:00.000Z', to: '2026-03-09T00:00:00.000Z', status: 'major_outage' },
];

describe('upptime source', () => {
  let server: FakeServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    server = undefined;
    dir = undefined;
  });

  it('turns settled days of dailyMinutesDown into periods and the current status into a check (URL)', async () => {
    server = await startUpptimeFake(repo());
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx());
    expect(obs.periods).toEqual(EXPECTED_PERIODS);
    expect(obs.checks).toEqual([{ at: '2026-03-10T12:00:00.000Z', status: 'operational', responseMs: 312 }]);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/acme/status/HEAD/history/acme-www.yml',
      '/acme/status/HEAD/history/summary.json',
    ]);
  });

  it('reads the same from a local checkout', async () => {
    dir = await writeUpptimeCheckout(repo());
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.periods).toEqual(EXPECTED_PERIODS);
    expect(obs.checks).toHaveLength(1);
  });

  it.each([
    ['down', 'major_outage', null],
    ['degraded', 'degraded_performance', 312],
  ] as const)('maps a %s status to %s', async (status, expected, responseMs) => {
    dir = await writeUpptimeCheckout(repo({ status }));
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.checks).toEqual([{ at: '2026-03-10T12:00:00.000Z', status: expected, responseMs }]);
  });

  it('reads a day that settled since the last pull, though it lies before since', async () => {
    dir = await writeUpptimeCheckout(repo());
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), {
      ...ctx(),
      since: new Date('2026-03-10T11:55:00Z'),
      now: new Date('2026-03-11T00:05:00Z'),
    });
    // 9 March (45 minutes down, 8 March had some too) is settled once 11 March has begun.
    expect(obs.periods).toEqual([
      { from: '2026-03-09T00:00:00.000Z', to: '2026-03-09T00:45:00.000Z', status: 'major_outage' },
      { from: '2026-03-09T00:45:00.000Z', to: '2026-03-10T00:00:00.000Z', status: 'operational' },
    ]);
  });

  it('reports nothing before startTime', async () => {
    dir = await writeUpptimeCheckout(repo({ startTime: '2026-03-05T06:00:00.000Z' }));
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.periods[0]).toEqual({ from: '2026-03-05T06:00:00.000Z', to: '2026-03-06T00:20:00.000Z', status: 'major_outage' });
  });

  it('reads history files whose lines start with "- ", as some Upptime versions wrote them', async () => {
    const r = repo();
    r.files['history/acme-www.yml'] = r.files['history/acme-www.yml']!.split('\n').map((l) => (l ? `- ${l}` : l)).join('\n');
    dir = await writeUpptimeCheckout(r);
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.checks[0]!.responseMs).toBe(312);
  });

  it('fails naming the file when the checkout lacks it', async () => {
    dir = await writeUpptimeCheckout({ files: { 'history/summary.json': '[]' } });
    await expect(createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx())).rejects.toThrow(
      `upptime: cannot read ${join(dir, 'history/acme-www.yml')} (ENOENT)`,
    );
  });

  it('fails when the site is missing from the summary', async () => {
    const r = repo();
    r.files['history/summary.json'] = JSON.stringify([makeUpptimeSummaryEntry({ slug: 'other' })]);
    dir = await writeUpptimeCheckout(r);
    await expect(createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx())).rejects.toThrow(
      /upptime: site "acme-www" is not in .*summary\.json/,
    );
  });

  it('sends the token for a private repository', async () => {
    server = await startUpptimeFake(repo(), TOKEN);
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server, 'UPPTIME_TOKEN'), ctx());
    expect(obs.periods).toEqual(EXPECTED_PERIODS);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('placeDowntime', () => {
  const H = 3_600_000;
  it.each([
    ['alone: at the end of the day', 60, false, false, [23 * H, 24 * H]],
    ['before a day with downtime: at the end', 60, false, true, [23 * H, 24 * H]],
    ['after a day with downtime: at the start', 60, true, false, [0, H]],
    ['between two: at the end, joining the next', 60, true, true, [23 * H, 24 * H]],
    ['more than a day: the whole day', 2000, false, false, [0, 24 * H]],
  ] as const)('%s', (_, minutes, prev, next, expected) => {
    expect(placeDowntime(minutes, prev, next)).toEqual(expected);
  });
});

describeSourceFaults({
  vendor: 'upptime',
  token: TOKEN,
  tokenEnv: 'UPPTIME_TOKEN',
  start: () => startUpptimeFake(repo(), TOKEN),
  pull: (server, env, http: HttpSettings) => createUpptimeSource(http).pull(urlMonitor(server, 'UPPTIME_TOKEN'), ctx(env)),
  firstPath: '/acme/status/HEAD/history/acme-www.yml',
  invalidBody: { status: 'sideways' },
  malformedMessage: 'not valid YAML',
});
