/**
 * In-process benchmarks of the pure domain logic (src/lib) and the history store (src/collect/store), warm, on one
 * synthetic client: 8 components probed every 5 minutes for 100 days, 10 incidents, 3 maintenance windows, history
 * made by the real store (scripts/bench/synthetic.ts). Inputs are shared across runs: every function timed here is
 * pure (the store's own tests check that merge and fold do not change their input).
 */
import { foldHistory, mergeObservations, migrateHistory, serializeHistory } from '../../src/collect/store/index.ts';
import { monthlyReport } from '../../src/lib/sla/monthly-report.ts';
import { lastDays } from '../../src/lib/time/day.ts';
import { componentTimeline } from '../../src/lib/timeline/component-timeline.ts';
import { dailyBars } from '../../src/lib/uptime/daily-bars.ts';
import { historyV1Schema, type HistoryV1, type HistoryCheck } from '../../src/schemas/history.ts';
import { timeIt, type TimingOptions, type TimingResult } from './measure.ts';
import { syntheticClientData, syntheticHistory, type SyntheticSpec } from './synthetic.ts';

export interface DomainRow extends TimingResult {
  name: string;
  /** What the input was, in a few words. */
  input: string;
}

const DAY_MS = 86_400_000;

/** `count` fresh 5-minute checks after `after`, as one pull would bring them. */
function pullChecks(after: number, count: number): HistoryCheck[] {
  return Array.from({ length: count }, (_, i) => ({
    at: new Date(after + (i + 1) * 300_000 + 3000).toISOString(),
    status: 'operational' as const,
    responseMs: 180 + i,
  }));
}

/** Runs every domain benchmark; `log` is told each row as it finishes. */
export function runDomainBenchmarks(
  demoContent: string,
  spec: SyntheticSpec,
  timing: TimingOptions,
  log: (row: DomainRow) => void = () => {},
): DomainRow[] {
  const rows: DomainRow[] = [];
  const run = <T>(name: string, input: string, fn: (x: T) => unknown, setup: () => T) => {
    const row = { name, input, ...timeIt(fn, setup, timing) };
    rows.push(row);
    log(row);
  };

  // The client as the build loads it, with history as the pull stores it (raw checks for `retentionDays`).
  const data = syntheticClientData(demoContent, spec);
  // Every component in the SLA, so the report covers all 8.
  const client = { ...data.client, slaComponents: data.client.components.map((c) => c.id) };
  const now = new Date(spec.asOf);
  const www = data.histories.website!;
  const checksStored = Object.values(data.histories).reduce((n, h) => n + (h?.checks.length ?? 0), 0);
  const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
  const [previousMonth, currentMonth] = [month(-1), month(0)];

  const reportInput = { ...data, client };
  const desc = `8 comps, ${checksStored.toLocaleString('en')} raw checks`;
  run('monthlyReport (complete month)', `${previousMonth}, ${desc}`, (x) => monthlyReport(x), () => ({ ...reportInput, month: previousMonth, now }));
  run('monthlyReport (running month)', `${currentMonth}, ${desc}`, (x) => monthlyReport(x), () => ({ ...reportInput, month: currentMonth, now }));

  const [firstDay] = lastDays(90, now, client.timeZone);
  const barsFor = (componentId: string) => {
    const segments = componentTimeline({
      componentId,
      history: data.histories[componentId],
      incidents: data.incidents,
      maintenance: data.maintenance,
      from: firstDay!.start,
      to: now,
      now,
    });
    return dailyBars(segments, { days: 90, now, timeZone: client.timeZone });
  };
  run('componentTimeline + dailyBars', `90 days, 1 comp, ${www.checks.length.toLocaleString('en')} raw checks`, barsFor, () => 'website');
  run('  … for a status page', '90 days × 8 comps', () => client.components.map((c) => barsFor(c.id)), () => undefined);

  // The store. A pull every 15 minutes brings 3 checks; an hourly one 12.
  const lastAt = Date.parse(www.checks.at(-1)!.at);
  const storedDesc = `${www.checks.length.toLocaleString('en')} checks, ${www.periods.length} periods, ${www.days.length} days`;
  run('mergeObservations (1 pull, 12 checks)', `into ${storedDesc}`, (h: HistoryV1) => mergeObservations(h, { checks: pullChecks(lastAt, 12), periods: [] }, { intervalSeconds: 300 }), () => www);

  // Daily fold: the history as stored, one day later (plus that day's checks): one day of 36 folds.
  const dayLater = mergeObservations(www, { checks: pullChecks(lastAt, 288), periods: [] }, { intervalSeconds: 300 });
  run('foldHistory (daily: 1 day of 36 folds)', `${dayLater.checks.length.toLocaleString('en')} raw checks, retention ${spec.retentionDays} d`, (h: HistoryV1) => foldHistory(h, { now: new Date(spec.asOf + DAY_MS), retentionDays: spec.retentionDays }), () => dayLater);

  // First fold of a long unfolded history (a new install importing 100 days, or retention shortened).
  const raw = syntheticHistory(data.clientId, 'website', data.incidents, { ...spec, retentionDays: Infinity });
  run(`foldHistory (first: ${spec.days} d raw)`, `${raw.checks.length.toLocaleString('en')} raw checks → ${spec.retentionDays} d`, (h: HistoryV1) => foldHistory(h, { now, retentionDays: spec.retentionDays }), () => raw);
  run(`mergeObservations (first: ${spec.days} d)`, `${raw.checks.length.toLocaleString('en')} checks into empty`, (checks: HistoryCheck[]) => mergeObservations(undefined, { checks, periods: [] }, { intervalSeconds: 300 }), () => raw.checks);

  const text = serializeHistory(www);
  run('serializeHistory', `${storedDesc} (${(text.length / 1024).toFixed(0)} KB)`, (h: HistoryV1) => serializeHistory(h), () => www);
  run('read history (JSON.parse + migrate)', `${(text.length / 1024).toFixed(0)} KB file`, (t: string) => migrateHistory(JSON.parse(t), 'bench.json'), () => text);
  run('historyV1Schema.parse (zod, as the build)', `${(text.length / 1024).toFixed(0)} KB file, parsed JSON`, (d: unknown) => historyV1Schema.parse(d), () => JSON.parse(text) as unknown);
  return rows;
}
