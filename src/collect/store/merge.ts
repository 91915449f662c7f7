import { HISTORY_V1, type HistoryV1, type HistoryCheck } from '../../schemas/history.ts';
import { checksToPeriods } from '../../lib/timeline/checks-to-periods.ts';
import type { Observations } from '../source.ts';
import { cutPeriods, normalizePeriods, overlayPeriods } from './spans.ts';

/**
 * Merging what a source observed into a component's history. Pure: no clock, no I/O.
 *
 * The rules (docs/history-format.md, "Merging"):
 * - a check is a fact recorded once: checks dedupe by instant, and the one already on file wins;
 * - checks before the fold boundary (the day after the last `days` rollup) are final and ignored;
 * - a new period replaces whatever the file said inside its span;
 * - new checks clear `no_data` gaps where they stand (a source caught up after an outage of its own);
 * - the newest audit wins.
 * Merging the same observations twice therefore gives the same history.
 */

const DAY_MS = 86_400_000;

/** A history with nothing in it. */
export function emptyHistory(intervalSeconds: number): HistoryV1 {
  return { version: HISTORY_V1, intervalSeconds, checks: [], periods: [], days: [] };
}

/** Checks before this instant have been folded into `periods` and `days`; null if nothing has been folded. */
export function foldBoundary(history: HistoryV1): number | null {
  const last = history.days.at(-1);
  return last ? Date.parse(`${last.date}T00:00:00.000Z`) + DAY_MS : null;
}

/**
 * The end of the last real observation: the last check plus the longest it can stand (2 × interval), or the end
 * of the last period that is not `no_data`, whichever is later. Undefined when nothing was ever observed.
 */
export function lastObservedEnd(history: HistoryV1): number | undefined {
  let end: number | undefined;
  const last = history.checks.at(-1);
  if (last) end = Date.parse(last.at) + 2 * history.intervalSeconds * 1000;
  for (const p of history.periods) {
    if (p.status !== 'no_data') end = Math.max(end ?? -Infinity, Date.parse(p.to));
  }
  return end;
}

/** When the last real observation was made (last check, or end of the last real period); where the next pull reads from. */
export function lastObservation(history: HistoryV1): Date | undefined {
  let at: number | undefined;
  const last = history.checks.at(-1);
  if (last) at = Date.parse(last.at);
  for (const p of history.periods) {
    if (p.status !== 'no_data') at = Math.max(at ?? -Infinity, Date.parse(p.to));
  }
  return at === undefined ? undefined : new Date(at);
}

/** Instants as toISOString writes them; anything else (no milliseconds, an offset) is rewritten. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const normalizeCheck = (c: HistoryCheck): HistoryCheck => ({
  at: CANONICAL_INSTANT.test(c.at) ? c.at : new Date(c.at).toISOString(),
  status: c.status,
  responseMs: c.responseMs,
});

/**
 * Merges observations into a history (or into an empty one), for a monitor checking every `intervalSeconds`.
 *
 * If the monitor's interval changed, the checks on file are first pinned as periods read with the old interval,
 * so their meaning does not change; the checks stay for their response times.
 *
 * @example
 * const once = mergeObservations(history, obs, { intervalSeconds: 300 });
 * mergeObservations(once, obs, { intervalSeconds: 300 }) // deep-equals `once`
 */
export function mergeObservations(
  history: HistoryV1 | undefined,
  observations: Observations,
  options: { intervalSeconds: number },
): HistoryV1 {
  let h: HistoryV1 = history ? structuredClone(history) : emptyHistory(options.intervalSeconds);

  if (h.intervalSeconds !== options.intervalSeconds) {
    const pinned = checksToPeriods(h.checks, h.intervalSeconds);
    // Existing periods keep precedence over checks, so they go on top.
    h = { ...h, intervalSeconds: options.intervalSeconds, periods: overlayPeriods(pinned, h.periods) };
  }

  // Checks: dedupe by instant, the first recorded wins; ignore what lies before the fold boundary.
  const boundary = foldBoundary(h) ?? -Infinity;
  const byTime = new Map<number, HistoryCheck>();
  for (const c of h.checks) byTime.set(Date.parse(c.at), normalizeCheck(c));
  const fresh = observations.checks.map(normalizeCheck).filter((c) => Date.parse(c.at) >= boundary);
  for (const c of fresh) {
    const t = Date.parse(c.at);
    if (!byTime.has(t)) byTime.set(t, c);
  }
  h.checks = [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);

  // New checks fill no_data gaps where they stand; then new periods replace whatever was there.
  let periods = normalizePeriods(h.periods);
  if (fresh.length > 0 && periods.some((p) => p.status === 'no_data')) {
    periods = cutPeriods(periods, checksToPeriods(fresh, h.intervalSeconds), (s) => s === 'no_data');
  }
  h.periods = overlayPeriods(periods, observations.periods);

  if (observations.audit && (!h.audit || Date.parse(observations.audit.at) > Date.parse(h.audit.at))) {
    const a = observations.audit;
    h.audit = {
      at: new Date(a.at).toISOString(),
      tlsExpiresAt: a.tlsExpiresAt === null ? null : new Date(a.tlsExpiresAt).toISOString(),
      tlsDaysLeft: a.tlsDaysLeft,
      headers: Object.fromEntries(Object.entries(a.headers).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
    };
  }
  return h;
}

/**
 * Records that a source could not be read at `now`: a `no_data` span from the end of the last real observation
 * to `now`. Nothing else changes; nothing is recorded as up or down. A history that never observed anything is
 * returned as it is (the whole of it is already no data).
 */
export function recordGap(history: HistoryV1, now: Date): HistoryV1 {
  const end = lastObservedEnd(history);
  if (end === undefined || end >= now.getTime()) return history;
  const gap = { from: new Date(end).toISOString(), to: now.toISOString(), status: 'no_data' as const };
  return { ...history, periods: overlayPeriods(history.periods, [gap]) };
}
