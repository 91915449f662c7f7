import { HISTORY_VERSION, type History, type HistoryAudit, type HistoryCheck, type HistoryDayTotal, type HistoryPeriod } from '../../schemas/history.ts';
import { checksToPeriods } from '../../lib/timeline/checks-to-periods.ts';
import { cutPeriods, normalizePeriods, overlayPeriods, uncovered } from './spans.ts';

/**
 * The rules for merging what a source observed into a component's history (docs/history-format.md, "Writing").
 * Pure: no clock, no I/O. The checks themselves are merged day by day (days.ts, mergeChecks); this module keeps the
 * rest of the component file:
 * - a new period replaces whatever the file said inside its span;
 * - new checks clear `no_data` gaps where they stand (a source caught up after an outage of its own);
 * - the newest audit wins;
 * - a source that failed adds a `no_data` gap from the end of the last real observation to now (recordGap).
 * Merging the same observations twice therefore gives the same history.
 */

/** A history with nothing in it. */
export function emptyHistory(intervalSeconds: number): History {
  return { version: HISTORY_VERSION, intervalSeconds, lastCheckAt: null, foldedThrough: null, periods: [], timeline: [], days: [] };
}

/** What the next pull needs to know of a history: its newest raw check, its interval and its periods. */
type Observed = Pick<History, 'lastCheckAt' | 'intervalSeconds' | 'periods'>;

/**
 * The end of the last real observation: the newest check plus the longest it can stand (2 × interval), or the end
 * of the last period that is not `no_data`, whichever is later. Undefined when nothing was ever observed.
 */
export function lastObservedEnd(history: Observed): number | undefined {
  let end = history.lastCheckAt === null ? undefined : Date.parse(history.lastCheckAt) + 2 * history.intervalSeconds * 1000;
  for (const p of history.periods) {
    if (p.status !== 'no_data') end = Math.max(end ?? -Infinity, Date.parse(p.to));
  }
  return end;
}

/** When the last real observation was made (newest check, or end of the last real period); where the next pull reads from. */
export function lastObservation(history: Observed): Date | undefined {
  let at = history.lastCheckAt === null ? undefined : Date.parse(history.lastCheckAt);
  for (const p of history.periods) {
    if (p.status !== 'no_data') at = Math.max(at ?? -Infinity, Date.parse(p.to));
  }
  return at === undefined ? undefined : new Date(at);
}

/**
 * The `no_data` gap a failed source leaves at `now`: from the end of the last real observation to `now`. Undefined
 * when there is nothing to record (nothing was ever observed, so all of it is already no data; or the last
 * observation still stands).
 */
export function gapAt(history: Observed, now: Date): HistoryPeriod | undefined {
  const end = lastObservedEnd(history);
  if (end === undefined || end >= now.getTime()) return undefined;
  return { from: new Date(end).toISOString(), to: now.toISOString(), status: 'no_data' };
}

/**
 * Records that a source could not be read at `now` (gapAt). Nothing else changes; nothing is recorded as up or
 * down. The next failure extends the same gap.
 */
export function recordGap(history: History, now: Date): History {
  const gap = gapAt(history, now);
  return gap ? { ...history, periods: overlayPeriods(history.periods, [gap]) } : history;
}

/**
 * The periods after a merge: new checks (fresh, not yet on file or not) cut `no_data` spans where they stand, read
 * with the monitor's interval; then the new periods replace whatever lay under them.
 */
export function mergePeriods(
  periods: readonly HistoryPeriod[],
  observations: { checks: readonly HistoryCheck[]; periods: readonly HistoryPeriod[] },
  intervalSeconds: number,
): HistoryPeriod[] {
  let out = normalizePeriods(periods);
  if (observations.checks.length > 0 && out.some((p) => p.status === 'no_data')) {
    out = cutPeriods(out, checksToPeriods(observations.checks, intervalSeconds), (s) => s === 'no_data');
  }
  return overlayPeriods(out, observations.periods);
}

/**
 * When the monitor's interval changes, the checks on file keep the meaning they had: their reading with the old
 * interval becomes periods (`no_data` where that reading left gaps, up to where the last check could stand under
 * either interval), so reading them with the new interval changes no minute. Existing periods stay on top.
 */
export function pinOldReading(
  periods: readonly HistoryPeriod[],
  checks: readonly HistoryCheck[],
  intervals: { old: number; new: number },
): HistoryPeriod[] {
  if (checks.length === 0) return normalizePeriods(periods);
  const reading = checksToPeriods(checks, intervals.old);
  const first = Date.parse(reading[0]!.from);
  let last = -Infinity;
  for (const c of checks) last = Math.max(last, Date.parse(c.at));
  const end = last + 2 * Math.max(intervals.old, intervals.new) * 1000;
  const range: HistoryPeriod = { from: new Date(first).toISOString(), to: new Date(end).toISOString(), status: 'no_data' };
  const gaps = uncovered([range], reading);
  return overlayPeriods([...reading, ...gaps], periods);
}

/** The newer of two audits, with instants and header names in canonical form. */
export function newerAudit(current: HistoryAudit | undefined, incoming: HistoryAudit | undefined): HistoryAudit | undefined {
  if (!incoming || (current && Date.parse(incoming.at) <= Date.parse(current.at))) return current;
  return {
    at: new Date(incoming.at).toISOString(),
    ...(incoming.url !== undefined ? { url: incoming.url } : {}),
    tlsExpiresAt: incoming.tlsExpiresAt === null ? null : new Date(incoming.tlsExpiresAt).toISOString(),
    ...(incoming.tlsDaysLeft !== undefined ? { tlsDaysLeft: incoming.tlsDaysLeft } : {}),
    ...(incoming.tlsTrusted !== undefined ? { tlsTrusted: incoming.tlsTrusted } : {}),
    ...(incoming.tlsError !== undefined ? { tlsError: incoming.tlsError } : {}),
    headers: Object.fromEntries(Object.entries(incoming.headers).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
  };
}

/**
 * Day totals (days a source knows only by a total of down minutes) after a pull: a new total replaces the one on file
 * for its date (the source recounted that day), others are kept; oldest first, one per date. Totals are kept beside
 * the timeline, never painted onto it, so they never replace what was observed minute by minute.
 *
 * @example mergeDayTotals([{ date: '2026-02-26', downMinutes: 30 }], [{ date: '2026-02-26', downMinutes: 32 }]) // → [{ date: '2026-02-26', downMinutes: 32 }]
 */
export function mergeDayTotals(current: readonly HistoryDayTotal[] | undefined, incoming: readonly HistoryDayTotal[] | undefined): HistoryDayTotal[] {
  const byDate = new Map<string, HistoryDayTotal>();
  for (const d of [...(current ?? []), ...(incoming ?? [])]) byDate.set(d.date, { date: d.date, downMinutes: d.downMinutes });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
