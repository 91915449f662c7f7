import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullContext } from '../source.ts';
import type { HttpSettings } from '../http.ts';
import { Timeline } from '../window.ts';
import { createUpptimeSource, dayTotalsOf, intervalsOf, MAX_SILENCE_MS, parseGitLog } from './upptime.ts';
import { describeSourceFaults, testHttp } from '../../../test/fakes/faults.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import {
  makeUpptimeHistory,
  makeUpptimeRepo,
  makeUpptimeSummaryEntry,
  shallowClone,
  startUpptimeFake,
  writeUpptimeCheckout,
  writeUpptimeGitRepo,
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
const ctx = (overrides: Partial<PullContext> = {}, env: Record<string, string | undefined> = { UPPTIME_TOKEN: TOKEN }): PullContext => ({
  since: new Date('2026-03-01T00:00:00Z'),
  now: new Date('2026-03-10T12:00:00Z'),
  env,
  fetch,
  ...overrides,
});

const DAILY = {
  '2026-02-28': 30,
  '2026-03-01': 60,
  '2026-03-04': 90,
  '2026-03-05': 1440,
  '2026-03-06': 20,
  '2026-03-08': 15, // after the yml's lastUpdated day (9 March): not settled as far as the data knows
  '2026-03-09': 45,
};
const repo = (history: Partial<UpptimeHistory> = {}, daily: Record<string, number> = DAILY): UpptimeRepo =>
  makeUpptimeRepo(makeUpptimeHistory(history), [
    makeUpptimeSummaryEntry({ slug: 'other', dailyMinutesDown: { '2026-03-02': 600 } }),
    makeUpptimeSummaryEntry({ dailyMinutesDown: daily }),
  ]);

// lastUpdated is 2026-03-09T08:15Z: days before 9 March are settled; the UTC day before `since` is read again.
const EXPECTED_TOTALS = [
  { date: '2026-02-28', downMinutes: 30 },
  { date: '2026-03-01', downMinutes: 60 },
  { date: '2026-03-02', downMinutes: 0 },
  { date: '2026-03-03', downMinutes: 0 },
  { date: '2026-03-04', downMinutes: 90 },
  { date: '2026-03-05', downMinutes: 1440 },
  { date: '2026-03-06', downMinutes: 20 },
  { date: '2026-03-07', downMinutes: 0 },
  { date: '2026-03-08', downMinutes: 15 },
];

describe('upptime source: the files alone (a URL, or a folder that is not a git checkout)', () => {
  let server: FakeServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    server = undefined;
    dir = undefined;
  });

  it('gives settled days as day totals (never minutes) and the latest check dated at lastUpdated (URL)', async () => {
    server = await startUpptimeFake(repo());
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx());
    expect(obs.periods).toEqual([]);
    expect(obs.dayTotals).toEqual(EXPECTED_TOTALS);
    expect(obs.checks).toEqual([{ at: '2026-03-09T08:15:00.000Z', status: 'operational', responseMs: 312 }]);
    expect(obs.newestReportedAt).toBe('2026-03-09T08:15:00.000Z');
    expect(server.requests.map((r) => r.path)).toEqual(['/acme/status/HEAD/history/acme-www.yml', '/acme/status/HEAD/history/summary.json']);
  });

  it('reads the same from a local folder', async () => {
    dir = await writeUpptimeCheckout(repo());
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.dayTotals).toEqual(EXPECTED_TOTALS);
    expect(obs.checks).toHaveLength(1);
  });

  it('reports nothing after the data’s own last update: a repository that stopped is no_data, not 100% up', async () => {
    // Upptime last ran on 20 January; the pull runs on 10 March.
    server = await startUpptimeFake(repo({ lastUpdated: '2026-01-20T06:00:00.000Z' }, { '2026-01-10': 12 }));
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx({ firstPull: true }));
    const dates = obs.dayTotals!.map((d) => d.date);
    expect(dates[0]).toBe('2026-01-01'); // startTime is midnight: its day is monitored whole
    expect(dates[dates.length - 1]).toBe('2026-01-19');
    expect(obs.dayTotals!.find((d) => d.date === '2026-01-10')).toEqual({ date: '2026-01-10', downMinutes: 12 });
    expect(obs.checks).toEqual([{ at: '2026-01-20T06:00:00.000Z', status: 'operational', responseMs: 312 }]);
    expect(obs.newestReportedAt).toBe('2026-01-20T06:00:00.000Z');

    // A later pull finds nothing new, and says so instead of answering with nothing.
    await expect(createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx({ since: new Date('2026-03-09T00:00:00Z') }))).rejects.toThrow(
      /upptime: GET .*acme-www\.yml was last updated 2026-01-20T06:00:00\.000Z, 49 days ago: Upptime has not run since/,
    );
  });

  it('imports everything the summary holds on a first pull (up to its 365 days), not only the default lookback', async () => {
    server = await startUpptimeFake(repo({ startTime: '2024-06-01T00:00:00.000Z' }, { '2025-04-01': 7 }));
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx({ firstPull: true }));
    expect(obs.dayTotals).toHaveLength(364); // the 365th is the day of lastUpdated, not settled
    expect(obs.dayTotals![0]!.date).toBe('2025-03-10');
    expect(obs.dayTotals!.find((d) => d.date === '2025-04-01')!.downMinutes).toBe(7);
  });

  it('goes back as far as `since` asks (npm run pull -- --since)', async () => {
    server = await startUpptimeFake(repo());
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server), ctx({ since: new Date('2026-01-15T00:00:00Z') }));
    expect(obs.dayTotals![0]!.date).toBe('2026-01-14');
  });

  it.each([
    ['down', 'major_outage', null],
    // Upptime counts degraded as downtime (its summary cannot tell them apart), at every age: so does Upkeep.
    ['degraded', 'major_outage', 312],
  ] as const)('maps a %s status to %s', async (status, expected, responseMs) => {
    dir = await writeUpptimeCheckout(repo({ status }));
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.checks).toEqual([{ at: '2026-03-09T08:15:00.000Z', status: expected, responseMs }]);
  });

  it('reads history files whose lines start with "- ", as some Upptime versions wrote them', async () => {
    const r = repo();
    r.files['history/acme-www.yml'] = r.files['history/acme-www.yml']!.split('\n').map((l) => (l ? `- ${l}` : l)).join('\n');
    dir = await writeUpptimeCheckout(r);
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.checks[0]!.responseMs).toBe(312);
  });

  it('fails naming the file when the folder lacks it', async () => {
    dir = await writeUpptimeCheckout({ files: { 'history/summary.json': '[]' } });
    await expect(createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx())).rejects.toThrow(
      `upptime: cannot read ${join(dir, 'history/acme-www.yml')} (ENOENT)`,
    );
  });

  it('fails when the site is missing from the summary', async () => {
    const r = repo();
    r.files['history/summary.json'] = JSON.stringify([makeUpptimeSummaryEntry({ slug: 'other' })]);
    dir = await writeUpptimeCheckout(r);
    await expect(createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx())).rejects.toThrow(/upptime: site "acme-www" is not in .*summary\.json/);
  });

  it('gives up on a stalled read (a hung mount) within its timeout, naming the file, instead of holding the lock', async () => {
    dir = await writeUpptimeCheckout(repo());
    const source = createUpptimeSource({ ...testHttp(), fsTimeoutMs: 50, readFile: () => new Promise(() => {}) });
    const started = Date.now();
    await expect(source.pull(pathMonitor(dir), ctx())).rejects.toThrow(`upptime: reading ${join(dir, 'history/acme-www.yml')} took longer than 50 ms (a stalled mount?); gave up`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a file over the size limit, naming it and its size', async () => {
    const r = repo();
    r.files['history/summary.json'] = `[${' '.repeat(2 * 1024 * 1024)}]`;
    dir = await writeUpptimeCheckout(r);
    await expect(createUpptimeSource({ ...testHttp(), maxBytes: 1024 * 1024 }).pull(pathMonitor(dir), ctx())).rejects.toThrow(
      /upptime: .*summary\.json is 2\.0 MiB, over the limit of 1\.0 MiB; not read/,
    );
  });

  it('sends the token for a private repository', async () => {
    server = await startUpptimeFake(repo(), TOKEN);
    const obs = await createUpptimeSource(testHttp()).pull(urlMonitor(server, 'UPPTIME_TOKEN'), ctx());
    expect(obs.dayTotals).toEqual(EXPECTED_TOTALS);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

/** Versions of the yml as Upptime commits them: a status change each, lastUpdated = when the check ran. */
const version = (lastUpdated: string, status: UpptimeHistory['status'], responseTime = 300) =>
  makeUpptimeHistory({ lastUpdated, status, responseTime, code: status === 'down' ? 0 : 200, startTime: '2026-03-01T06:00:00.000Z' });
const VERSIONS = [
  version('2026-03-01T06:00:00.000Z', 'up', 210),
  version('2026-03-01T23:00:00.000Z', 'up', 220), // the daily response-time commit
  version('2026-03-02T22:07:55.000Z', 'down'),
  version('2026-03-03T01:12:10.000Z', 'up', 250),
  version('2026-03-03T23:00:00.000Z', 'up', 240), // the daily response-time commit
  version('2026-03-04T10:00:00.000Z', 'degraded', 7000),
  version('2026-03-04T10:25:00.000Z', 'up', 230),
];

describe('upptime source: exact intervals from a git checkout (real git)', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const git = async (versions = VERSIONS, daily: Record<string, number> = {}) => {
    const d = await writeUpptimeGitRepo(versions, [makeUpptimeSummaryEntry({ dailyMinutesDown: daily })]);
    dirs.push(d);
    return d;
  };
  const NOW = new Date('2026-03-04T12:00:00Z');

  it('reads every status change from the history of history/<slug>.yml: the outage across midnight stays one interval', async () => {
    const dir = await git(VERSIONS, { '2026-03-02': 1000 }); // the summary's invented day is not used
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx({ now: NOW, firstPull: true }));
    expect(obs.periods).toEqual([
      { from: '2026-03-01T06:00:00.000Z', to: '2026-03-02T22:07:55.000Z', status: 'operational' },
      { from: '2026-03-02T22:07:55.000Z', to: '2026-03-03T01:12:10.000Z', status: 'major_outage' },
      { from: '2026-03-03T01:12:10.000Z', to: '2026-03-04T10:00:00.000Z', status: 'operational' },
      { from: '2026-03-04T10:00:00.000Z', to: '2026-03-04T10:25:00.000Z', status: 'major_outage' },
    ]);
    expect(obs.checks.map((c) => [c.at, c.status, c.responseMs])).toEqual([
      ['2026-03-01T06:00:00.000Z', 'operational', 210],
      ['2026-03-01T23:00:00.000Z', 'operational', 220],
      ['2026-03-02T22:07:55.000Z', 'major_outage', null],
      ['2026-03-03T01:12:10.000Z', 'operational', 250],
      ['2026-03-03T23:00:00.000Z', 'operational', 240],
      ['2026-03-04T10:00:00.000Z', 'major_outage', 7000],
      ['2026-03-04T10:25:00.000Z', 'operational', 230],
    ]);
    expect(obs.dayTotals).toBeUndefined();
    expect(obs.newestReportedAt).toBe('2026-03-04T10:25:00.000Z');
  });

  it('a later pull reads from an hour before since', async () => {
    const dir = await git();
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx({ now: NOW, since: new Date('2026-03-04T10:00:00Z') }));
    expect(obs.periods).toEqual([
      { from: '2026-03-04T09:00:00.000Z', to: '2026-03-04T10:00:00.000Z', status: 'operational' },
      { from: '2026-03-04T10:00:00.000Z', to: '2026-03-04T10:25:00.000Z', status: 'major_outage' },
    ]);
    expect(obs.checks.map((c) => c.at)).toEqual(['2026-03-04T10:00:00.000Z', '2026-03-04T10:25:00.000Z']);
  });

  it(`holds a status for at most ${MAX_SILENCE_MS / 3_600_000} hours without a commit: Upptime's silence is no_data`, async () => {
    const dir = await git([version('2026-03-01T06:00:00.000Z', 'up'), version('2026-03-04T06:00:00.000Z', 'down')]);
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx({ now: NOW, firstPull: true }));
    expect(obs.periods).toEqual([{ from: '2026-03-01T06:00:00.000Z', to: '2026-03-02T12:00:00.000Z', status: 'operational' }]);
  });

  it('uses the summary only for days before a shallow clone’s oldest commit, at day resolution', async () => {
    const full = await git(VERSIONS, { '2026-03-02': 185 });
    const dir = await shallowClone(full, 4); // the summary commit and the last three versions
    dirs.push(dir);
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx({ now: NOW, firstPull: true }));
    expect(obs.dayTotals).toEqual([{ date: '2026-03-02', downMinutes: 185 }]);
    expect(obs.periods[0]).toEqual({ from: '2026-03-03T23:00:00.000Z', to: '2026-03-04T10:00:00.000Z', status: 'operational' });
  });

  it('ends monitoring where the file was deleted', async () => {
    expect(
      parseGitLog(
        '\x1eaaa\x1f2026-03-05T00:00:00Z\n\ndiff --git a/h b/h\ndeleted file mode 100644\n--- a/h\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-status: up\n-lastUpdated: x\n' +
          '\x1ebbb\x1f2026-03-01T00:00:00Z\n\ndiff --git a/h b/h\nnew file mode 100644\n--- /dev/null\n+++ b/h\n@@ -0,0 +1,2 @@\n+status: up\n+lastUpdated: 2026-03-01T00:00:00.000Z\n',
      ),
    ).toEqual([
      { at: Date.parse('2026-03-01T00:00:00Z'), text: 'status: up\nlastUpdated: 2026-03-01T00:00:00.000Z' },
      { at: Date.parse('2026-03-05T00:00:00Z'), text: undefined },
    ]);
    const t = new Timeline({ from: 0, to: Date.parse('2026-03-06T00:00:00Z') });
    intervalsOf([{ at: Date.parse('2026-03-04T12:00:00Z'), status: 'down' }], t, Date.parse('2026-03-05T00:00:00Z'));
    expect(t.periods()).toEqual([{ from: '2026-03-04T12:00:00.000Z', to: '2026-03-05T00:00:00.000Z', status: 'major_outage' }]);
  });

  it('falls back to the files in a folder that git does not track', async () => {
    const dir = await writeUpptimeCheckout(repo());
    dirs.push(dir);
    const obs = await createUpptimeSource(testHttp()).pull(pathMonitor(dir), ctx());
    expect(obs.dayTotals).toEqual(EXPECTED_TOTALS);
  });

  it.each([
    ['git refuses the checkout', 'fatal: detected dubious ownership in repository at /srv/status', /upptime: cannot read the git history of .*: fatal: detected dubious ownership/],
    ['git is too slow', 'it took longer than 10000 ms', /upptime: cannot read the git history of .*: it took longer than 10000 ms/],
  ])('fails, naming the folder, when %s', async (_, message, expected) => {
    const dir = await git();
    const source = createUpptimeSource({ ...testHttp(), git: async () => Promise.reject(new Error(message)) });
    await expect(source.pull(pathMonitor(dir), ctx({ now: NOW }))).rejects.toThrow(expected);
  });

  it('runs the real git with a timeout that kills it', async () => {
    const { realGit } = await import('./upptime.ts');
    const dir = await git();
    await writeFile(join(dir, 'slow.sh'), '#!/bin/sh\nsleep 5\n', { mode: 0o755 });
    await expect(realGit(['-c', `alias.slow=!${join(dir, 'slow.sh')}`, 'slow'], { cwd: dir, timeoutMs: 100, maxBytes: 1024 })).rejects.toThrow('it took longer than 100 ms');
  });
});

describe('dayTotalsOf', () => {
  it('gives every day in the range, 0 where the summary lists none, capped at a whole day', () => {
    expect(dayTotalsOf({ '2026-03-02': 5, '2026-03-03': 2000 }, Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-03-04T00:00:00Z'))).toEqual([
      { date: '2026-03-01', downMinutes: 0 },
      { date: '2026-03-02', downMinutes: 5 },
      { date: '2026-03-03', downMinutes: 1440 },
    ]);
  });
});

describeSourceFaults({
  vendor: 'upptime',
  token: TOKEN,
  tokenEnv: 'UPPTIME_TOKEN',
  start: () => startUpptimeFake(repo(), TOKEN),
  pull: (server, env, http: HttpSettings) => createUpptimeSource(http).pull(urlMonitor(server, 'UPPTIME_TOKEN'), ctx({}, env)),
  firstPath: '/acme/status/HEAD/history/acme-www.yml',
  invalidBody: { status: 'sideways' },
  malformedMessage: 'not valid YAML',
});
