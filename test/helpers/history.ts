import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyCheck, historySchema, type History, type HistoryCheck, type HistoryPeriod, type HistoryV1 } from '../../src/schemas/history.ts';
import { DOWNTIME_WEIGHT, type ComponentStatus } from '../../src/vocabulary/status.ts';

/**
 * Fixture factories and an independent reading of history files, for tests: written from the format's description
 * (docs/history-format.md) with nothing from the store, so a store bug cannot hide behind its own reader.
 */

export const T0 = Date.parse('2026-01-01T00:00:00.000Z');
export const MIN = 60_000;
export const DAY = 1440 * MIN;
export const iso = (ms: number) => new Date(ms).toISOString();

export function makeCheck(overrides: Omit<Partial<HistoryCheck>, 'at'> & { at: string | number }): HistoryCheck {
  const at = typeof overrides.at === 'number' ? iso(overrides.at) : overrides.at;
  return { status: 'operational', responseMs: 100, ...overrides, at };
}

export function makePeriod(from: number, to: number, status: HistoryPeriod['status'] = 'major_outage'): HistoryPeriod {
  return { from: iso(from), to: iso(to), status };
}

/** A version 1 history (checks inline), for migration tests. */
export function makeHistoryV1(overrides: Partial<HistoryV1> = {}): HistoryV1 {
  return { version: 1, intervalSeconds: 300, checks: [], periods: [], days: [], ...overrides };
}

/** A version 1 file's text (checks inline), as a pull before version 2 wrote it: to test that it migrates. */
export const serializeHistoryV1 = (h: HistoryV1): string => `${JSON.stringify(h, null, 2)}\n`;

/** What the reading rule reads: periods that take precedence, raw checks elsewhere, the interval. */
export interface RawHistory {
  periods: readonly HistoryPeriod[];
  checks: readonly HistoryCheck[];
  intervalSeconds: number;
}

/**
 * The reading rule (src/schemas/history.ts) straight from periods and raw checks, as a function of the instant t:
 * a period's status inside it; else the last check at or before t if it is less than 2 × interval old; else no_data.
 */
export function readingOf(h: RawHistory): (t: number) => ComponentStatus {
  const byTime = new Map<number, HistoryCheck>();
  for (const c of h.checks) byTime.set(Date.parse(c.at), c);
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const periods = h.periods.map((p) => ({ from: Date.parse(p.from), to: Date.parse(p.to), status: p.status }));
  return (t) => {
    for (const p of periods) if (p.from <= t && t < p.to) return p.status;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? times[lo - 1]! : undefined;
    if (last !== undefined && t < last + 2 * h.intervalSeconds * 1000) return byTime.get(last)!.status;
    return 'no_data';
  };
}

/** The status at instant t by the reading rule (readingOf), for one instant. */
export const statusAt = (h: RawHistory, t: number): ComponentStatus => readingOf(h)(t);

/** The status at instant t as the site reads a version 2 file: the timeline segment holding t, else no_data. */
export function timelineStatusAt(h: Pick<History, 'timeline'>, t: number): ComponentStatus {
  for (const s of h.timeline) if (Date.parse(s.from) <= t && t < Date.parse(s.to)) return s.status;
  return 'no_data';
}

/** Weighted down time and eligible time over [from, to), sampled every `stepMs` at the middle of each step. */
export function downtime(read: (t: number) => ComponentStatus, from: number, to: number, stepMs = 30_000): { down: number; eligible: number } {
  let down = 0;
  let eligible = 0;
  for (let t = from + stepMs / 2; t < to; t += stepMs) {
    const s = read(t);
    if (s === 'no_data' || s === 'under_maintenance') continue;
    eligible += stepMs;
    down += DOWNTIME_WEIGHT[s] * stepMs;
  }
  return { down, eligible };
}

/** A component's files as a test reads them: the component file (validated) and every day file's checks. */
export interface ComponentOnDisk {
  history: History;
  /** Every raw check of every day file, in file order. */
  checks: HistoryCheck[];
  /** Day file dates on disk. */
  days: string[];
}

/** Reads content/history/<client>/<component>.json and its day files with the schemas alone. */
export function readComponentOnDisk(historyRoot: string, client: string, component: string): ComponentOnDisk {
  const history = historySchema.parse(JSON.parse(readFileSync(join(historyRoot, client, `${component}.json`), 'utf8')));
  const folder = join(historyRoot, client, component);
  const days = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, 10)).sort() : [];
  const checks = days.flatMap((d) =>
    readFileSync(join(folder, `${d}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => historyCheck.parse(JSON.parse(line))),
  );
  return { history, checks, days };
}
