import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientYaml, makeContent, snapshotFiles } from '../test/helpers/content.ts';
import { runScript } from '../test/helpers/run.ts';
import { startHttpServer, type LocalServer } from '../test/helpers/servers.ts';

// `npm run pull` as a child process: UPKEEP_CONTENT points at a temporary content folder, UPKEEP_NOW pins the clock.

const NOW = '2026-03-01T12:00:00.000Z';
const TOKEN = 'ur_live-8f3a9c1d2e4b5a6f7e8d9c0b';
const pullScript = (args: string[], env: Record<string, string>) => runScript('scripts/pull.ts', args, { UPKEEP_NOW: NOW, ...env });

let site: LocalServer;
let vendor: LocalServer;
/** Probe requests to /hold wait here until the test lets them through. */
const held: Array<() => void> = [];

beforeAll(async () => {
  site = await startHttpServer((req, res) => {
    const answer = () => res.writeHead(200, { 'content-security-policy': "default-src 'self'" }).end('<h1>Acme shop</h1>');
    if (req.url === '/hold') held.push(answer);
    else answer();
  });
  // Answers UptimeRobot's getMonitors with 401, echoing the form body (and so the api_key) back.
  vendor = await startHttpServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => res.writeHead(401, { 'content-type': 'text/plain' }).end(`bad request body: ${body}`));
  });
});
afterAll(async () => {
  await site.close();
  await vendor.close();
});

describe('npm run pull (child process)', () => {
  it('fills history from a local site with the probe; a second pull changes no byte', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/`, keyword: 'Acme' } }]) });
    const first = await pullScript([], { UPKEEP_CONTENT: root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      'acme: 1 monitored component: 1 updated, 0 unchanged, 0 failed\n' +
        `Pull at ${NOW}: 1 client, 1 monitored components: 1 updated, 0 unchanged, 0 failed.\n`,
    );
    const files = snapshotFiles(root);
    const history = JSON.parse(files['history/acme/www.json']!);
    expect(history).toMatchObject({ version: 2, lastCheckAt: NOW, timeline: [{ from: NOW, status: 'operational' }] });
    expect(JSON.parse(files['history/acme/www/2026-03-01.jsonl']!)).toEqual({ at: NOW, status: 'operational', responseMs: expect.any(Number) });
    expect(history.audit.headers['content-security-policy']).toEqual({ present: true, ok: true, value: "default-src 'self'" });

    const second = await pullScript([], { UPKEEP_CONTENT: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 updated, 1 unchanged, 0 failed');
    expect(snapshotFiles(root)).toEqual(files);
  });

  it('exits 1 naming client, component, source and reason, and never prints or writes the token', async () => {
    const root = makeContent({
      acme: clientYaml([
        { id: 'www', monitor: { source: 'probe', url: `${site.url}/` } },
        { id: 'api', monitor: { source: 'uptimerobot', monitorId: 42, tokenEnv: 'UPTIMEROBOT_API_KEY', baseUrl: vendor.url } },
      ]),
    });
    const result = await pullScript([], { UPKEEP_CONTENT: root, UPKEEP_NOW: NOW, UPTIMEROBOT_API_KEY: TOKEN });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}✗ acme\/api \(uptimerobot\): .*401/m);
    expect(result.stdout).toMatch(/1 failure:\n {2}acme\/api \(uptimerobot\): \S/);
    const everything = [result.stdout, result.stderr, ...Object.values(snapshotFiles(root))].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(encodeURIComponent(TOKEN));
    // The probe's component went on regardless.
    expect(JSON.parse(readFileSync(join(root, 'history', 'acme', 'www.json'), 'utf8')).lastCheckAt).toBe(NOW);
  });

  it('a second pull started while one runs exits 2 and says why; the first completes', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/hold` } }]) });
    const first = pullScript([], { UPKEEP_CONTENT: root });
    while (held.length === 0) await new Promise((r) => setTimeout(r, 10));
    const second = await pullScript([], { UPKEEP_CONTENT: root });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/^pull: another pull is running \(lock held at .*\.pull\.lock\)/);
    held.shift()!();
    const done = await first;
    expect(done.code).toBe(0);
    expect(Object.keys(snapshotFiles(join(root, 'history')))).toEqual(['acme/www/2026-03-01.jsonl', 'acme/www.json']);
  });

  it('pulls one client with --client, and exits 2 for an unknown one', async () => {
    const root = makeContent({
      acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }]),
      zeta: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }]),
    });
    const one = await pullScript(['--client', 'zeta'], { UPKEEP_CONTENT: root });
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe('zeta: 1 monitored component: 1 updated, 0 unchanged, 0 failed');
    expect(Object.keys(snapshotFiles(join(root, 'history')))).toEqual(['zeta/www/2026-03-01.jsonl', 'zeta/www.json']);
    const unknown = await pullScript(['--client', 'nobody'], { UPKEEP_CONTENT: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no client "nobody".*known: acme, zeta/);
  });

  it('pulls one shard with --shard i/n, and exits 2 naming what it expects for a bad one', async () => {
    const root = makeContent(Object.fromEntries(['acme', 'bolt', 'cask'].map((id) => [id, clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }])])));
    const shard = await pullScript(['--shard', '1/2', '--concurrency', '2'], { UPKEEP_CONTENT: root });
    expect(shard.code).toBe(0);
    expect(shard.stdout.split('\n').slice(0, 2)).toEqual([
      'acme: 1 monitored component: 1 updated, 0 unchanged, 0 failed',
      'cask: 1 monitored component: 1 updated, 0 unchanged, 0 failed',
    ]);
    const listed = await pullScript(['--shard', '2/2', '--list-clients'], { UPKEEP_CONTENT: root });
    expect([listed.code, listed.stdout]).toEqual([0, 'bolt\n']);
    for (const [args, message] of [
      [['--shard', '3/2'], /^pull: --shard: expected i\/n with whole numbers 1 ≤ i ≤ n \(for example 2\/4: the second of four shards\), got "3\/2"\n$/],
      [['--concurrency', '0'], /^pull: --concurrency: expected a whole number ≥ 1, got "0"\n$/],
    ] as const) {
      const bad = await pullScript([...args], { UPKEEP_CONTENT: root });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
  });

  it('exits 2 with a clear message and no stack trace when the lock cannot be taken for another reason than "locked"', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }]) });
    // A file where the history folder should be: mkdir fails (EEXIST / ENOTDIR), as a read-only or full disk would.
    writeFileSync(join(root, 'history'), 'not a folder\n');
    const run = await pullScript([], { UPKEEP_CONTENT: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^pull: cannot take the pull lock at \S+history\/\.pull\.lock \((EEXIST|ENOTDIR): [^)]+\); nothing was pulled or written\. Check that the history folder is writable and the disk has space\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'history'), 'utf8')).toBe('not a folder\n');
  });

  it('--since: exits 2 naming what it expects for a date it cannot use', async () => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }]) });
    for (const [value, message] of [
      ['last week', /^pull: --since: expected a date \(YYYY-MM-DD, read as UTC midnight\) or an ISO 8601 instant with its offset .*got "last week"\n$/],
      ['2026-03-02', /^pull: --since: expected a time before now \(2026-03-01T12:00:00\.000Z\), got "2026-03-02"\n$/],
    ] as const) {
      const bad = await pullScript(['--since', value], { UPKEEP_CONTENT: root });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
    const ok = await pullScript(['--since', '2026-02-01'], { UPKEEP_CONTENT: root });
    expect(ok.code).toBe(0);
  });
});
