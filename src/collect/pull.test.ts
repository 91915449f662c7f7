import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientYaml, makeContent, snapshotFiles } from '../../test/helpers/content.ts';
import { fakeSource } from '../../test/helpers/fake-source.ts';
import { makeCheck, makeHistory, makePeriod } from '../../test/helpers/history.ts';
import { startHttpServer, type LocalServer } from '../../test/helpers/servers.ts';
import type { MonitorSource } from '../schemas/monitor.ts';
import { pull, PullSetupError, type PullOptions } from './pull.ts';
import { loadSource } from './registry.ts';
import type { Source } from './source.ts';
import { acquirePullLock, PullLockedError, serializeHistoryV1 as serializeHistory } from './store/index.ts';

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

/** A history on file before the pull: 5-minute checks from 11:00 to 11:30. */
const seeded = makeHistory({
  checks: ['11:00', '11:05', '11:10', '11:15', '11:20', '11:25', '11:30'].map((t) => makeCheck({ at: at(t), responseMs: 95 })),
});
function seed(root: string, client: string, component: string, text = serializeHistory(seeded)): string {
  mkdirSync(join(root, 'history', client), { recursive: true });
  const path = join(root, 'history', client, `${component}.json`);
  writeFileSync(path, text);
  return path;
}

describe('pull: the probe fills history, and a second pull changes no byte', () => {
  it('end to end in process', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }, { id: 'brand', monitor: undefined }]) });
    const o = await options(root);
    const first = await pull(o);
    expect(first.failures).toEqual([]);
    expect(first.changed).toEqual([join('history', 'acme', 'www.json')]);
    const text = readFileSync(join(root, 'history', 'acme', 'www.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      intervalSeconds: 300,
      checks: [{ at: NOW.toISOString(), status: 'operational', responseMs: 0 }],
      audit: { headers: { 'x-content-type-options': true } },
    });
    const second = await pull(await options(root));
    expect(second.changed).toEqual([]);
    expect(readFileSync(join(root, 'history', 'acme', 'www.json'), 'utf8')).toBe(text);
    expect(o.lines).toEqual([
      'acme: 1 monitored component: 1 updated, 0 unchanged, 0 failed',
      'Pull at 2026-03-01T12:00:00.000Z: 1 client, 1 monitored components: 1 updated, 0 unchanged, 0 failed.',
    ]);
  });

  it('merges a vendor source’s checks, reading from the last observation', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'api', monitor: vendorMonitor('ok') }]) });
    seed(root, 'acme', 'api');
    let since: Date | undefined;
    const spy: Source = { kind: 'gatus', pull: (m, ctx) => ((since = ctx.since), fakeSource().pull(m, ctx)) };
    const report = await pull(await options(root, { loadSource: async () => spy }));
    expect(report.failures).toEqual([]);
    expect(since).toEqual(new Date(at('11:30')));
    const h = JSON.parse(readFileSync(join(root, 'history', 'acme', 'api.json'), 'utf8'));
    expect(h.checks.slice(-2)).toEqual([
      { at: '2026-03-01T11:55:00.000Z', status: 'operational', responseMs: 120 },
      { at: '2026-03-01T12:00:00.000Z', status: 'major_outage', responseMs: null },
    ]);
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
    const path = seed(root, 'acme', 'api');
    const o = await options(root);
    const report = await pull(o);

    expect(report.failures).toEqual([{ client: 'acme', component: 'api', source: 'gatus', reason: expect.stringMatching(reason) }]);
    const after = JSON.parse(readFileSync(path, 'utf8'));
    expect(after.checks).toEqual(seeded.checks);
    // The last check (11:30) stands 10 minutes; from then to now nothing is known: no_data, never up or down.
    expect(after.periods).toEqual([makePeriod(at('11:40'), NOW.getTime(), 'no_data')]);
    expect(o.lines).toContainEqual(expect.stringMatching(/^ {2}✗ acme\/api \(gatus\): .*\[gap recorded as no_data\]$/));
    expect(o.lines.at(-1)).toMatch(/^ {2}acme\/api \(gatus\): (?!gatus: )\S/);
    // Failing again later only extends the same gap.
    await pull(await options(root, { now: new Date(NOW.getTime() + 30 * MIN) }));
    expect(JSON.parse(readFileSync(path, 'utf8')).periods).toEqual([makePeriod(at('11:40'), NOW.getTime() + 30 * MIN, 'no_data')]);
  });
});

describe('fault: a crash between the write and the rename', () => {
  it('leaves the last good file and says so', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: probeMonitor() }]) });
    const path = seed(root, 'acme', 'www');
    const before = readFileSync(path, 'utf8');
    const crash = async () => {
      throw new Error('simulated crash');
    };
    const report = await pull(await options(root, { rename: crash }));
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(report.failures).toEqual([
      { client: 'acme', component: 'www', source: 'probe', reason: 'could not write history, previous file kept: simulated crash' },
    ]);
    // The next pull cleans the temporary file up and writes normally.
    const next = await pull(await options(root));
    expect(next.failures).toEqual([]);
    expect(Object.keys(snapshotFiles(join(root, 'history')))).toEqual(['acme/www.json']);
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
    seed(root, 'acme', 'api');
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
    const path = seed(root, 'acme', 'api');
    const bad: Source = { kind: 'gatus', pull: async () => ({ checks: [{ at: 'yesterday', status: 'up', responseMs: 1 }], periods: [] }) as never };
    const report = await pull(await options(root, { loadSource: async () => bad }));
    expect(report.failures[0]!.reason).toMatch(/does not fit the history format \(checks\.0\.at/);
    expect(JSON.parse(readFileSync(path, 'utf8')).checks).toEqual(seeded.checks);
  });

  it('an unreadable history file is left untouched; other components and clients go on', async () => {
    const root = makeContent({
      acme: clientYaml([{ id: 'www', monitor: probeMonitor() }, { id: 'shop', monitor: probeMonitor() }]),
      broken: 'name: [unclosed',
      invalid: clientYaml([{ id: 'www', monitor: { source: 'pingdom', checkId: 1, tokenEnv: 'abc123-not-a-name' } }]),
      zeta: clientYaml([{ id: 'www', monitor: probeMonitor() }]),
    });
    const corrupt = seed(root, 'acme', 'www', '{"version": 1, "checks": [');
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
    const path = seed(root, 'acme', 'api');
    const before = readFileSync(path, 'utf8');
    const controller = new AbortController();
    const aborting: Source = { kind: 'gatus', pull: async () => (controller.abort(), Promise.reject(new Error('aborted'))) };
    const report = await pull(await options(root, { signal: controller.signal, loadSource: async () => aborting }));
    expect(report.failures[0]!.reason).toMatch(/interrupted/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
