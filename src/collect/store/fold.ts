import type { HistoryCheck, HistoryPeriod } from '../../schemas/history.ts';
import { checksToPeriods } from '../../lib/timeline/checks-to-periods.ts';
import { DAY_MS } from './days.ts';
import { normalizePeriods, uncovered } from './spans.ts';

/**
 * Retention: the day files of UTC days older than the retention period fold into `periods`, by the standing rule, and
 * are deleted, so history stays bounded however long it is kept. Their response-time rollups are already in `days`.
 * Pure: `now` is a parameter.
 *
 * Folding never changes what the history says about any instant (the timeline is the same before and after):
 * - the folded checks become spans by checksToPeriods, the same rule that reads raw checks;
 * - the last folded check stands only until the first kept check, as it would have (the fold clip);
 * - periods already on file take precedence over checks, so folded spans only fill what they left uncovered.
 * So availability computed from the folded history equals that from the raw one (tested in fold.test.ts).
 */

/** How long raw checks are kept, in days, unless configured otherwise. */
export const DEFAULT_RETENTION_DAYS = 35;

/** Checks before this instant are folded: the start of the UTC day `retentionDays` before `now`. */
export function foldCutoff(now: Date, retentionDays: number): number {
  const t = now.getTime() - retentionDays * DAY_MS;
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * The periods once `folded` (the raw checks of the days being folded, in any order) are folded in: their spans by
 * the standing rule, the last of them clipped at `firstKeptAt` (the earliest check that stays raw, if any), laid
 * only where `periods` leave time uncovered.
 *
 * @example
 * // 5-minute checks; the last folded one at 23:58 stands until the first kept one at 00:01, not until 00:08
 * foldChecks([], [{ at: '…T23:58:00.000Z', status: 'major_outage', responseMs: null }], Date.parse('…T00:01:00.000Z'), 300)
 * // → [{ from: '…T23:58:00.000Z', to: '…T00:01:00.000Z', status: 'major_outage' }]
 */
export function foldChecks(
  periods: readonly HistoryPeriod[],
  folded: readonly HistoryCheck[],
  firstKeptAt: number | undefined,
  intervalSeconds: number,
): HistoryPeriod[] {
  if (folded.length === 0) return normalizePeriods(periods);
  const limit = firstKeptAt ?? Infinity;
  const spans = checksToPeriods(folded, intervalSeconds)
    .map((p) => (Date.parse(p.to) > limit ? { ...p, to: new Date(limit).toISOString() } : p))
    .filter((p) => Date.parse(p.to) > Date.parse(p.from));
  return normalizePeriods([...periods, ...uncovered(spans, periods)]);
}
