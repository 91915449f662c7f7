import type { HistoryPeriod } from '../../schemas/history.ts';

/**
 * Arithmetic on status spans [from, to), in one place for the whole pull: the store's `periods` (cut, lay one set
 * over another, join neighbours) and the sources' Timeline (src/collect/window.ts), which paints vendor spans with
 * the same overlay. The store keeps `periods` sorted, non-overlapping and coalesced (no two adjacent spans share a
 * status), which is what makes merging idempotent: the same input always normalises to the same list.
 */

type Status = HistoryPeriod['status'];

/** A span in epoch milliseconds, [from, to). */
export interface Span<S extends string = Status> {
  from: number;
  to: number;
  status: S;
}

const toSpan = (p: HistoryPeriod): Span => ({ from: Date.parse(p.from), to: Date.parse(p.to), status: p.status });

/** A span as the history file writes it (ISO instants with milliseconds). */
export const toPeriod = <S extends Status>(s: Span<S>): HistoryPeriod & { status: S } => ({
  from: new Date(s.from).toISOString(),
  to: new Date(s.to).toISOString(),
  status: s.status,
});

/** Sorted by start; joins touching spans with the same status; drops empty ones. Assumes no overlaps. */
export function coalesceSpans<S extends string>(spans: readonly Span<S>[]): Span<S>[] {
  const sorted = spans.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Span<S>[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && last.status === s.status && last.to >= s.from) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** The union of ranges, sorted and merged. */
function unionOf(ranges: readonly { from: number; to: number }[]): { from: number; to: number }[] {
  const sorted = ranges.filter((r) => r.to > r.from).sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ from: r.from, to: r.to });
  }
  return out;
}

/** Removes the ranges of `cuts` from `spans` (in any order); pieces keep their span's status. Linear after sorting. */
export function subtractSpans<S extends string>(spans: readonly Span<S>[], cuts: readonly { from: number; to: number }[]): Span<S>[] {
  const union = unionOf(cuts);
  if (union.length === 0) return spans.map((s) => ({ ...s }));
  const out: Span<S>[] = [];
  for (const s of spans) {
    // The first cut that ends after the span starts (binary search), then every cut that starts before it ends.
    let lo = 0;
    let hi = union.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (union[mid]!.to <= s.from) lo = mid + 1;
      else hi = mid;
    }
    let from = s.from;
    for (let i = lo; i < union.length && union[i]!.from < s.to; i++) {
      const cut = union[i]!;
      if (cut.from > from) out.push({ from, to: cut.from, status: s.status });
      from = Math.max(from, cut.to);
    }
    if (from < s.to) out.push({ from, to: s.to, status: s.status });
  }
  return out;
}

/**
 * Lays `top` over `spans` (non-overlapping): inside each span of `top`, it replaces whatever was there. Within
 * `top`, a later span wins over an earlier one it overlaps. Returns non-overlapping spans, not coalesced.
 */
export function overlaySpans<S extends string>(spans: readonly Span<S>[], top: readonly Span<S>[]): Span<S>[] {
  // Flatten `top` first (later wins), so the base is cut once by the union of all of it.
  let flat: Span<S>[] = [];
  for (const t of top) {
    if (!(t.to > t.from)) continue;
    flat = subtractSpans(flat, [t]);
    flat.push({ ...t });
  }
  return [...subtractSpans(spans, flat), ...flat];
}

/** Instants as toISOString writes them: such instants compare as strings in time order. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Whether periods are already as normalizePeriods leaves them: canonical instants, sorted, non-empty, not overlapping,
 * no two touching neighbours sharing a status. Linear, with string comparisons only; what the store writes always is.
 */
export function isNormalized(periods: readonly HistoryPeriod[]): boolean {
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (!CANONICAL.test(p.from) || !CANONICAL.test(p.to) || !(p.from < p.to)) return false;
    const q = periods[i - 1];
    if (q && (q.to > p.from || (q.to === p.from && q.status === p.status))) return false;
  }
  return true;
}

/** In a list sorted so that `reached` is false then true, the index of the first item it holds for. Binary search. */
export function firstWhere<T>(sorted: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * In normalised periods, the index of the first one that ends at or after `at`: those before it end before `at`,
 * so a change from `at` on can neither touch nor join them.
 */
export const firstEndingFrom = (periods: readonly HistoryPeriod[], at: number): number => firstWhere(periods, (p) => Date.parse(p.to) >= at);

/**
 * Applies `change` (which alters nothing before `from`) to the periods from `from` on: on normalised periods only the
 * tail is converted and recomputed, the head is kept as it is, so a tick costs what it changes, not the whole history.
 */
function fromOn(periods: readonly HistoryPeriod[], from: number, change: (tail: Span[]) => Span[]): HistoryPeriod[] {
  const k = isNormalized(periods) ? firstEndingFrom(periods, from) : 0;
  return [...periods.slice(0, k), ...coalesceSpans(change(periods.slice(k).map(toSpan))).map(toPeriod)];
}

const earliest = (spans: readonly Span[]) => spans.reduce((m, s) => Math.min(m, s.from), Infinity);

/** Sorts, joins and normalises instants (ISO with milliseconds), dropping empty spans. */
export function normalizePeriods(periods: readonly HistoryPeriod[]): HistoryPeriod[] {
  if (isNormalized(periods)) return [...periods];
  return coalesceSpans(periods.map(toSpan)).map(toPeriod);
}

/**
 * Lays `top` over `base`: inside each span of `top`, that span replaces whatever `base` said. Within `top`,
 * a later span wins over an earlier one it overlaps. The result is normalised.
 */
export function overlayPeriods(base: readonly HistoryPeriod[], top: readonly HistoryPeriod[]): HistoryPeriod[] {
  const tops = top.map(toSpan).filter((t) => t.to > t.from);
  if (tops.length === 0) return normalizePeriods(base);
  return fromOn(base, earliest(tops), (tail) => overlaySpans(tail, tops));
}

/** Removes the ranges of `cuts` from those `periods` whose status `only` accepts (default: all). Normalised. */
export function cutPeriods(
  periods: readonly HistoryPeriod[],
  cuts: readonly HistoryPeriod[],
  only: (status: Status) => boolean = () => true,
): HistoryPeriod[] {
  const cutSpans = cuts.map(toSpan).filter((c) => c.to > c.from);
  if (cutSpans.length === 0) return normalizePeriods(periods);
  return fromOn(periods, earliest(cutSpans), (tail) => [
    ...tail.filter((s) => !only(s.status)),
    ...subtractSpans(
      tail.filter((s) => only(s.status)),
      cutSpans,
    ),
  ]);
}

/** The parts of `spans` not covered by any of `cover` (which are left out). Not coalesced with anything else. */
export function uncovered(spans: readonly HistoryPeriod[], cover: readonly HistoryPeriod[]): HistoryPeriod[] {
  return subtractSpans(spans.map(toSpan), cover.map(toSpan)).map(toPeriod);
}
