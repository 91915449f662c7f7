import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyTick, planTick } from '../../src/collect/store/index.ts';
import { parseCheckDay, serializeCheckDay } from '../../src/history/serialize.ts';
import { checksToPeriods } from '../../src/lib/timeline/checks-to-periods.ts';
import { monitorTimeline } from '../../src/lib/timeline/monitor-timeline.ts';
import { rollupDay } from '../../src/lib/uptime/response-rollup.ts';
import { historySchema, type History, type HistoryCheck } from '../../src/schemas/history.ts';
import { readContent } from '../../src/validate/read-content.ts';
import { checkContent } from '../../src/validate/check-content.ts';
import { foldCutoff, generateHistory, kth, resolveSpells, type ComponentHistorySpec, type HistoryWindow } from './history.ts';
import { agencyYamlWithoutDemo, writeSyntheticAgency, type AgencySpec } from './synthetic.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A component with a bit of everything: overlapping declared impacts, blips, a slow spell, a degraded threshold. */
const spec = (intervalSeconds: number): ComponentHistorySpec => ({
  key: 'acme/www',
  intervalSeconds,
  degradedAboveMs: 400,
  spells: [
    { from: NOW - 6 * DAY + 3 * HOUR, to: NOW - 6 * DAY + 5 * HOUR, status: 'major_outage' },
    { from: NOW - 6 * DAY + 4 * HOUR, to: NOW - 6 * DAY + 7 * HOUR, status: 'degraded_performance' },
    { from: NOW - 3 * DAY - 7 * MIN, to: NOW - 3 * DAY + 2 * MIN, status: 'major_outage' },
    { from: NOW - 2 * DAY, to: NOW - 2 * DAY + 50 * MIN, status: 'partial_outage' },
    // Across the fold cutoff, and one still going at `now`.
    { from: foldCutoff(NOW, 2) - 30 * MIN, to: foldCutoff(NOW, 2) + 30 * MIN, status: 'major_outage' },
    { from: NOW - 20 * MIN, to: NOW, status: 'major_outage' },
  ],
});

/**
 * What the pull's store (src/collect/store/tick.ts) makes of the same checks, pulled every `everyMs` up to `now`:
 * the component file and the day files left on disk.
 */
function pullAll(checks: readonly HistoryCheck[], intervalSeconds: number, retentionDays: number, now: number, everyMs: number) {
  let history: History | undefined;
  const disk = new Map<string, HistoryCheck[]>();
  let since = -Infinity;
  for (let t = Date.parse(checks[0]!.at) + everyMs; ; t += everyMs) {
    const at = Math.min(t, now);
    const batch = checks.filter((c) => Date.parse(c.at) > since && Date.parse(c.at) <= at);
    since = at;
    const plan = planTick({ history, migratedChecks: [], dayFiles: [...disk.keys()] }, { observations: { checks: batch, periods: [] } }, {
      now: new Date(at),
      intervalSeconds,
      retentionDays,
    });
    const result = applyTick(plan, new Map(plan.read.map((d) => [d, disk.get(d) ?? []])));
    history = result.history;
    for (const [d, list] of result.days) disk.set(d, list);
    for (const d of result.deletes) disk.delete(d);
    if (at === now) break;
  }
  return { history: history!, disk };
}

function generate(s: ComponentHistorySpec, w: HistoryWindow) {
  const files = new Map<string, string>();
  const checks: HistoryCheck[] = [];
  const g = generateHistory(s, w, (date, text) => files.set(date, text), checks);
  return { g, files, checks };
}

describe('generateHistory', () => {
  for (const intervalSeconds of [60, 300]) {
    const window: HistoryWindow = { now: NOW, days: 8, retentionDays: 2 };
    const { g, files, checks } = generate(spec(intervalSeconds), window);
    const cutoff = foldCutoff(NOW, window.retentionDays);
    const raw = checks.filter((c) => Date.parse(c.at) >= cutoff);
    const old = checks.filter((c) => Date.parse(c.at) < cutoff);

    it(`writes a valid version 2 history (${intervalSeconds} s checks)`, () => {
      expect(historySchema.parse(JSON.parse(g.text))).toEqual(g.history);
      expect(g.checks).toBe(checks.length);
      expect(g.rawChecks).toBe(raw.length);
      expect(g.history.lastCheckAt).toBe(checks.at(-1)!.at);
      expect(g.history.foldedThrough).toBe(new Date(cutoff - DAY).toISOString().slice(0, 10));
      // Checks on the grid with jitter, in order, never further apart than a check stands.
      for (let i = 1; i < checks.length; i++) {
        const d = Date.parse(checks[i]!.at) - Date.parse(checks[i - 1]!.at);
        expect(d).toBeGreaterThan(0);
        expect(d).toBeLessThan(2 * intervalSeconds * 1000);
      }
      expect(new Set(checks.map((c) => c.status))).toEqual(new Set(['operational', 'degraded_performance', 'partial_outage', 'major_outage']));
    });

    it(`day files are what serializeCheckDay writes, for every retained UTC day (${intervalSeconds} s)`, () => {
      const byDay = Map.groupBy(raw, (c) => c.at.slice(0, 10));
      expect([...files.keys()]).toEqual([...byDay.keys()]);
      for (const [date, list] of byDay) {
        expect(files.get(date)).toBe(serializeCheckDay(list));
        expect(parseCheckDay(files.get(date)!, `${date}.jsonl`)).toEqual(list);
      }
      expect(g.dayFiles).toBe(byDay.size);
    });

    it(`timeline is monitorTimeline of the periods and raw checks; periods are the folded checks (${intervalSeconds} s)`, () => {
      expect(g.history.timeline).toEqual(monitorTimeline({ periods: g.history.periods, checks: raw, intervalSeconds }));
      // And of every check read raw: folding changed no minute.
      expect(g.history.timeline).toEqual(monitorTimeline({ periods: [], checks, intervalSeconds }));
      const firstKept = Date.parse(raw[0]!.at);
      const folded = checksToPeriods(old, intervalSeconds).map((p) => (Date.parse(p.to) > firstKept ? { ...p, to: new Date(firstKept).toISOString() } : p));
      expect(g.history.periods).toEqual(folded);
    });

    it(`days are rollupDay of each UTC day's checks (${intervalSeconds} s)`, () => {
      const byDay = Map.groupBy(checks, (c) => c.at.slice(0, 10));
      expect(g.history.days).toEqual([...byDay].map(([date, list]) => rollupDay(date, list)));
    });

    it(`equals what the pull's store makes of the same checks, pulled every 6 hours (${intervalSeconds} s)`, () => {
      const { history, disk } = pullAll(checks, intervalSeconds, window.retentionDays, NOW, 6 * HOUR);
      expect(g.history).toEqual(history);
      expect([...disk.keys()].sort()).toEqual([...files.keys()]);
      for (const [date, list] of disk) expect(serializeCheckDay(list)).toBe(files.get(date));
    });
  }

  it('equals a history pulled every 5 minutes and folded every day, as the schedule builds it', () => {
    const intervalSeconds = 300;
    const window: HistoryWindow = { now: NOW, days: 5, retentionDays: 2 };
    const { g, checks } = generate(spec(intervalSeconds), window);
    expect(g.history).toEqual(pullAll(checks, intervalSeconds, window.retentionDays, NOW, 5 * MIN).history);
  });

  it('keeps everything raw when the retention is longer than the history', () => {
    const { g, checks } = generate(spec(300), { now: NOW, days: 3, retentionDays: 35 });
    expect(g.history.periods).toEqual([]);
    expect(g.history.foldedThrough).toBeNull();
    expect(g.rawChecks).toBe(checks.length);
  });

  it('is deterministic', () => {
    const w = { now: NOW, days: 3, retentionDays: 1 };
    expect(generate(spec(60), w).g.text).toBe(generate(spec(60), w).g.text);
  });
});

describe('helpers', () => {
  it('kth is the k-th smallest', () => {
    const values = [5, 3, 9, 1, 1, 7, 3, 8, 2, 6];
    for (let k = 0; k < values.length; k++) expect(kth(Int32Array.from(values), values.length, k)).toBe([...values].sort((a, b) => a - b)[k]);
  });

  it('resolveSpells: the worse status wins where spells overlap', () => {
    expect(
      resolveSpells([
        { from: 0, to: 10, status: 'degraded_performance' },
        { from: 5, to: 7, status: 'major_outage' },
        { from: 10, to: 12, status: 'degraded_performance' },
      ]),
    ).toEqual([
      { from: 0, to: 5, status: 'degraded_performance' },
      { from: 5, to: 7, status: 'major_outage' },
      { from: 7, to: 12, status: 'degraded_performance' },
    ]);
  });

  it("agency.yaml loses only the demo's asOf", () => {
    const text = agencyYamlWithoutDemo(join(import.meta.dirname, '../../content'));
    expect(text).not.toMatch(/^demo:/m);
    expect(text).toMatch(/^defaults:/m);
  });
});

describe('writeSyntheticAgency', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-synthetic-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const agency: AgencySpec = {
    clients: 3,
    components: 11,
    days: 40,
    postmortems: 7,
    maintenance: 5,
    intervalSeconds: 300,
    retentionDays: 35,
    now: NOW,
    probeBase: 'http://127.0.0.1:9',
  };
  const content = join(dir, 'content');
  const stats = writeSyntheticAgency(content, join(import.meta.dirname, '../../content'), agency);

  it('is valid content by the build’s own validation', () => {
    const raw = readContent(content, dir);
    expect(checkContent(raw)).toEqual([]);
    expect(raw.clients.size).toBe(3);
    expect(raw.history).toHaveLength(11);
  });

  it('has the sizes asked for', () => {
    expect(stats.components).toBe(11);
    expect(stats.incidents).toBe(7);
    expect(stats.maintenance).toBe(5);
    const incidents = readdirSync(join(content, 'clients')).flatMap((c) => readdirSync(join(content, 'clients', c, 'incidents')));
    expect(incidents).toHaveLength(7);
    // 35 days raw, plus today's partial day, per component.
    expect(stats.dayFiles).toBe(11 * 36);
    expect(readFileSync(join(content, stats.largestDay!.file), 'utf8').length).toBe(stats.largestDay!.bytes);
  });
});
