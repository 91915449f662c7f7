import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientYaml, makeContent, snapshotFiles } from '../../test/helpers/content.ts';
import { fakeSource } from '../../test/helpers/fake-source.ts';
import { makeCheck, makeHistoryV1, makePeriod, readComponentOnDisk, serializeHistoryV1 } from '../../test/helpers/history.ts';
import { startHttpServer, type LocalServer } from '../../test/helpers/servers.ts';
import type { MonitorSource } from '../schemas/monitor.ts';
import { inShard, parseShard, pull, PullSetupError, vendorKey, type PullOptions } from './pull.ts';
import { loadSource } from './registry.ts';
import type { Source } from './source.ts';
import { acquirePullLock, dayFolder, historyPath, openComponent, PullLockedError, updateComponent, type RenameFn } from './store/index.ts';
import { monitorTimeline } from '../lib/timeline/monitor-timeline.ts';
import { monitorSchema } from '../schemas/monitor.ts';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const TOKEN = 'tok_5up3r-s3cret/value+42';
const MIN = 60_000;
const at = (hhmm: string) => Date.parse(`2026-03-01T${hhmm}:00.000Z`);

let vendor: LocalServer;
let site: LocalServer;
let closedUrl: string;
/** Requests the vendor is holding, to be answered by the test (for "two pulls at once"). */
const held: Array<() => void> = [];

beforeAll(async () => {
  vendor = await startHttpServer((req, res) => {
    const key = req.url!.split('/').at(-1);
    const auth = req.headers.authorization ?? '';
    switch (key) {
      case 'ok':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ results: [{ at: '2026-03-01T11:55:00Z', up: true, ms: 120 }, { at: '2026-03-01T12:00:00Z', up: false, ms: null }] }));
        return;
      case '500':
        res.writeHead(500).end(`internal error while handling request with header "${auth}"`);
        return;
      case '401':
        res.writeHead(401).end(`invalid token ${encodeURIComponent(auth.replace('Bearer ', ''))}`);
        return;
      case '429':
        res.writeHead(429, { 'retry-after': '120' }).end('slow down');
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"results": [{"at": "2026-03-01T11:55:00Z", "up": tr');
        return;
      case 'hold':
        held.push(() => res.writeHead(200).end(JSON.stringify({ results: [] })));
        return;
      case 'hang':
        return;
    }
    res.writeHead(404).end();
  });
  site = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'x-content-type-options': 'nosniff' }).end('Welcome');
  });
  const closed = await startHttpServer(() => {});
  closedUrl = closed.url;
  await closed.close();
});
afterAll(async () => {
  await vendor.close();
  await site.close();
});

const vendorMonitor = (key: string, baseUrl = vendor.url) => ({ source: 'gatus', baseUrl, key, tokenEnv: 'FAKE_TOKEN', intervalSeconds: 300 });
const probeMonitor = () => ({ source: 'probe', url: `${site.url}/`, keyword: 'Welcome' });

/** Pull options with the fake vendor source in place of gatus and a fixed response time for the probe. */
async function options(contentRoot: string, overrides: Partial<PullOptions> = {}): Promise<PullOptions & { lines: string[] }> {
  const lines: string[] = [];
  const { createProbe } = await import('./sources/probe.ts');
  const probe = createProbe({ monotonic: () => 0 });
  return {
    contentRoot,
    now: NOW,
    env: { FAKE_TOKEN: TOKEN },
    fetch,
    cwd: contentRoot,
    log: (line) => lines.push(line),
    loadSource: async (kind: MonitorSource): Promise<Source> => (kind === 'gatus' ? fakeSource() : kind === 'probe' ? (probe as Source) : loadSource(kind)),
    lines,
    ...overrides,
  };
}

/** History on file before the pull: 5-minute checks from 11:00 to 11:30, as a pull at 11:30 left it. */
const SEED_CHECKS = ['11:00', '11:05', '11:10', '11:15', '11:20', '11:25', '11:30'].map((t) => makeCheck({ at: at(t), responseMs: 95 }));
async function seed(root: string, client: string, component: string): Promise<string> {
  const historyRoot = join(root, 'history');
  const file = historyPath(historyRoot, client, component);
  const opened = await openComponent({ file, folder: dayFolder(historyRoot, client, component), label: file });
  await updateComponent(opened, { observations: { checks: SEED_CHECKS, periods: [] } }, { now: new Date(at('11:30')), intervalSeconds: 300, retentionDays: 35 });
  return file;
}
const onDisk = (root: string, client: string, component: string) => readComponentOnDisk(join(root, 'history'), client, component);

describe('pull: the probe fills history, and a second pull changes no byte', () => {
  it('end to end in process', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }, { id: 'brand', monitor: undefined }]) });
    const o = await options(root);
    const first = await pull(o);
    expect(first.failures).toEqual([]);
    expect(first.changed).toEqual([join('history', 'acme', 'www.json')]);
    expect(first.written).toEqual([join('history', 'acme', 'www', '2026-03-01.jsonl'), join('history', 'acme', 'www.json')]);
    const text = readFileSync(join(root, 'history', 'acme', 'www.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      version: 2,
      intervalSeconds: 300,
      lastCheckAt: NOW.toISOString(),
      timeline: [{ from: NOW.toISOString(), to: new Date(NOW.getTime() + 10 * MIN).toISOString(), status: 'operational' }],
      days: [{ date: '2026-03-01', checks: 1, meanResponseMs: 0, p95ResponseMs: 0 }],
      audit: { headers: { 'x-content-type-options': { present: true, ok: true, value: 'nosniff' } } },
    });
    expect(onDisk(root, 'acme', 'www').checks).toEqual([{ at: NOW.toISOString(), status: 'operational', responseMs: 0 }]);
    const files = snapshotFiles(join(root, 'history'));
    const second = await pull(await options(root));
    expect(second.changed).toEqual([]);
    expect(second.written).toEqual([]);
    expect(snapshotFiles(join(root, 'history'))).toEqual(files);
    expect(o.lines).toEqual([
      'acme: 1 monitored component: 1 updated, 0 unchanged, 0 failed',
      'Pull at 2026-03-01T12:00:00.000Z: 1 client, 1 monitored components: 1 updated, 0 unchanged, 0 failed.',
    ]);
  });

  it('merges a vendor source’s checks, reading from the last observation', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    await seed(root, 'acme', 'api');
    let since: Date | undefined;
    const spy: Source = { kind: 'gatus', pull: (m, ctx) => ((since = ctx.since), fakeSource().pull(m, ctx)) };
    const report = await pull(await options(root, { loadSource: async () => spy }));
    expect(report.failures).toEqual([]);
    expect(since).toEqual(new Date(at('11:30')));
    const h = onDisk(root, 'acme', 'api');
    expect(h.checks.slice(-2)).toEqual([
      { at: '2026-03-01T11:55:00.000Z', status: 'operational', responseMs: 120 },
      { at: '2026-03-01T12:00:00.000Z', status: 'major_outage', responseMs: null },
    ]);
    expect(h.history.timeline).toEqual(monitorTimeline({ periods: [], checks: h.checks, intervalSeconds: 300 }));
  });

  it('migrates a version 1 file: its checks move into day files, every instant reads the same', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    mkdirSync(join(root, 'history', 'acme'), { recursive: true });
    const v1 = makeHistoryV1({ checks: SEED_CHECKS, periods: [makePeriod(at('11:12'), at('11:14'), 'partial_outage')] });
    writeFileSync(join(root, 'history', 'acme', 'api.json'), serializeHistoryV1(v1));
    const report = await pull(await options(root, { loadSource: async () => ({ kind: 'gatus', pull: async () => ({ checks: [], periods: [] }) }) }));
    expect(report.written).toEqual([join('history', 'acme', 'api', '2026-03-01.jsonl'), join('history', 'acme', 'api.json')]);
    const h = onDisk(root, 'acme', 'api');
    expect(h.checks).toEqual(SEED_CHECKS);
    expect(h.history.timeline).toEqual(monitorTimeline(v1));
  });
});

describe.each([
  ['source down (connection refused)', () => vendorMonitor('ok', closedUrl), /gatus: cannot connect/],
  ['timeout', () => vendorMonitor('hang'), /gatus: timed out/],
  ['500', () => vendorMonitor('500'), /gatus: HTTP 500/],
  ['429', () => vendorMonitor('429'), /gatus: rate limited \(429\), Retry-After 120/],
  ['malformed JSON', () => vendorMonitor('malformed'), /gatus: malformed JSON/],
])('fault: %s', (_, monitor, reason) => {
  it('keeps every check on file, records the gap as no_data, and reports it clearly', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: monitor() }]) });
    const path = await seed(root, 'acme', 'api');
    const days = snapshotFiles(join(root, 'history', 'acme', 'api'));
    const o = await options(root);
    const report = await pull(o);

    expect(report.failures).toEqual([{ client: 'acme', component: 'api', source: 'gatus', reason: expect.stringMatching(reason) }]);
    expect(report.written).toEqual([join('history', 'acme', 'api.json')]);
    const after = onDisk(root, 'acme', 'api');
    expect(after.checks).toEqual(SEED_CHECKS);
    expect(snapshotFiles(join(root, 'history', 'acme', 'api'))).toEqual(days);
    // The last check (11:30) stands 10 minutes; from then to now nothing is known: no_data, never up or down.
    expect(after.history.periods).toEqual([makePeriod(at('11:40'), NOW.getTime(), 'no_data')]);
    expect(after.history.timeline).toEqual([makePeriod(at('11:00'), at('11:40'), 'operational')]);
    expect(o.lines).toContainEqual(expect.stringMatching(/^ {2}✗ acme\/api \(gatus\): .*\[gap recorded as no_data\]$/));
    expect(o.lines.at(-1)).toMatch(/^ {2}acme\/api \(gatus\): (?!gatus: )\S/);
    // Failing again later only extends the same gap.
    await pull(await options(root, { now: new Date(NOW.getTime() + 30 * MIN) }));
    expect(JSON.parse(readFileSync(path, 'utf8')).periods).toEqual([makePeriod(at('11:40'), NOW.getTime() + 30 * MIN, 'no_data')]);
  });
});

describe('fault: a crash between the write and the rename', () => {
  it('leaves the last good files and says so', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }]) });
    await seed(root, 'acme', 'www');
    const before = snapshotFiles(join(root, 'history'));
    const crash = async () => {
      throw new Error('simulated crash');
    };
    const report = await pull(await options(root, { rename: crash }));
    expect(snapshotFiles(join(root, 'history'))).toEqual({ ...before, [`acme/www/2026-03-01.jsonl.${process.pid}.tmp`]: expect.any(String) });
    expect(report.failures).toEqual([
      { client: 'acme', component: 'www', source: 'probe', reason: 'could not write history, previous file kept: simulated crash' },
    ]);
    // The next pull cleans the temporary file up and writes normally.
    const next = await pull(await options(root));
    expect(next.failures).toEqual([]);
    expect(Object.keys(snapshotFiles(join(root, 'history')))).toEqual(['acme/www/2026-03-01.jsonl', 'acme/www.json']);
  });

  it('a crash after the day file, before the component file: the next pull ends with the files of an uninterrupted run', async () => {
    const monitors = [{ id: 'www', monitor: probeMonitor() }, { id: 'api', monitor: vendorMonitor('ok') }];
    const crashed = makeContent({ acme: clientYaml(monitors) });
    const clean = makeContent({ acme: clientYaml(monitors) });
    for (const root of [crashed, clean]) for (const id of ['www', 'api']) await seed(root, 'acme', id);
    const { rename } = await import('node:fs/promises');
    const crashOnComponentFiles: RenameFn = async (from, to) => {
      if (to.endsWith('.json')) throw new Error('simulated crash');
      await rename(from, to);
    };
    expect((await pull(await options(crashed, { rename: crashOnComponentFiles }))).failures).toHaveLength(2);
    expect((await pull(await options(clean))).failures).toEqual([]);
    // The day files are ahead of the component files now; the next pull takes them in.
    expect(snapshotFiles(join(crashed, 'history', 'acme', 'www'))).toEqual(snapshotFiles(join(clean, 'history', 'acme', 'www')));
    const later = new Date(NOW.getTime() + 5 * MIN);
    for (const root of [crashed, clean]) expect((await pull(await options(root, { now: later }))).failures).toEqual([]);
    expect(snapshotFiles(join(crashed, 'history'))).toEqual(snapshotFiles(join(clean, 'history')));
  });
});

describe('fault: two pulls at once', () => {
  it('turns the second away while the first runs, and the first completes', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('hold') }]) });
    const first = pull(await options(root));
    // Wait until the first pull is inside its source (holding the lock), without timing: poll the held requests.
    while (held.length === 0) await new Promise((r) => setImmediate(r));
    await expect(pull(await options(root))).rejects.toThrow(PullLockedError);
    await expect(pull(await options(root))).rejects.toThrow(/another pull is running/);
    held.shift()!();
    expect((await first).failures).toEqual([]);
    // The lock was released.
    await (await acquirePullLock(join(root, 'history'))).release();
  });

  it('refuses to start while a lock is held elsewhere', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }]) });
    const lock = await acquirePullLock(join(root, 'history'));
    await expect(pull(await options(root))).rejects.toThrow(PullLockedError);
    await lock.release();
  });
});

describe('fault: a token must not leak', () => {
  it.each(['500', '401'])('vendor echoes the token in a %s body: not in the report, the log or any file', async (key) => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor(key) }]) });
    await seed(root, 'acme', 'api');
    const o = await options(root);
    const report = await pull(o);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.reason).toContain('[redacted]');
    const everything = [JSON.stringify(report), ...o.lines, ...Object.values(snapshotFiles(root))].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(encodeURIComponent(TOKEN));
  });

  it('refuses to write history that would contain a token', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    const sneaky: Source = {
      kind: 'gatus',
      pull: async (_m, ctx) => ({ checks: [], periods: [], audit: { at: ctx.now.toISOString(), tlsExpiresAt: null, tlsDaysLeft: null, headers: { [TOKEN]: true } } }),
    };
    const report = await pull(await options(root, { loadSource: async () => sneaky }));
    expect(report.failures[0]!.reason).toMatch(/refused to write history that would contain a secret/);
    expect(existsSync(join(root, 'history', 'acme', 'api.json'))).toBe(false);
  });
});

describe('pull: other failures stay local', () => {
  it('a source returning data that does not fit the format is a failure, with the gap recorded', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    await seed(root, 'acme', 'api');
    const bad: Source = { kind: 'gatus', pull: async () => ({ checks: [{ at: 'yesterday', status: 'up', responseMs: 1 }], periods: [] }) as never };
    const report = await pull(await options(root, { loadSource: async () => bad }));
    expect(report.failures[0]!.reason).toMatch(/does not fit the history format \(checks\.0\.at/);
    expect(onDisk(root, 'acme', 'api').checks).toEqual(SEED_CHECKS);
    expect(onDisk(root, 'acme', 'api').history.periods).toEqual([makePeriod(at('11:40'), NOW.getTime(), 'no_data')]);
  });

  it('an unreadable history file is left untouched; other components and clients go on', async () => {
    const root = makeContent({
      acme: clientYaml([{ id: 'www', monitor: probeMonitor() }, { id: 'shop', monitor: probeMonitor() }]),
      broken: 'name: [unclosed',
      invalid: clientYaml([{ id: 'www', monitor: { source: 'pingdom', checkId: 1, tokenEnv: 'abc123-not-a-name' } }]),
      zeta: clientYaml([{ id: 'www', monitor: probeMonitor() }]),
    });
    mkdirSync(join(root, 'history', 'acme'), { recursive: true });
    const corrupt = join(root, 'history', 'acme', 'www.json');
    writeFileSync(corrupt, '{"version": 1, "checks": [');
    const report = await pull(await options(root));
    expect(readFileSync(corrupt, 'utf8')).toBe('{"version": 1, "checks": [');
    expect(report.failures).toEqual([
      { client: 'acme', component: 'www', source: 'probe', reason: expect.stringMatching(/^history file unreadable, left untouched: history\/acme\/www\.json: not valid JSON/) },
      { client: 'broken', reason: expect.stringMatching(/^clients\/broken\/client\.yaml: could not be parsed/) },
      { client: 'invalid', reason: expect.stringMatching(/^clients\/invalid\/client\.yaml: components\.0\.monitor\.tokenEnv: expected the NAME/) },
    ]);
    expect(report.changed.sort()).toEqual([join('history', 'acme', 'shop.json'), join('history', 'zeta', 'www.json')]);
  });

  it('pulls one client with clientId, and names the known ones for an unknown id', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }]), zeta: clientYaml([{ id: 'www', monitor: probeMonitor() }]) });
    const report = await pull(await options(root, { clientId: 'zeta' }));
    expect(report.clients.map((c) => c.client)).toEqual(['zeta']);
    await expect(pull(await options(root, { clientId: 'nope' }))).rejects.toThrow(PullSetupError);
    await expect(pull(await options(root, { clientId: 'nope' }))).rejects.toThrow(/no client "nope".*known: acme, zeta/);
  });

  it('an interrupted pull writes nothing', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('hang') }]) });
    await seed(root, 'acme', 'api');
    const before = snapshotFiles(join(root, 'history'));
    const controller = new AbortController();
    const aborting: Source = { kind: 'gatus', pull: async () => (controller.abort(), Promise.reject(new Error('aborted'))) };
    const report = await pull(await options(root, { signal: controller.signal, loadSource: async () => aborting }));
    expect(report.failures[0]!.reason).toMatch(/interrupted/);
    expect(snapshotFiles(join(root, 'history'))).toEqual(before);
  });
});

describe('pull: many components at once', () => {
  it('runs at most `concurrency` sources at once, at most `perVendor` per vendor, and reports in order', async () => {
    const clients = Object.fromEntries(
      ['c1', 'c2', 'c3', 'c4'].map((id, i) => [id, clientYaml(['a', 'b', 'c'].map((c) => ({ id: c, monitor: vendorMonitor(`${id}-${c}`, `http://vendor-${i % 2}.test`) })))]),
    );
    const root = makeContent(clients);
    let running = 0;
    let most = 0;
    const byVendor = new Map<string, number>();
    let mostPerVendor = 0;
    const order: string[] = [];
    const slow: Source = {
      kind: 'gatus',
      pull: async (m, ctx) => {
        const vendor = (m as { baseUrl: string }).baseUrl;
        running++;
        byVendor.set(vendor, (byVendor.get(vendor) ?? 0) + 1);
        most = Math.max(most, running);
        mostPerVendor = Math.max(mostPerVendor, byVendor.get(vendor)!);
        // Later components answer sooner, so completion order differs from the report's order.
        await new Promise((r) => setTimeout(r, 20 - order.length));
        order.push((m as { key: string }).key);
        running--;
        byVendor.set(vendor, byVendor.get(vendor)! - 1);
        return { checks: [{ at: ctx.now.toISOString(), status: 'operational', responseMs: 1 }], periods: [] };
      },
    };
    const o = await options(root, { loadSource: async () => slow, concurrency: 3, perVendor: 2 });
    const report = await pull(o);
    expect(report.failures).toEqual([]);
    expect(most).toBe(3);
    expect(mostPerVendor).toBe(2);
    expect(report.clients.map((c) => [c.client, c.components.map((x) => x.component)])).toEqual(['c1', 'c2', 'c3', 'c4'].map((c) => [c, ['a', 'b', 'c']]));
    expect(report.changed).toEqual(['c1', 'c2', 'c3', 'c4'].flatMap((c) => ['a', 'b', 'c'].map((x) => join('history', c, `${x}.json`))));
    expect(o.lines.slice(0, 4)).toEqual(['c1', 'c2', 'c3', 'c4'].map((c) => `${c}: 3 monitored components: 3 updated, 0 unchanged, 0 failed`));
  });

  it('asks each vendor API by its host, and each probed site by its own', () => {
    const key = (m: Record<string, unknown>) => vendorKey(monitorSchema.parse(m));
    expect(key({ source: 'pingdom', checkId: 1, tokenEnv: 'PINGDOM_TOKEN' })).toBe('pingdom api.pingdom.com');
    expect(key({ source: 'gatus', baseUrl: 'https://status.example/', key: 'x' })).toBe('gatus status.example');
    expect(key({ source: 'probe', url: 'https://www.acme.example/health' })).toBe('probe www.acme.example');
    expect(key({ source: 'upptime', slug: 'x', path: '/srv/upptime' })).toBe('upptime /srv/upptime');
  });
});

describe('pull: --shard i/n', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3/3 ', { index: 3, count: 3 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/2', '1.5/3', ''])('refuses %j, saying what it expects', (text) => {
    expect(() => parseShard(text)).toThrow(PullSetupError);
    expect(() => parseShard(text)).toThrow(/^--shard: expected i\/n with whole numbers 1 ≤ i ≤ n \(for example 2\/4/);
  });

  it('splits the sorted clients so every client is in exactly one shard', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect([1, 2, 3].map((index) => inShard(ids, { index, count: 3 }))).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(inShard(ids, undefined)).toEqual(ids);
  });

  it('pulls only the shard’s clients', async () => {
    const root = makeContent(Object.fromEntries(['acme', 'bolt', 'cask'].map((id) => [id, clientYaml([{ id: 'www', monitor: probeMonitor() }])])));
    const report = await pull(await options(root, { shard: { index: 2, count: 2 } }));
    expect(report.clients.map((c) => c.client)).toEqual(['bolt']);
    expect(Object.keys(snapshotFiles(join(root, 'history')))).toEqual(['bolt/www/2026-03-01.jsonl', 'bolt/www.json']);
    await expect(pull(await options(root, { shard: { index: 2, count: 2 }, clientId: 'acme' }))).rejects.toThrow(/client "acme" is not in shard 2\/2/);
  });
});

describe('pull: the window each source is asked for', () => {
  const spy = (seen: Array<{ since: string; firstPull: boolean }>): Source => ({
    kind: 'gatus',
    pull: async (m, ctx) => {
      seen.push({ since: ctx.since.toISOString(), firstPull: ctx.firstPull === true });
      return { checks: [], periods: [] };
    },
  });

  it('a component never observed: everything the source holds (firstPull), from the lookback at most', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    const seen: Array<{ since: string; firstPull: boolean }> = [];
    await pull(await options(root, { loadSource: async () => spy(seen) }));
    expect(seen).toEqual([{ since: '2025-12-01T12:00:00.000Z', firstPull: true }]);
  });

  it('--since reaches further back than the last observation, for a source that keeps that much; never later', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    await seed(root, 'acme', 'api');
    const seen: Array<{ since: string; firstPull: boolean }> = [];
    await pull(await options(root, { loadSource: async () => spy(seen), since: new Date('2025-06-01T00:00:00Z') }));
    await pull(await options(root, { loadSource: async () => spy(seen), since: new Date('2026-03-01T11:45:00Z') }));
    expect(seen).toEqual([
      { since: '2025-06-01T00:00:00.000Z', firstPull: false },
      { since: '2026-03-01T11:30:00.000Z', firstPull: false },
    ]);
  });

  it('a pull at the very instant of the last observation asks nothing and is not a failure', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    await seed(root, 'acme', 'api');
    const seen: Array<{ since: string; firstPull: boolean }> = [];
    const report = await pull(await options(root, { now: new Date(at('11:30')), loadSource: async () => spy(seen) }));
    expect(seen).toEqual([]);
    expect(report.failures).toEqual([]);
    expect(report.clients[0]!.components[0]!.outcome).toBe('unchanged');
  });
});
