import type { HistoryCheck } from '../../schemas/history.ts';

/**
 * UTC days, as the store splits raw checks: content/history/<client>/<component>/<YYYY-MM-DD>.jsonl holds the checks
 * of one UTC day. Pure helpers; the files themselves are read and written in files.ts.
 */

export const DAY_MS = 86_400_000;

/** The UTC calendar day (YYYY-MM-DD) of an instant. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC at or before an instant. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Midnight UTC at the start of a calendar day. */
export const dayStart = (date: string): number => Date.parse(`${date}T00:00:00.000Z`);

/** The UTC day of a check as stored: its instant is canonical (toISOString), so the day is its first ten characters. */
export const dayOf = (c: HistoryCheck): string => c.at.slice(0, 10);

/** A day file's name, and the pattern that recognises one. */
export const dayFileName = (date: string) => `${date}.jsonl`;
export const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

/** Instants as toISOString writes them; anything else (no milliseconds, an offset) is rewritten. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A check with its instant canonical and its keys in order. */
export const normalizeCheck = (c: HistoryCheck): HistoryCheck => ({
  at: CANONICAL_INSTANT.test(c.at) ? c.at : new Date(c.at).toISOString(),
  status: c.status,
  responseMs: c.responseMs,
});

/** Checks grouped by UTC day, in the order given. */
export function groupByDay(checks: readonly HistoryCheck[]): Map<string, HistoryCheck[]> {
  const byDay = new Map<string, HistoryCheck[]>();
  for (const c of checks) {
    const date = dayOf(c);
    const list = byDay.get(date);
    if (list) list.push(c);
    else byDay.set(date, [c]);
  }
  return byDay;
}

/**
 * One day's checks after a merge: sorted by instant, one per instant, the earlier list's check winning (a check is a
 * fact recorded once: the one already on file wins). Instants must be canonical (normalizeCheck), so that they
 * compare as strings in time order.
 *
 * @example
 * mergeChecks([onFile], [again, later]) // → [onFile, later]
 */
export function mergeChecks(...lists: ReadonlyArray<readonly HistoryCheck[]>): HistoryCheck[] {
  const byInstant = new Map<string, HistoryCheck>();
  for (const list of lists) for (const c of list) if (!byInstant.has(c.at)) byInstant.set(c.at, c);
  return [...byInstant.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
