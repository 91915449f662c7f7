// The pull's safety rules (DESIGN.md, "What must never happen"), pinned through the public API only: `pull(options)`
// and what ends up in content/history/, read back with readHistoryFile. No internals of the pull or the store are
// used, so these hold whatever the store looks like inside.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, mkdirSync, utimesSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientYaml, makeContent, snapshotFiles } from '../../test/helpers/content.ts';
import { REPO } from '../../test/helpers/run.ts';
import { pull, type PullOptions } from './pull.ts';
import type { Observations, Source } from './source.ts';
import { createGatusSource } from './sources/gatus.ts';
import { lockPathFor, PullLockedError, readHistoryFile } from './store/index.ts';

const at = (hhmm: string) => Date.parse(`2026-03-01T${hhmm}:00.000Z`);
const iso = (ms: number) => new Date(ms).toISOString();
/** The seeding pull runs at 11:30; the pull under test at 12:00. */
const SEEDED_AT = new Date(at('11:30'));
const NOW = new Date(at('12:00'));
/** 5-minute checks from 11:00 to 11:30: the last one stands until 11:40 (twice the interval), then nothing is known. */
const SEED_CHECKS = ['11:00', '11:05', '11:10', '11:15', '11:20', '11:25', '11:30'].map((t) => ({
  at: iso(at(t)),
  status: 'operational' as const,
  responseMs: 95,
}));
const STANDS_UNTIL = at('11:40');

/** A source that returns fixed observations (and may run something first), in place of gatus. */
function memorySource(observations: Observations, before?: () => Promise<void>): Source {
  return {
    kind: 'gatus',
    pull: async () => {
      await before?.();
      return structuredClone(observations);
    },
  };
}

const gatusMonitor = (baseUrl: string) => ({ source: 'gatus', baseUrl, key: 'svc', intervalSeconds: 300 });

function options(contentRoot: string, overrides: Partial<PullOptions> = {}): PullOptions {
  return { contentRoot, now: NOW, env: {}, fetch, cwd: contentRoot, ...overrides };
}

/** A content folder whose components already have history: every check from 11:00 to 11:30, pulled at 11:30. */
async function seededContent(clients: Record<string, string[]>, baseUrl = 'http://127.0.0.1:9'): Promise<string> {
  const root = makeContent(
    Object.fromEntries(Object.entries(clients).map(([id, components]) => [id, clientYaml(components.map((c) => ({ id: c, monitor: gatusMonitor(baseUrl) })))])),
  );
  const seeded = await pull(options(root, { now: SEEDED_AT, loadSource: async () => memorySource({ checks: SEED_CHECKS, periods: [] }) }));
  expect(seeded.failures).toEqual([]);
  return root;
}

interface Span {
  from: string;
  to: string;
  status: string;
}
/** What these tests read of a history file, in any version: the spans, and raw checks or a timeline if it has them. */
interface HistoryView {
  periods: Span[];
  checks?: Array<{ at: string; status: string }>;
  timeline?: Span[];
}

async function readHistory(root: string, client: string, component: string): Promise<HistoryView> {
  const stored = await readHistoryFile(join(root, 'history', client, `${component}.json`));
  expect(stored, `${client}/${component} has history`).toBeDefined();
  return stored!.history as unknown as HistoryView;
}

/** Anything the history claims was observed after the seeded checks stopped standing: must be nothing. */
function observedAfterSeed(h: HistoryView): unknown[] {
  return [
    ...(h.checks ?? []).filter((c) => Date.parse(c.at) > SEEDED_AT.getTime()),
    ...h.periods.filter((p) => p.status !== 'no_data' && Date.parse(p.to) > STANDS_UNTIL),
    ...(h.timeline ?? []).filter((s) => Date.parse(s.to) > STANDS_UNTIL),
  ];
}

// ─── Local network errors ───────────────────────────────────────────────────────────────────────────────────────

const sockets = new Set<net.Socket>();
const servers: net.Server[] = [];
async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

let refusedUrl: string;
let resetUrl: string;
let silentUrl: string;
beforeAll(async () => {
  // A port that was just in use and is now closed: nothing listens there (ECONNREFUSED).
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedUrl = `http://127.0.0.1:${(closed.address() as net.AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
  // Accepts the connection, then resets it as soon as the request arrives (ECONNRESET).
  resetUrl = `http://127.0.0.1:${await listen((socket) => socket.on('data', () => socket.resetAndDestroy()))}`;
  // Accepts the connection and never answers (the request times out).
  silentUrl = `http://127.0.0.1:${await listen(() => {})}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

describe.each([
  ['connection refused (nothing listening on 127.0.0.1)', () => refusedUrl, /ECONNREFUSED/],
  ['connection reset by the server', () => resetUrl, /ECONNRESET/],
  // RFC 6761: .invalid never resolves.
  ['DNS failure (host not found)', () => 'http://upkeep-pull-safety.invalid', /ENOTFOUND|EAI_AGAIN|timed out/],
  ['timeout (the server never answers)', () => silentUrl, /timed out after 300 ms/],
])('a vendor that cannot be reached: %s', (_, baseUrl, reason) => {
  it('is recorded as no_data from where the last check stopped standing to now, never as up or down', async () => {
    const root = await seededContent({ acme: ['api'] }, baseUrl());
    // The real gatus source, over the real network stack; one retry without waiting.
    const gatus = createGatusSource({ retries: 1, timeoutMs: 300, sleep: async () => {} });
    const report = await pull(options(root, { loadSource: async () => gatus as unknown as Source }));

    expect(report.failures).toEqual([{ client: 'acme', component: 'api', source: 'gatus', reason: expect.stringMatching(reason) }]);
    const h = await readHistory(root, 'acme', 'api');
    expect(h.periods).toContainEqual({ from: iso(STANDS_UNTIL), to: NOW.toISOString(), status: 'no_data' });
    expect(observedAfterSeed(h)).toEqual([]);
    if (h.checks) expect(h.checks).toEqual(SEED_CHECKS);
  });
});

// ─── The pull lock ──────────────────────────────────────────────────────────────────────────────────────────────

/** A separate Node process that takes the pull lock on `historyRoot` and holds it until it is killed. */
async function lockHolder(historyRoot: string): Promise<{ kill(): Promise<void> }> {
  const store = pathToFileURL(join(REPO, 'src/collect/store/index.ts')).href;
  const code = `import { acquirePullLock } from ${JSON.stringify(store)};
await acquirePullLock(process.argv.at(-1));
console.log('held');
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, historyRoot], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code}) before taking the lock: ${stderr}`)));
  });
  return {
    kill: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

describe('the pull lock: a holder that died', () => {
  it('leaves a lock that turns pulls away until it is stale; then the next pull proceeds', async () => {
    const root = await seededContent({ acme: ['api'] });
    const historyRoot = join(root, 'history');
    const before = snapshotFiles(historyRoot);
    const fresh = memorySource({ checks: [{ at: NOW.toISOString(), status: 'operational', responseMs: 80 }], periods: [] });
    const next = () => pull(options(root, { loadSource: async () => fresh }));

    const holder = await lockHolder(historyRoot);
    await expect(next()).rejects.toThrow(PullLockedError);
    // The holder dies without releasing (a crash, kill -9, the machine losing power): its lock stays behind.
    await holder.kill();
    expect(existsSync(lockPathFor(historyRoot))).toBe(true);
    // Fresh, it still turns the next pull away: a live holder refreshes its lock, and a dead one is not yet told apart.
    await expect(next()).rejects.toThrow(/another pull is running/);
    expect(snapshotFiles(historyRoot)).toEqual(before);

    // Nobody refreshes a dead holder's lock: once its last refresh is older than the stale period (30 s), it is stale.
    // (Its age is set instead of waiting 31 seconds.)
    const longAgo = new Date(Date.now() - 31_000);
    utimesSync(lockPathFor(historyRoot), longAgo, longAgo);
    const report = await next();
    expect(report.failures).toEqual([]);
    expect(report.changed).toEqual([join('history', 'acme', 'api.json')]);
    expect(observedAfterSeed(await readHistory(root, 'acme', 'api'))).not.toEqual([]);
    // And the pull released the lock it took over.
    expect(existsSync(lockPathFor(historyRoot))).toBe(false);
  });
});

describe.each([
  [
    'its lock folder is removed',
    (lock: string) => rmSync(lock, { recursive: true }),
  ],
  [
    'another pull takes the lock over (it found it stale)',
    (lock: string) => {
      rmSync(lock, { recursive: true });
      mkdirSync(lock);
      const other = new Date(Date.now() + 5_000);
      utimesSync(lock, other, other);
    },
  ],
])('the pull lock lost mid-pull: %s', (_, loseLock) => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes nothing after the loss: every history file is left as it was, and each component says why', async () => {
    const root = await seededContent({ acme: ['api', 'www'], zeta: ['api'] });
    const historyRoot = join(root, 'history');
    const before = snapshotFiles(historyRoot);

    // The lock is refreshed on a timer, and that is when a loss is noticed; fake timers let the test move it on.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let lost: Promise<void> | undefined;
    const loseOnce = () =>
      (lost ??= (async () => {
        loseLock(lockPathFor(historyRoot));
        await vi.advanceTimersByTimeAsync(15_000);
        // The refresh checks the lock on disk (real file system calls): let them finish.
        for (let i = 0; i < 20; i++) await stat(historyRoot);
      })());
    // Every source would bring new data: each waits for the loss, so no write can slip in before it.
    const source = memorySource({ checks: [{ at: NOW.toISOString(), status: 'major_outage', responseMs: null }], periods: [] }, loseOnce);
    const report = await pull(options(root, { loadSource: async () => source }));
    vi.useRealTimers();

    expect(report.changed).toEqual([]);
    expect(report.failures.map((f) => `${f.client}/${f.component}`)).toEqual(['acme/api', 'acme/www', 'zeta/api']);
    for (const failure of report.failures) expect(failure.reason).toMatch(/pull lock lost .*history left as it was/);
    expect(snapshotFiles(historyRoot)).toEqual(before);
    expect(observedAfterSeed(await readHistory(root, 'acme', 'api'))).toEqual([]);
  });
});

// The premise of every test above: a seeded history reads back with the seeded checks (or the timeline they make).
describe('the seeded history these tests start from', () => {
  it('holds the checks from 11:00 to 11:30 and nothing later', async () => {
    const root = await seededContent({ acme: ['api'] });
    const h = await readHistory(root, 'acme', 'api');
    expect(observedAfterSeed(h)).toEqual([]);
    const observed = [...(h.checks ?? []).map((c) => Date.parse(c.at)), ...(h.timeline ?? []).map((s) => Date.parse(s.from))];
    expect(Math.min(...observed)).toBe(at('11:00'));
  });
});
