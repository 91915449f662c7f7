// Issue 8, §2, end to end: `npm run pull` (scripts/pull.ts as a child process, UPKEEP_NOW playing this machine's
// clock) against a fake Gatus on 127.0.0.1 whose Date header is the true time. A pull with the clock a year ahead is
// refused (exit 1, the four facts, nothing written); pulls with the clock corrected record what the vendor saw, and
// what was on file before stays byte for byte. Bad data (a check dated 1970, or tomorrow) is a failure naming client,
// component, source and reason, recorded as no_data; a history that reaches past the clock is "nothing to ask for",
// a failure that writes nothing; a pull at the same instant as the last is a no-op, not a failure.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGatusResult, startGatusFake, type GatusResult } from './fakes/gatus.ts';
import type { FakeServer } from './fakes/server.ts';
import { clientYaml, makeContent, snapshotFiles } from './helpers/content.ts';
import { readComponentOnDisk, timelineStatusAt } from './helpers/history.ts';
import { runScript } from './helpers/run.ts';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;
const iso = (t: number) => new Date(t).toISOString();
const TOKEN = 'gatus_cl0ck-T3st-Secret';

/** The true time, as the vendor's Date header gives it. */
let vendorNow = T0;
/** What Gatus has: a result every 5 minutes from 22:00 the day before until the true time (a few tests add odd ones). */
let results: GatusResult[] = [];
const resultsUpTo = (t: number) => {
  const out: GatusResult[] = [];
  for (let at = T0 - 14 * HOUR; at < t; at += 300_000) out.push(makeGatusResult({ timestamp: iso(at) }));
  return out;
};

let gatus: FakeServer;
const roots: string[] = [];
beforeAll(async () => {
  gatus = await startGatusFake({
    key: 'core_www',
    name: 'www',
    group: 'core',
    token: TOKEN,
    maximumNumberOfResults: 10_000,
    clock: () => vendorNow,
    get results() {
      return results;
    },
  } as Parameters<typeof startGatusFake>[0]);
});
afterAll(async () => {
  await gatus.close();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function content(): string {
  const root = makeContent({ acme: clientYaml([{ id: 'cdn', monitor: { source: 'gatus', baseUrl: gatus.url, key: 'core_www', tokenEnv: 'GATUS_TOKEN' } }]) });
  roots.push(root);
  return root;
}
/** A pull with this machine's clock at `clock`, while the vendor lives at `vendorNow`. */
const pull = (root: string, clock: number) => runScript('scripts/pull.ts', [], { UPKEEP_CONTENT: root, UPKEEP_NOW: iso(clock), GATUS_TOKEN: TOKEN });
const history = (root: string) => snapshotFiles(join(root, 'history'));

describe('the clock-skew sequence: ahead by a year, then corrected', () => {
  let root: string;
  beforeAll(() => {
    root = content();
  });
  let first: Record<string, string>;

  it('a pull with both clocks agreeing records the vendor’s checks', async () => {
    vendorNow = T0;
    results = resultsUpTo(T0);
    const run = await pull(root, T0);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    first = history(root);
    expect(Object.keys(first).sort()).toEqual(['acme/cdn.json', 'acme/cdn/2026-02-28.jsonl', 'acme/cdn/2026-03-01.jsonl']);
    expect(readComponentOnDisk(join(root, 'history'), 'acme', 'cdn').history.lastCheckAt).toBe(iso(T0 - 5 * 60_000));
  });

  it('with this machine’s clock a year ahead: refused, nothing written, exit 1 with client, component, source and reason', async () => {
    vendorNow = T0 + HOUR;
    results = resultsUpTo(vendorNow);
    const run = await pull(root, T0 + HOUR + YEAR);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^ {2}✗ acme\/cdn \(gatus\): gatus's clock \(its Date header, 2026-03-01T13:00:00\.000Z\) and this machine's \(2027-03-01T13:00:00\.\d{3}Z\) disagree by 365 days, more than the 5 minutes allowed: this machine's clock is ahead, or the vendor's is wrong\. Nothing written for this component: set the clock \(NTP\) and pull again$/m,
    );
    expect(run.stdout).toContain('1 failure:\n  acme/cdn (gatus): ');
    expect(run.stdout).not.toContain('gap recorded');
    expect(history(root)).toEqual(first);
  });

  it('with the clock corrected: the hour the vendor saw is recorded, and what was on file stays byte for byte', async () => {
    const run = await pull(root, T0 + HOUR);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = history(root);
    expect(after['acme/cdn/2026-02-28.jsonl']).toBe(first['acme/cdn/2026-02-28.jsonl']);
    expect(after['acme/cdn/2026-03-01.jsonl']!.startsWith(first['acme/cdn/2026-03-01.jsonl']!)).toBe(true);
    const { history: h, checks } = readComponentOnDisk(join(root, 'history'), 'acme', 'cdn');
    expect(checks.at(-1)!.at).toBe(iso(T0 + HOUR - 5 * 60_000));
    expect(checks.filter((c) => Date.parse(c.at) >= T0)).toHaveLength(12);
    // Operational all along, and nothing after the newest check's ten minutes: no year of invented "operational".
    expect(timelineStatusAt(h, T0 + 30 * 60_000)).toBe('operational');
    expect(timelineStatusAt(h, T0 + HOUR + 6 * 60_000)).toBe('no_data');
    expect(Date.parse(h.timeline.at(-1)!.to)).toBeLessThanOrEqual(T0 + HOUR + 5 * 60_000);
  });

  it('and a pull after it records the next hour; a pull again at that instant changes nothing and is not a failure', async () => {
    const before = history(root);
    vendorNow = T0 + 2 * HOUR;
    results = resultsUpTo(vendorNow);
    const run = await pull(root, T0 + 2 * HOUR);
    expect(run.code).toBe(0);
    expect(readComponentOnDisk(join(root, 'history'), 'acme', 'cdn').history.lastCheckAt).toBe(iso(T0 + 2 * HOUR - 5 * 60_000));
    expect(history(root)['acme/cdn/2026-02-28.jsonl']).toBe(before['acme/cdn/2026-02-28.jsonl']);
    const settled = history(root);
    const again = await pull(root, T0 + 2 * HOUR);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 updated, 1 unchanged, 0 failed');
    expect(history(root)).toEqual(settled);
  });
});

describe('a history that reaches past this machine’s clock (an earlier pull ran with both clocks a year ahead)', () => {
  it('is "nothing to ask for": exit 1 naming client, component, source and reason, and nothing written', async () => {
    const root = content();
    vendorNow = T0 + YEAR;
    results = [...resultsUpTo(T0), makeGatusResult({ timestamp: iso(T0 + YEAR - 60_000) })];
    expect((await pull(root, T0 + YEAR)).code).toBe(0);
    const before = history(root);
    vendorNow = T0 + HOUR;
    results = resultsUpTo(T0 + HOUR);
    const requests = gatus.requests.length;
    const run = await pull(root, T0 + HOUR);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `  acme/cdn (gatus): nothing to ask for: the history reaches ${iso(T0 + YEAR - 60_000)}, 364 days 22 hours after this machine's clock (${iso(T0 + HOUR)})`,
    );
    expect(gatus.requests.length).toBe(requests);
    expect(history(root)).toEqual(before);
  });
});

describe.each([
  ['a check dated at the Unix epoch (a vendor zero)', () => makeGatusResult({ timestamp: '1970-01-01T00:00:00Z' }), /returned a timestamp before 2000: checks\[\d+\]\.at 1970-01-01T00:00:00\.000Z/],
  ['a check dated a day after this clock', () => makeGatusResult({ timestamp: iso(vendorNow + 24 * HOUR) }), /returned a timestamp 1 day after this machine's clock \(2026-03-01T13:00:00\.000Z\): checks\[\d+\]\.at 2026-03-02T13:00:00\.000Z/],
])('bad data: %s', (_, odd, reason) => {
  it('exits 1 naming client, component, source and reason; the span is no_data and what was on file stays', async () => {
    const root = content();
    vendorNow = T0;
    results = resultsUpTo(T0);
    expect((await pull(root, T0)).code).toBe(0);
    const before = history(root);

    vendorNow = T0 + HOUR;
    results = [...resultsUpTo(vendorNow), odd()];
    const run = await pull(root, T0 + HOUR);
    expect(run.code).toBe(1);
    const failure = run.stdout.split('\n').find((l) => l.startsWith('  acme/cdn (gatus): '));
    expect(failure).toMatch(reason);
    expect(failure).toContain('(bad data; recorded as no_data)');
    const after = history(root);
    for (const name of Object.keys(before).filter((n) => n.endsWith('.jsonl'))) expect(after[name], name).toBe(before[name]);
    const { history: h, checks } = readComponentOnDisk(join(root, 'history'), 'acme', 'cdn');
    expect(h.periods).toEqual([{ from: iso(T0 + 5 * 60_000), to: iso(T0 + HOUR), status: 'no_data' }]);
    expect(timelineStatusAt(h, T0 + 30 * 60_000)).toBe('no_data');
    expect(JSON.stringify(after)).not.toContain(TOKEN);
  });
});
