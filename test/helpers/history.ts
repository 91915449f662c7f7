import type { HistoryV1, HistoryCheck, HistoryPeriod } from '../../src/schemas/history.ts';
import { DOWNTIME_WEIGHT, type ComponentStatus } from '../../src/vocabulary/status.ts';

/** Fixture factories and an independent reading of a history file, for tests. */

export const T0 = Date.parse('2026-01-01T00:00:00.000Z');
export const MIN = 60_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export function makeCheck(overrides: Omit<Partial<HistoryCheck>, 'at'> & { at: string | number }): HistoryCheck {
  const at = typeof overrides.at === 'number' ? iso(overrides.at) : overrides.at;
  return { status: 'operational', responseMs: 100, ...overrides, at };
}

export function makePeriod(from: number, to: number, status: HistoryPeriod['status'] = 'major_outage'): HistoryPeriod {
  return { from: iso(from), to: iso(to), status };
}

export function makeHistory(overrides: Partial<HistoryV1> = {}): HistoryV1 {
  return { version: 1, intervalSeconds: 300, checks: [], periods: [], days: [], ...overrides };
}

/**
 * The status of a history at instant t, straight from the reading rule in src/schemas/history.ts, written
 * independently of the store: a period's status inside it; else the last check at or before t if it is less than
 * 2 × interval old; else no_data.
 */
export function statusAt(h: HistoryV1, t: number): ComponentStatus {
  for (const p of h.periods) if (Date.parse(p.from) <= t && t < Date.parse(p.to)) return p.status;
  // Checks are sorted: binary search for the last one at or before t.
  let lo = 0;
  let hi = h.checks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Date.parse(h.checks[mid]!.at) <= t) lo = mid + 1;
    else hi = mid;
  }
  const last: HistoryCheck | undefined = h.checks[lo - 1];
  if (last && t < Date.parse(last.at) + 2 * h.intervalSeconds * 1000) return last.status;
  return 'no_data';
}

/** Weighted down time and eligible time over [from, to), sampled every `stepMs` at the middle of each step. */
export function downtime(h: HistoryV1, from: number, to: number, stepMs = 30_000): { down: number; eligible: number } {
  let down = 0;
  let eligible = 0;
  for (let t = from + stepMs / 2; t < to; t += stepMs) {
    const s = statusAt(h, t);
    if (s === 'no_data' || s === 'under_maintenance') continue;
    eligible += stepMs;
    down += DOWNTIME_WEIGHT[s] * stepMs;
  }
  return { down, eligible };
}
