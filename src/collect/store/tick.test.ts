import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, makeCheck, makeHistoryV1, makePeriod, MIN, readingOf, serializeHistoryV1, T0, iso, timelineStatusAt } from '../../../test/helpers/history.ts';
import { migrateHistory } from '../../history/migrate.ts';
import { parseCheckDay, serializeCheckDay, serializeHistory } from '../../history/serialize.ts';
import { monitorTimeline } from '../../lib/timeline/monitor-timeline.ts';
import { rollupDay } from '../../lib/uptime/response-rollup.ts';
import { historySchema, type HistoryCheck } from '../../schemas/history.ts';
import { OBSERVED_STATUSES } from '../../vocabulary/status.ts';
import type { Observations } from '../source.ts';
import { applyTick, fileChanges, planTick, type TickInput, type TickOptions } from './tick.ts';

// A component's files in memory: the component file's text and the day files' texts by date. `tick` runs the pure
// steps exactly as store/component.ts does around its I/O.
interface Files {
  component: string | undefined;
  days: Map<string, string>;
}
const noFiles = (): Files => ({ component: undefined, days: new Map() });

function tick(files: Files, input: TickInput, options: TickOptions): { files: Files; read: readonly string[]; wrote: string[]; deleted: string[] } {
  const stored = files.component === undefined ? undefined : migrateHistory(JSON.parse(files.component), 'c.json');
  const plan = planTick({ history: stored?.history, migratedChecks: stored?.checks ?? [], dayFiles: [...files.days.keys()] }, input, options);
  const texts = new Map(plan.read.map((d) => [d, files.days.get(d)!]));
  const result = applyTick(plan, new Map(plan.read.map((d) => [d, parseCheckDay(texts.get(d)!, d)])));
  const changes = fileChanges(result, { component: files.component, days: texts });
  const days = new Map(files.days);
  for (const w of changes.days) days.set(w.date, w.text);
  for (const d of changes.deletes) days.delete(d);
  return {
    files: { component: changes.component ?? files.component, days: new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1))) },
    read: plan.read,
    wrote: [...changes.days.map((w) => w.date), ...(changes.component === undefined ? [] : ['component'])],
    deleted: changes.deletes,
  };
}

/** Every retained check on file, oldest first. */
function retainedChecks(files: Files): HistoryCheck[] {
  const h = historySchema.parse(JSON.parse(files.component!));
  return [...files.days].filter(([d]) => h.foldedThrough === null || d > h.foldedThrough).flatMap(([d, text]) => parseCheckDay(text, d));
}

/**
 * The component file recomputed in full from what is on file: the timeline from all periods and every retained
 * check, the rollup of every retained day from its day file, lastCheckAt from the newest check.
 */
function recomputed(files: Files): string {
  const h = historySchema.parse(JSON.parse(files.component!));
  const checks = retainedChecks(files);
  const days = new Map(h.days.map((d) => [d.date, d]));
  for (const [d, text] of files.days) if (h.foldedThrough === null || d > h.foldedThrough) days.set(d, rollupDay(d, parseCheckDay(text, d)));
  return serializeHistory({
    ...h,
    lastCheckAt: checks.at(-1)?.at ?? null,
    timeline: monitorTimeline({ periods: h.periods, checks, intervalSeconds: h.intervalSeconds }),
    days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
  });
}

const obs = (o: Partial<Observations>): TickInput => ({ observations: { checks: [], periods: [], ...o } });
const options = (now: number, o: Partial<TickOptions> = {}): TickOptions => ({ now: new Date(now), intervalSeconds: 60, retentionDays: 35, ...o });

/** `days` days of 1-minute checks ending before `end`, as the store writes them. */
function filesWithDays(days: number, end: number): Files {
  const checks: HistoryCheck[] = [];
  for (let t = end - days * DAY; t < end; t += MIN) checks.push(makeCheck({ at: t, responseMs: 100 + ((t / MIN) % 13) }));
  return tick(noFiles(), obs({ checks }), options(end)).files;
}

describe('a tick reads and writes only the day files it touches', () => {
  const now = T0 + 20 * DAY + 12 * 60 * MIN; // noon on day 20
  const start = filesWithDays(5, now);

  it('one new check: reads and rewrites today’s day file and the component file, nothing else', () => {
    expect([...start.days.keys()]).toEqual(['2026-01-16', '2026-01-17', '2026-01-18', '2026-01-19', '2026-01-20', '2026-01-21']);
    const next = tick(start, obs({ checks: [makeCheck({ at: now })] }), options(now + MIN));
    expect(next.read).toEqual(['2026-01-21']);
    expect(next.wrote).toEqual(['2026-01-21', 'component']);
    expect(next.deleted).toEqual([]);
    expect(next.files.component).toBe(recomputed(next.files));
  });

  it('just after midnight, the day before is read for the check that stands across it, and not rewritten', () => {
    const midnight = T0 + 21 * DAY;
    const files = filesWithDays(3, midnight);
    const next = tick(files, obs({ checks: [makeCheck({ at: midnight })] }), options(midnight + MIN));
    expect(next.read).toEqual(['2026-01-21']);
    expect(next.wrote).toEqual(['2026-01-22', 'component']);
    expect(next.files.component).toBe(recomputed(next.files));
  });

  it('the same observations again change nothing', () => {
    const once = tick(start, obs({ checks: [makeCheck({ at: now })] }), options(now + MIN));
    const twice = tick(once.files, obs({ checks: [makeCheck({ at: now, responseMs: 999 })] }), options(now + MIN));
    expect(twice.wrote).toEqual([]);
    expect(twice.files).toEqual(once.files);
  });

  it('a failed source records the gap and reads only the last day', () => {
    const next = tick(start, { failed: true }, options(now + 30 * MIN));
    expect(next.read).toEqual(['2026-01-21']);
    expect(next.wrote).toEqual(['component']);
    const h = historySchema.parse(JSON.parse(next.files.component!));
    expect(h.periods.at(-1)).toEqual(makePeriod(now - MIN + 2 * MIN, now + 30 * MIN, 'no_data'));
  });

  it('once a day, folds the day past retention: reads it and the first day kept, deletes it, the timeline unchanged', () => {
    const before = historySchema.parse(JSON.parse(start.component!));
    const next = tick(start, obs({ checks: [makeCheck({ at: now })] }), options(now + MIN, { retentionDays: 4 }));
    expect(next.read).toEqual(['2026-01-16', '2026-01-17', '2026-01-21']);
    expect(next.deleted).toEqual(['2026-01-16']);
    const after = historySchema.parse(JSON.parse(next.files.component!));
    expect(after.foldedThrough).toBe('2026-01-16');
    expect(after.timeline).toEqual(monitorTimeline({ periods: [], checks: [...retainedChecksOf(start), makeCheck({ at: now })], intervalSeconds: 60 }));
    expect(after.timeline.slice(0, -1)).toEqual(before.timeline.slice(0, -1));
    expect(after.days.map((d) => d.date)).toEqual(before.days.map((d) => d.date));
    expect(next.files.component).toBe(recomputed(next.files));
  });
});

const retainedChecksOf = (files: Files) => [...files.days].flatMap(([d, text]) => parseCheckDay(text, d));

describe('a tick', () => {
  it('ignores checks on or before foldedThrough: folded days are final', () => {
    const files = tick(noFiles(), obs({ checks: [makeCheck({ at: T0 }), makeCheck({ at: T0 + 3 * DAY })] }), options(T0 + 3 * DAY, { retentionDays: 1 })).files;
    expect(historySchema.parse(JSON.parse(files.component!)).foldedThrough).toBe('2026-01-01');
    const again = tick(files, obs({ checks: [makeCheck({ at: T0 + MIN, status: 'major_outage' })] }), options(T0 + 3 * DAY, { retentionDays: 1 }));
    expect(again.files).toEqual(files);
  });

  it('moves a version 1 file’s checks into day files, with the same reading of every instant', () => {
    const checks = [makeCheck({ at: T0 }), makeCheck({ at: T0 + 5 * MIN, status: 'major_outage', responseMs: null }), makeCheck({ at: T0 + DAY })];
    const v1 = makeHistoryV1({ checks, periods: [makePeriod(T0 + 2 * MIN, T0 + 3 * MIN, 'partial_outage')], days: [{ date: '2025-12-31', checks: 3, meanResponseMs: 90, p95ResponseMs: 99 }] });
    const next = tick({ component: serializeHistoryV1(v1), days: new Map() }, obs({}), options(T0 + DAY + MIN, { intervalSeconds: 300 }));
    expect([...next.files.days.keys()]).toEqual(['2026-01-01', '2026-01-02']);
    expect(next.files.days.get('2026-01-01')).toBe(serializeCheckDay(checks.slice(0, 2)));
    const h = historySchema.parse(JSON.parse(next.files.component!));
    expect(h).toEqual(migrateHistory(v1, 'x').history);
    expect(next.files.component).toBe(recomputed(next.files));
  });

  it('pins the old reading when the interval changes: no instant reads differently', () => {
    // 1-minute checks with a 10-minute gap; at a 10-minute interval the check before the gap would stand over it.
    const checks = [0, 1, 2, 12, 13].map((m) => makeCheck({ at: T0 + m * MIN, status: m === 1 ? 'major_outage' : 'operational' }));
    const files = tick(noFiles(), obs({ checks }), options(T0 + 14 * MIN)).files;
    const before = historySchema.parse(JSON.parse(files.component!));
    const next = tick(files, obs({}), options(T0 + 15 * MIN, { intervalSeconds: 600 })).files;
    const after = historySchema.parse(JSON.parse(next.component!));
    expect(after.intervalSeconds).toBe(600);
    for (let t = T0 - MIN; t < T0 + 40 * MIN; t += MIN / 2) expect(timelineStatusAt(after, t), iso(t)).toBe(timelineStatusAt(before, t));
    expect(next.component).toBe(recomputed(next));
  });

  it('a component that never observed anything and whose source failed gets no file', () => {
    expect(tick(noFiles(), { failed: true }, options(T0)).files).toEqual(noFiles());
  });
});

// The property at the heart of the incremental pull: however ticks come, the component file is byte for byte what a
// full recomputation from every retained check and all periods gives.
describe('incremental ticks equal a full recomputation (property)', () => {
  const status = fc.constantFrom(...OBSERVED_STATUSES);
  const tickArb = fc.record({
    advance: fc.integer({ min: 1, max: 900 }),
    failed: fc.boolean(),
    checks: fc.array(fc.record({ back: fc.integer({ min: 0, max: 240 }), jitter: fc.integer({ min: 0, max: 59 }), status, ms: fc.option(fc.integer({ min: 1, max: 900 })) }), {
      maxLength: 25,
    }),
    old: fc.array(fc.record({ back: fc.integer({ min: 0, max: 5 * 1440 }), status }), { maxLength: 3 }),
    periods: fc.array(fc.record({ back: fc.integer({ min: 0, max: 600 }), len: fc.integer({ min: 1, max: 300 }), status: fc.constantFrom(...OBSERVED_STATUSES, 'no_data' as const) }), {
      maxLength: 3,
    }),
    interval: fc.constantFrom(60, 60, 60, 60, 300),
    audit: fc.option(fc.integer({ min: 0, max: 100 })),
  });
  const run = fc.record({ ticks: fc.array(tickArb, { minLength: 1, maxLength: 14 }), retention: fc.integer({ min: 0, max: 2 }) });
  type Run = typeof run extends fc.Arbitrary<infer T> ? T : never;

  /** The ticks as inputs and options, on a clock that starts on 1 January and moves on by each tick's advance. */
  function inputs(r: Run): Array<{ input: TickInput; options: TickOptions }> {
    let now = T0 + 600 * MIN;
    return r.ticks.map((t) => {
      now += t.advance * MIN;
      const at = (back: number, jitter = 0) => Math.max(T0, now - back * MIN - jitter * 1000);
      const input: TickInput = t.failed
        ? { failed: true }
        : {
            observations: {
              checks: [...t.checks.map((c) => makeCheck({ at: at(c.back, c.jitter), status: c.status, responseMs: c.ms })), ...t.old.map((c) => makeCheck({ at: at(c.back), status: c.status }))],
              periods: t.periods.map((p) => makePeriod(at(p.back), Math.min(now, at(p.back) + p.len * MIN), p.status)),
              ...(t.audit === null ? {} : { audit: { at: iso(now - t.audit * MIN), tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'x-content-type-options': t.audit % 2 === 0 } } }),
            },
          };
      return { input, options: { now: new Date(now), intervalSeconds: t.interval, retentionDays: r.retention } };
    });
  }

  it('after every tick, the files read back as a full recomputation gives them; forcing full recomputation gives the same bytes', () => {
    fc.assert(
      fc.property(run, (r) => {
        let files = noFiles();
        let full = noFiles();
        for (const { input, options } of inputs(r)) {
          files = tick(files, input, options).files;
          full = tick(full, input, { ...options, full: true }).files;
          if (files.component !== undefined) expect(files.component).toBe(recomputed(files));
          expect(files).toEqual(full);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Folding is final: a check that arrives more than `retention` days late is ignored on a folded day, and on the day
  // after one it does not cut short the standing of the folded day's last check (docs/history-format.md,
  // "Retention"). Checks here arrive at most four hours late, and retention is at least a day.
  it('folding changes no instant: the timeline equals that of the same ticks never folded', () => {
    fc.assert(
      fc.property(run, (r) => {
        const ticks = inputs({ retention: Math.max(1, r.retention), ticks: r.ticks.map((t) => ({ ...t, old: [], interval: 60 })) });
        let folded = noFiles();
        let kept = noFiles();
        for (const { input, options } of ticks) {
          folded = tick(folded, input, options).files;
          kept = tick(kept, input, { ...options, retentionDays: 10_000 }).files;
        }
        expect(folded.component === undefined).toBe(kept.component === undefined);
        if (folded.component === undefined) return;
        const a = historySchema.parse(JSON.parse(folded.component));
        const b = historySchema.parse(JSON.parse(kept.component!));
        expect(a.timeline).toEqual(b.timeline);
        // And the timeline is the reading rule applied to the unfolded periods and checks.
        const read = readingOf({ periods: b.periods, checks: retainedChecks(kept), intervalSeconds: 60 });
        const last = Date.parse(ticks.at(-1)!.options.now.toISOString());
        for (let t = T0; t < last + 10 * MIN; t += 7 * MIN) expect(timelineStatusAt(a, t), iso(t)).toBe(read(t));
      }),
      { numRuns: 200 },
    );
  });
});

describe('day totals (days a source knows only by a total, issue 8)', () => {
  const options: TickOptions = { now: new Date('2026-03-01T12:00:00.000Z'), intervalSeconds: 300, retentionDays: 35 };
  const check = makeCheck({ at: Date.parse('2026-03-01T11:50:00.000Z'), responseMs: 300 });

  it('are kept beside the timeline, never painted onto it; a recount replaces its own date only; a failed pull keeps them', () => {
    const first = tick(noFiles(), { observations: { checks: [check], periods: [], dayTotals: [{ date: '2026-02-26', downMinutes: 30 }, { date: '2026-02-27', downMinutes: 0 }] } }, options);
    const h1 = historySchema.parse(JSON.parse(first.files.component!));
    expect(h1.dayTotals).toEqual([{ date: '2026-02-26', downMinutes: 30 }, { date: '2026-02-27', downMinutes: 0 }]);
    // Not one minute of 26 February is on the timeline: only the check's own ten minutes.
    expect(h1.timeline).toEqual([{ from: '2026-03-01T11:50:00.000Z', to: '2026-03-01T12:00:00.000Z', status: 'operational' }]);

    const later = { ...options, now: new Date('2026-03-01T13:00:00.000Z') };
    const second = tick(first.files, { observations: { checks: [], periods: [], dayTotals: [{ date: '2026-02-27', downMinutes: 12 }] } }, later);
    expect(historySchema.parse(JSON.parse(second.files.component!)).dayTotals).toEqual([
      { date: '2026-02-26', downMinutes: 30 },
      { date: '2026-02-27', downMinutes: 12 },
    ]);
    const failed = tick(second.files, { failed: true }, { ...later, now: new Date('2026-03-01T14:00:00.000Z') });
    expect(historySchema.parse(JSON.parse(failed.files.component!)).dayTotals).toEqual(historySchema.parse(JSON.parse(second.files.component!)).dayTotals);
  });

  it('a history without day totals is written without the field, byte for byte as before', () => {
    const { files } = tick(noFiles(), { observations: { checks: [check], periods: [] } }, options);
    expect(files.component).not.toContain('dayTotals');
  });
});
