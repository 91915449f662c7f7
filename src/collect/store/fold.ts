import type { HistoryV1, HistoryCheck, HistoryDay } from '../../schemas/history.ts';
import { checksToPeriods } from '../../lib/timeline/checks-to-periods.ts';
import { normalizePeriods, uncovered } from './spans.ts';
import { rollupDay } from '../../lib/uptime/response-rollup.ts';

export { rollupDay };

/**
 * Retention: raw checks older than the retention period fold into `periods` (status, by the standing rule) and
 * `days` (response-time rollups), so a file stays bounded however long it is kept. Pure: `now` is a parameter.
 *
 * Folding never changes what the history says about any minute:
 * - the folded checks become spans by checksToPeriods, the same rule that reads raw checks;
 * - the last folded check stands only until the first kept check, as it would have;
 * - periods already on file take precedence over checks, so folded spans only fill what they left uncovered.
 * So availability computed from the folded file equals that from the raw one (tested in fold.test.ts).
 */

/** How long raw checks are kept, in days, unless configured otherwise. */
export const DEFAULT_RETENTION_DAYS = 35;

const DAY_MS = 86_400_000;

/** Checks before this instant are folded: the start of the UTC day `retentionDays` before `now`. */
export function foldCutoff(now: Date, retentionDays: number): number {
  const t = now.getTime() - retentionDays * DAY_MS;
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * Folds raw checks older than the retention period (see foldCutoff) into periods and daily rollups.
 *
 * @example
 * foldHistory(history, { now: new Date('2026-03-01T12:00:00Z'), retentionDays: 35 })
 * // checks before 2026-01-25T00:00:00Z are now in `periods` and `days`
 */
export function foldHistory(history: HistoryV1, options: { now: Date; retentionDays?: number }): HistoryV1 {
  const cutoff = foldCutoff(options.now, options.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const old = history.checks.filter((c) => Date.parse(c.at) < cutoff);
  if (old.length === 0) return history;
  const kept = history.checks.filter((c) => Date.parse(c.at) >= cutoff);

  // The last folded check stands until the first kept one at most, exactly as when read raw.
  const limit = kept.length ? Date.parse(kept[0]!.at) : Infinity;
  const spans = checksToPeriods(old, history.intervalSeconds)
    .map((p) => (Date.parse(p.to) > limit ? { ...p, to: new Date(limit).toISOString() } : p))
    .filter((p) => Date.parse(p.to) > Date.parse(p.from));
  const periods = normalizePeriods([...history.periods, ...uncovered(spans, history.periods)]);

  const byDay = new Map<string, HistoryCheck[]>();
  for (const c of old) {
    const date = c.at.slice(0, 10);
    const day = byDay.get(date);
    if (day) day.push(c);
    else byDay.set(date, [c]);
  }
  const days = new Map(history.days.map((d) => [d.date, d]));
  for (const [date, checks] of byDay) {
    const existing = days.get(date);
    const rolled = rollupDay(date, checks);
    // A day already rolled up cannot gain checks through merge (the fold boundary), but stay safe if it does.
    days.set(date, existing ? combineDays(existing, rolled) : rolled);
  }
  return {
    ...history,
    checks: kept,
    periods,
    days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** Two rollups of one day: counts add, means weigh by count, the 95th percentile is approximated by the larger. */
function combineDays(a: HistoryDay, b: HistoryDay): HistoryDay {
  const mean =
    a.meanResponseMs === null ? b.meanResponseMs
    : b.meanResponseMs === null ? a.meanResponseMs
    : Math.round(((a.meanResponseMs * a.checks + b.meanResponseMs * b.checks) / (a.checks + b.checks)) * 10) / 10;
  const p95 = a.p95ResponseMs === null ? b.p95ResponseMs : b.p95ResponseMs === null ? a.p95ResponseMs : Math.max(a.p95ResponseMs, b.p95ResponseMs);
  return { date: a.date, checks: a.checks + b.checks, meanResponseMs: mean, p95ResponseMs: p95 };
}
