// Issue 4, "Done when", end to end: `npm run pull` (scripts/pull.ts as a child process, UPKEEP_CONTENT at a temporary
// content folder, UPKEEP_NOW pinning the clock) against the seven vendor fakes and a local site for the probe, all on
// 127.0.0.1. One client has one component per source kind. The first pull fills every history file with what the
// fakes served; a second pull at the same instant changes no byte; a later pull where two vendors break (Pingdom
// answers 500, echoing the token; Gatus answers malformed JSON) exits non-zero naming client, component, source and
// reason, keeps everything those two files held (adding only a no_data gap), and leaves every other file exactly as a
// healthy pull at that instant does. No token ever reaches the output or a file.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historySchema, type HistoryCheck, type HistoryPeriod } from '../src/schemas/history.ts';
import type { MonitorSource } from '../src/schemas/monitor.ts';
import { makeBsIncident, makeBsMonitor, startBetterStackFake } from './fakes/betterstack.ts';
import { makeGatusResult, startGatusFake } from './fakes/gatus.ts';
import { makePingdomCheck, makePingdomResult, makePingdomState, startPingdomFake } from './fakes/pingdom.ts';
import { makePromSeries, startPrometheusFake } from './fakes/prometheus.ts';
import { setVendorClock, type FakeServer } from './fakes/server.ts';
import { makeUpptimeHistory, makeUpptimeRepo, makeUpptimeSummaryEntry, startUpptimeFake } from './fakes/upptime.ts';
import { kumaTime, makeKumaBeat, makeKumaMonitor, startUptimeKumaFake } from './fakes/uptimekuma.ts';
import { makeUrLog, makeUrMonitor, startUptimeRobotFake } from './fakes/uptimerobot.ts';
import { clientYaml, snapshotFiles } from './helpers/content.ts';
import { readComponentOnDisk, readingOf, timelineStatusAt } from './helpers/history.ts';
import { REPO, runScript, type RunResult } from './helpers/run.ts';
import { startHttpServer, type LocalServer } from './helpers/servers.ts';

// ---------------------------------------------------------------------------------------------------------------
// The clock and the data. Every vendor observed the same four hours, 08:00–12:00 UTC on 1 March 2026, every five
// minutes, with an outage around 10:00 (each vendor reports it in its own way); the pull runs at 12:00, again at
// 12:00, then at 13:00.

const NOW = '2026-03-01T12:00:00.000Z';
const LATER = '2026-03-01T13:00:00.000Z';
const at = (hhmm: string) => `2026-03-01T${hhmm}:00.000Z`;
const ms = (hhmm: string) => Date.parse(at(hhmm));
const unixOf = (hhmm: string) => ms(hhmm) / 1000;
/** 08:00, 08:05, … 11:55: 48 instants. */
const SLOTS = Array.from({ length: 48 }, (_, i) => ms('08:00') + i * 300_000);
const inRange = (t: number, from: string, to: string) => t >= ms(from) && t < ms(to);
const iso = (t: number) => new Date(t).toISOString();

/** Token values: set only in the child's environment, under the names client.yaml gives. */
const TOKENS = {
  PINGDOM_TOKEN: 'pd_live_Zq8v3Lk2Mx9Tn4Rb7Wc1Yh6',
  UPTIMEROBOT_API_KEY: 'u123456-9f8e7d6c5b4a3f2e1d0c9b8a',
  BETTERSTACK_TOKEN: 'bs_team_Kf73Jd92Hs61Gq40Pa58',
  PROMETHEUS_TOKEN: 'prom+proxy/Ab12Cd34Ef56==',
  GATUS_TOKEN: 'gatus_Qw7Er8Ty9Ui0Op1As2',
  UPPTIME_TOKEN: 'ghp_UpptimeRawFiles0123456789abcdef',
};

/** Component id → its source, one per kind. */
const COMPONENTS: Record<string, MonitorSource> = {
  www: 'probe',
  shop: 'pingdom',
  api: 'uptimerobot',
  admin: 'betterstack',
  blog: 'uptimekuma',
  search: 'prometheus',
  cdn: 'gatus',
  docs: 'upptime',
};
const IDS = Object.keys(COMPONENTS).sort();

// Pingdom: check created 08:00; outage states up / down 10:00–10:20 / up (still open: Pingdom clips it to `to`);
// a result every 5 min, down at 10:00–10:15 (no response time).
const pingdomDown = (t: number) => inRange(t, '10:00', '10:20');
const pingdomData = {
  token: TOKENS.PINGDOM_TOKEN,
  check: makePingdomCheck({ created: unixOf('08:00'), lasttesttime: unixOf('11:55') }),
  states: [
    makePingdomState({ status: 'up', timefrom: unixOf('08:00'), timeto: unixOf('10:00') }),
    makePingdomState({ status: 'down', timefrom: unixOf('10:00'), timeto: unixOf('10:20') }),
    makePingdomState({ status: 'up', timefrom: unixOf('10:20'), timeto: Date.parse('2026-03-02T00:00:00Z') / 1000 }),
  ],
  results: SLOTS.map((t, i) =>
    pingdomDown(t)
      ? makePingdomResult({ time: t / 1000, status: 'down', responsetime: undefined, statusdesc: 'Service Unavailable' })
      : makePingdomResult({ time: t / 1000, status: 'up', responsetime: 200 + i }),
  ),
};

// UptimeRobot: created 08:00; logs up 08:00 (2 h), down 10:00 (30 min), up 10:30 (the newest, so it holds until
// now); response times only for successful checks, so none during the outage.
const robotDown = (t: number) => inRange(t, '10:00', '10:30');
const robotMonitor = makeUrMonitor({
  id: 777749809,
  create_datetime: unixOf('08:00'),
  logs: [
    makeUrLog({ id: 1, type: 2, datetime: unixOf('08:00'), duration: 7200 }),
    makeUrLog({ id: 2, type: 1, datetime: unixOf('10:00'), duration: 1800, reason: { code: '503', detail: 'Service Unavailable' } }),
    makeUrLog({ id: 3, type: 2, datetime: unixOf('10:30'), duration: 5400 }),
  ],
  response_times: SLOTS.filter((t) => !robotDown(t)).map((t) => ({ datetime: t / 1000, value: 300 })),
});

// Better Stack: monitor up, created 08:00; one resolved incident 10:00–10:40.
const bsMonitor = makeBsMonitor({ status: 'up', created_at: at('08:00'), last_checked_at: at('11:58') });
const bsIncidents = [makeBsIncident({ id: '501', monitorId: '2', started_at: at('10:00'), resolved_at: at('10:40') })];

// Uptime Kuma: a beat every 5 min, DOWN at 10:00–10:10 (three beats).
const kumaDown = (t: number) => inRange(t, '10:00', '10:15');
const kumaBeats = SLOTS.map((t) =>
  kumaDown(t)
    ? makeKumaBeat({ status: 0, time: kumaTime(iso(t)), msg: 'connect ECONNREFUSED', ping: null })
    : makeKumaBeat({ status: 1, time: kumaTime(iso(t)), ping: 80 }),
);

// Prometheus: blackbox samples every 5 min, probe_success 0 at 10:00–10:15 (four samples).
const promDown = (t: number) => inRange(t, '10:00', '10:20');
const promSeries = [
  makePromSeries('probe_success', SLOTS.map((t) => [t / 1000, promDown(t) ? 0 : 1])),
  makePromSeries('probe_duration_seconds', SLOTS.map((t) => [t / 1000, promDown(t) ? 10 : 0.25])),
];

// Gatus: a result every 5 min (nanosecond timestamps, as Gatus writes them), failing at 10:00–10:10 with HTTP 500.
const gatusDown = (t: number) => inRange(t, '10:00', '10:15');
const gatusResults = SLOTS.map((t) =>
  makeGatusResult({
    timestamp: iso(t).replace('.000Z', '.123456789Z'),
    duration: 123_456_789,
    ...(gatusDown(t)
      ? { status: 500, success: false, conditionResults: [{ condition: '[STATUS] == 200', success: false }] }
      : { status: 200, success: true }),
  }),
);

// Upptime: up now (312 ms); started 25 Feb; 30 minutes down on 26 Feb (placed at the end of that day).
const upptimeRepo = makeUpptimeRepo(
  makeUpptimeHistory({ status: 'up', responseTime: 312, startTime: '2026-02-25T00:00:00.000Z', lastUpdated: at('11:50') }),
  [makeUpptimeSummaryEntry({ slug: 'acme-www', dailyMinutesDown: { '2026-02-26': 30 } })],
);

// ---------------------------------------------------------------------------------------------------------------
// Servers, content folder, and the command.

let site: LocalServer;
/** The probed site: up (200 with the keyword) until a test takes it down (503). */
let siteDown = false;
const fakes = {} as Record<'pingdom' | 'uptimerobot' | 'betterstack' | 'uptimekuma' | 'prometheus' | 'gatus' | 'upptime', FakeServer>;
let root: string;
const tmp: string[] = [];

function monitors(): Record<string, Record<string, unknown>> {
  return {
    www: { source: 'probe', url: `${site.url}/`, keyword: 'Acme', timeoutMs: 5000, retryDelayMs: 50 },
    shop: { source: 'pingdom', checkId: pingdomData.check.id, tokenEnv: 'PINGDOM_TOKEN', baseUrl: `${fakes.pingdom.url}/api/3.1` },
    api: { source: 'uptimerobot', monitorId: robotMonitor.id, tokenEnv: 'UPTIMEROBOT_API_KEY', baseUrl: `${fakes.uptimerobot.url}/v2` },
    admin: { source: 'betterstack', monitorId: '2', tokenEnv: 'BETTERSTACK_TOKEN', baseUrl: `${fakes.betterstack.url}/api/v2` },
    blog: { source: 'uptimekuma', baseUrl: fakes.uptimekuma.url, statusPage: 'acme', monitorId: 12 },
    search: { source: 'prometheus', baseUrl: fakes.prometheus.url, instance: 'https://www.acme.test', job: 'blackbox', tokenEnv: 'PROMETHEUS_TOKEN' },
    cdn: { source: 'gatus', baseUrl: fakes.gatus.url, key: 'core_acme-www', tokenEnv: 'GATUS_TOKEN' },
    docs: { source: 'upptime', slug: 'acme-www', url: `${fakes.upptime.url}/acme/status/HEAD`, tokenEnv: 'UPPTIME_TOKEN' },
  };
}

function makeContentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-every-source-'));
  tmp.push(dir);
  cpSync(join(REPO, 'test/fixtures/minimal/agency.yaml'), join(dir, 'agency.yaml'));
  mkdirSync(join(dir, 'clients', 'acme'), { recursive: true });
  const m = monitors();
  writeFileSync(join(dir, 'clients', 'acme', 'client.yaml'), clientYaml(Object.keys(COMPONENTS).map((id) => ({ id, monitor: m[id] }))));
  return dir;
}

/** A pull at `now`, with every vendor's clock (its Date header) at that instant too: the clocks agree. */
const pull = (content: string, now: string) => {
  setVendorClock(() => Date.parse(now));
  return runScript('scripts/pull.ts', [], { UPKEEP_CONTENT: content, UPKEEP_NOW: now, ...TOKENS });
};

/**
 * A component's history as these tests read it, with nothing from the store (test/helpers/history.ts): the component
 * file (format version 2, validated) and the raw checks of its day files.
 */
const readHistory = (content: string, id: string) => {
  const { history, checks } = readComponentOnDisk(join(content, 'history'), 'acme', id);
  return { ...history, checks };
};
type Read = ReturnType<typeof readHistory>;

/** The status at t by the reading rule, from the periods and raw checks on file; and as the site reads it, from the timeline. */
function expectReadsAsTheRule(h: Read, label: string): void {
  const rule = readingOf(h);
  for (let t = Date.parse('2026-02-24T00:00:00Z'); t < ms('13:30'); t += 150_000) expect(timelineStatusAt(h, t), `${label} at ${iso(t)}`).toBe(rule(t));
}

/** Every history file of the client: component files by component id, day files as <id>/<date>.jsonl. */
function historyFiles(content: string): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshotFiles(join(content, 'history', 'acme'))).map(([name, text]) => [name.replace(/\.json$/, ''), text]));
}
const componentIds = (files: Record<string, string>) => Object.keys(files).filter((f) => !f.includes('/')).sort();

/** How many checks each UTC day holds: what the `days` rollups must count. */
const checksPerDay = (checks: readonly { at: string }[]) => {
  const counts = new Map<string, number>();
  for (const c of checks) counts.set(c.at.slice(0, 10), (counts.get(c.at.slice(0, 10)) ?? 0) + 1);
  return [...counts].map(([date, checks]) => ({ date, checks }));
};

/** Asserts that no token, plain or URL-encoded, appears in the outputs or in any file under the folders. */
function expectNoToken(results: RunResult[], folders: string[]): void {
  const everything = [
    ...results.flatMap((r) => [r.stdout, r.stderr]),
    ...folders.flatMap((f) => Object.entries(snapshotFiles(f)).flatMap(([name, text]) => [name, text])),
  ].join('\n');
  for (const [name, value] of Object.entries(TOKENS)) {
    expect(everything, name).not.toContain(value);
    expect(everything, name).not.toContain(encodeURIComponent(value));
  }
}

beforeAll(async () => {
  site = await startHttpServer((_req, res) => {
    if (siteDown) res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
    else res.writeHead(200, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff' }).end('<h1>Acme shop</h1>');
  });
  [fakes.pingdom, fakes.uptimerobot, fakes.betterstack, fakes.uptimekuma, fakes.prometheus, fakes.gatus, fakes.upptime] = await Promise.all([
    startPingdomFake(pingdomData),
    startUptimeRobotFake({ apiKey: TOKENS.UPTIMEROBOT_API_KEY, monitors: [makeUrMonitor({ id: 1, friendly_name: 'Other' }), robotMonitor] }),
    startBetterStackFake({ token: TOKENS.BETTERSTACK_TOKEN, monitorId: '2', monitor: bsMonitor, incidents: bsIncidents }),
    startUptimeKumaFake({ slug: 'acme', monitors: [makeKumaMonitor({ id: 12 })], beats: { 12: kumaBeats } }),
    startPrometheusFake({ series: promSeries, token: TOKENS.PROMETHEUS_TOKEN }),
    startGatusFake({ key: 'core_acme-www', name: 'acme-www', group: 'core', results: gatusResults, token: TOKENS.GATUS_TOKEN }),
    startUpptimeFake(upptimeRepo, TOKENS.UPPTIME_TOKEN),
  ]);
  root = makeContentFolder();
});

afterAll(async () => {
  await Promise.all([site.close(), ...Object.values(fakes).map((f) => f.close())]);
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// What the first pull must have written, worked out by hand from the data above.

const check = (t: number, status: HistoryCheck['status'], responseMs: number | null): HistoryCheck => ({ at: iso(t), status, responseMs });
const span = (from: string, to: string, status: HistoryPeriod['status']): HistoryPeriod => ({ from, to, status });

/** Per component: the checks and periods expected after the first pull (the probe's response time is measured, so any number). */
const expected: Record<string, { checks: Array<{ at: string; status: string; responseMs: unknown }>; periods: HistoryPeriod[]; up: string; down?: string }> = {
  // One check at the pull's instant; the site is up.
  www: { checks: [{ at: NOW, status: 'operational', responseMs: expect.any(Number) }], periods: [], up: NOW },
  // 48 results (4 down, without response time); the states as periods, the open one ending at the last test (11:55):
  // nothing after the newest instant Pingdom reported is recorded (issue 8).
  shop: {
    checks: SLOTS.map((t, i) => (pingdomDown(t) ? check(t, 'major_outage', null) : check(t, 'operational', 200 + i))),
    periods: [
      span(at('08:00'), at('10:00'), 'operational'),
      span(at('10:00'), at('10:20'), 'major_outage'),
      span(at('10:20'), at('11:55'), 'operational'),
    ],
    up: at('09:00'),
    down: at('10:10'),
  },
  // 42 response times (none during the outage), all operational; the logs as periods, the newest running to now.
  api: {
    checks: SLOTS.filter((t) => !robotDown(t)).map((t) => check(t, 'operational', 300)),
    periods: [
      span(at('08:00'), at('10:00'), 'operational'),
      span(at('10:00'), at('10:30'), 'major_outage'),
      span(at('10:30'), NOW, 'operational'),
    ],
    up: at('09:00'),
    down: at('10:25'),
  },
  // No checks: operational from creation to its last check (11:58: nothing after it is reported) except the incident.
  admin: {
    checks: [],
    periods: [
      span(at('08:00'), at('10:00'), 'operational'),
      span(at('10:00'), at('10:40'), 'major_outage'),
      span(at('10:40'), at('11:58'), 'operational'),
    ],
    up: at('11:00'),
    down: at('10:35'),
  },
  // 48 beats: 3 DOWN (no response time), 45 UP at 80 ms.
  blog: {
    checks: SLOTS.map((t) => (kumaDown(t) ? check(t, 'major_outage', null) : check(t, 'operational', 80))),
    periods: [],
    up: at('09:00'),
    down: at('10:12'),
  },
  // 48 evaluation instants: 4 failing (no response time), 44 at 250 ms.
  search: {
    checks: SLOTS.map((t) => (promDown(t) ? check(t, 'major_outage', null) : check(t, 'operational', 250))),
    periods: [],
    up: at('09:00'),
    down: at('10:17'),
  },
  // 48 results at .123 s past each slot (nanoseconds truncated): 3 failing, all with a response (HTTP 500), 123 ms.
  cdn: {
    checks: SLOTS.map((t) => check(t + 123, gatusDown(t) ? 'major_outage' : 'operational', 123)),
    periods: [],
    up: at('09:00'),
    down: at('10:12'),
  },
  // One check, dated when Upptime made it (its lastUpdated, 11:50; up, 312 ms). The summary's settled days are day
  // totals only (issue 8): no minute of them is painted, so nothing before the check is known minute by minute.
  docs: {
    checks: [{ at: at('11:50'), status: 'operational', responseMs: 312 }],
    periods: [],
    up: at('11:55'),
  },
};

// ---------------------------------------------------------------------------------------------------------------

describe('npm run pull against every source kind (issue 4, done when)', () => {
  const runs: RunResult[] = [];
  let afterFirst: Record<string, string>;
  let readAfterFirst: Record<string, Read>;

  it('fills a valid history for every source kind, with the ups and downs the fakes served', async () => {
    const first = await pull(root, NOW);
    runs.push(first);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      'acme: 8 monitored components: 8 updated, 0 unchanged, 0 failed\n' +
        `Pull at ${NOW}: 1 client, 8 monitored components: 8 updated, 0 unchanged, 0 failed.\n`,
    );
    expect(first.code).toBe(0);

    afterFirst = historyFiles(root);
    expect(componentIds(afterFirst)).toEqual(IDS);
    readAfterFirst = Object.fromEntries(IDS.map((id) => [id, readHistory(root, id)]));
    for (const id of IDS) {
      const h = readHistory(root, id);
      const want = expected[id]!;
      expect({ id, intervalSeconds: h.intervalSeconds, checks: h.checks, periods: h.periods, days: h.days.map((d) => ({ date: d.date, checks: d.checks })) }).toEqual({
        id,
        intervalSeconds: 300,
        checks: want.checks,
        periods: want.periods,
        days: checksPerDay(want.checks),
      });
      // Read back with the history format's own rule: up where the vendor saw up, down where it saw down; and the
      // timeline the site reads says the same at every instant.
      const read = readingOf(h);
      expect(read(Date.parse(want.up)), `${id} at ${want.up}`).toBe('operational');
      if (want.down) expect(read(Date.parse(want.down)), `${id} at ${want.down}`).toBe('major_outage');
      expectReadsAsTheRule(h, id);
    }
    // Tallies, as a second reading of the data served.
    const tally = (id: string, status: string) => readHistory(root, id).checks.filter((c) => c.status === status).length;
    expect([tally('shop', 'major_outage'), tally('shop', 'operational')]).toEqual([4, 44]);
    expect([tally('api', 'major_outage'), tally('api', 'operational')]).toEqual([0, 42]);
    expect([tally('blog', 'major_outage'), tally('search', 'major_outage'), tally('cdn', 'major_outage')]).toEqual([3, 4, 3]);
    // The probe's audit of the local site.
    const missing = { present: false, ok: false, problem: 'missing' };
    expect(readHistory(root, 'www').audit).toEqual({
      at: NOW,
      url: `${site.url}/`,
      tlsExpiresAt: null,
      tlsTrusted: null,
      headers: { 'content-security-policy': missing, 'referrer-policy': missing, 'strict-transport-security': missing, 'x-content-type-options': { present: true, ok: true, value: 'nosniff' } },
    });
    // Every token reached its vendor (the fakes refuse without it) and nothing else.
    expect(fakes.pingdom.requests.every((r) => r.headers.authorization === `Bearer ${TOKENS.PINGDOM_TOKEN}`)).toBe(true);
    expect(fakes.upptime.requests.map((r) => r.path).sort()).toEqual(['/acme/status/HEAD/history/acme-www.yml', '/acme/status/HEAD/history/summary.json']);
    expectNoToken([first], [root]);
  });

  it('a second pull at the same instant changes no byte', async () => {
    expect(afterFirst).toBeDefined();
    const before = snapshotFiles(root);
    const second = await pull(root, NOW);
    runs.push(second);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      'acme: 8 monitored components: 0 updated, 8 unchanged, 0 failed\n' +
        `Pull at ${NOW}: 1 client, 8 monitored components: 0 updated, 8 unchanged, 0 failed.\n`,
    );
    expect(snapshotFiles(root)).toEqual(before);
    expect(historyFiles(root)).toEqual(afterFirst);
  });

  it('when Pingdom answers 500 and Gatus malformed JSON, exits 1 naming them, keeps their history and pulls the rest', async () => {
    expect(afterFirst).toBeDefined();
    // The site is down now: the probe must record that as a major outage (an observation, not a failure).
    siteDown = true;

    // What a healthy pull at LATER does, on a copy of the same content.
    const healthyRoot = mkdtempSync(join(tmpdir(), 'upkeep-every-source-healthy-'));
    tmp.push(healthyRoot);
    cpSync(root, healthyRoot, { recursive: true });
    const healthy = await pull(healthyRoot, LATER);
    runs.push(healthy);
    expect(healthy.stderr).toBe('');
    expect(healthy.stdout.split('\n')[0]).toBe('acme: 8 monitored components: 2 updated, 6 unchanged, 0 failed');
    expect(healthy.code).toBe(0);
    const healthyFiles = historyFiles(healthyRoot);
    // Hand-checked: the probe adds its check; UptimeRobot's open span reaches the new instant (its answer is dated
    // then); Pingdom (last test 11:55) and Better Stack (last check 11:58) reported nothing newer, so nothing is
    // extended; the other sources served nothing new.
    expect(readHistory(healthyRoot, 'www').checks).toEqual([
      { at: NOW, status: 'operational', responseMs: expect.any(Number) },
      { at: LATER, status: 'major_outage', responseMs: expect.any(Number) },
    ]);
    expect(readHistory(healthyRoot, 'api').periods.at(-1)).toEqual(span(at('10:30'), LATER, 'operational'));
    // Upptime has not run since 11:50: nothing after its own last update is recorded (issue 8).
    for (const id of ['shop', 'admin', 'blog', 'search', 'cdn', 'docs']) expect(healthyFiles[id], id).toBe(afterFirst[id]);

    // Now the same pull with two vendors broken.
    fakes.pingdom.failAlways({ kind: 'status', status: 500, body: { error: { statuscode: 500, errormessage: `internal error for token ${TOKENS.PINGDOM_TOKEN}` } } });
    fakes.gatus.failAlways({ kind: 'malformed' });
    let faulty: RunResult;
    try {
      faulty = await pull(root, LATER);
    } finally {
      fakes.pingdom.heal();
      fakes.gatus.heal();
    }
    runs.push(faulty);
    expect(faulty.stderr).toBe('');
    expect(faulty.code).toBe(1);
    const lines = faulty.stdout.split('\n');
    expect(lines[0]).toBe('acme: 8 monitored components: 2 updated, 4 unchanged, 2 failed');
    // Progress: each failure with client/component (source): reason, and that the gap was recorded.
    expect(faulty.stdout).toMatch(/^ {2}✗ acme\/shop \(pingdom\): GET http:\/\/127\.0\.0\.1:\d+\/api\/3\.1\/checks\/85975 answered HTTP 500\b.*\(gave up after 4 attempts\) \[gap recorded as no_data\]$/m);
    expect(faulty.stdout).toMatch(/^ {2}✗ acme\/cdn \(gatus\): GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/endpoints\/core_acme-www\/statuses returned malformed JSON.* \[gap recorded as no_data\]$/m);
    // Summary: totals, then every failure again.
    expect(faulty.stdout).toContain(`Pull at ${LATER}: 1 client, 8 monitored components: 2 updated, 4 unchanged, 2 failed.\n2 failures:\n`);
    const summary = faulty.stdout.slice(faulty.stdout.indexOf('2 failures:\n') + '2 failures:\n'.length).split('\n').filter(Boolean);
    expect(summary).toHaveLength(2);
    expect(summary).toContainEqual(expect.stringMatching(/^ {2}acme\/shop \(pingdom\): GET \S+\/api\/3\.1\/checks\/85975 answered HTTP 500\b/));
    expect(summary).toContainEqual(expect.stringMatching(/^ {2}acme\/cdn \(gatus\): GET \S+\/statuses returned malformed JSON\b/));
    // The vendor echoed the token in its error body; the output shows it redacted.
    expect(faulty.stdout).toContain('[redacted]');

    // The failed components keep every check and period they had; only a no_data gap from the end of the last
    // observation (last check 11:55 + 2 × 5 min) to now is added.
    const shopBefore = readAfterFirst.shop!;
    expect(readHistory(root, 'shop')).toEqual({
      ...shopBefore,
      periods: [...shopBefore.periods, span(at('12:05'), LATER, 'no_data')],
    });
    const cdnBefore = readAfterFirst.cdn!;
    expect(readHistory(root, 'cdn')).toEqual({
      ...cdnBefore,
      periods: [...cdnBefore.periods, span('2026-03-01T12:05:00.123Z', LATER, 'no_data')],
    });
    // Their day files are untouched.
    for (const [name, text] of Object.entries(historyFiles(root))) if (/^(shop|cdn)\//.test(name)) expect(text, name).toBe(afterFirst[name]);
    // Never up, never down in the gap, by the rule and by the timeline.
    for (const id of ['shop', 'cdn']) {
      expect(readingOf(readHistory(root, id))(ms('12:30'))).toBe('no_data');
      expect(timelineStatusAt(readHistory(root, id), ms('12:30'))).toBe('no_data');
    }

    // Every other file is exactly what the healthy pull wrote (the probe's new response time is measured, so that
    // one number may differ).
    const faultyFiles = historyFiles(root);
    expect(componentIds(faultyFiles)).toEqual(IDS);
    const others = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => !/^(shop|cdn|www)(\/|$)/.test(name)));
    expect(others(faultyFiles)).toEqual(others(healthyFiles));
    const withoutLastResponseTime = (h: Read) => ({
      ...h,
      checks: h.checks.map((c) => (c.at === LATER ? { ...c, responseMs: 0 } : c)),
      days: h.days.map((d) => ({ date: d.date, checks: d.checks })),
    });
    expect(withoutLastResponseTime(readHistory(root, 'www'))).toEqual(withoutLastResponseTime(readHistory(healthyRoot, 'www')));
    for (const id of IDS) {
      historySchema.parse(JSON.parse(faultyFiles[id]!));
      expectReadsAsTheRule(readHistory(root, id), id);
    }

    // No token anywhere, in any run's output or any file of either content folder.
    expectNoToken(runs, [root, healthyRoot]);
  });
});
