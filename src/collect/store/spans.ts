import type { HistoryPeriod } from '../../schemas/history.ts';

/**
 * Arithmetic on status spans [from, to): cut, lay one set over another, join neighbours. The store keeps
 * `periods` sorted, non-overlapping and coalesced (no two adjacent spans share a status), which is what makes
 * merging idempotent: the same input always normalises to the same list.
 */

type Status = HistoryPeriod['status'];

interface Span {
  from: number;
  to: number;
  status: Status;
}

const toSpan = (p: HistoryPeriod): Span => ({ from: Date.parse(p.from), to: Date.parse(p.to), status: p.status });
const toPeriod = (s: Span): HistoryPeriod => ({
  from: new Date(s.from).toISOString(),
  to: new Date(s.to).toISOString(),
  status: s.status,
});

/** Sorted by start; joins touching spans with the same status; drops empty ones. Assumes no overlaps. */
function coalesceSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && last.status === s.status && last.to >= s.from) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** Removes the ranges of `cuts` from `spans`. */
function subtractSpans(spans: Span[], cuts: readonly { from: number; to: number }[]): Span[] {
  let pieces = spans;
  for (const cut of cuts) {
    if (cut.to <= cut.from) continue;
    const next: Span[] = [];
    for (const s of pieces) {
      if (s.to <= cut.from || s.from >= cut.to) {
        next.push(s);
        continue;
      }
      if (s.from < cut.from) next.push({ ...s, to: cut.from });
      if (s.to > cut.to) next.push({ ...s, from: cut.to });
    }
    pieces = next;
  }
  return pieces;
}

/** Sorts, joins and normalises instants (ISO with milliseconds), dropping empty spans. */
export function normalizePeriods(periods: readonly HistoryPeriod[]): HistoryPeriod[] {
  return coalesceSpans(periods.map(toSpan)).map(toPeriod);
}

/**
 * Lays `top` over `base`: inside each span of `top`, that span replaces whatever `base` said. Within `top`,
 * a later span wins over an earlier one it overlaps. The result is normalised.
 */
export function overlayPeriods(base: readonly HistoryPeriod[], top: readonly HistoryPeriod[]): HistoryPeriod[] {
  let spans = base.map(toSpan);
  for (const t of top.map(toSpan)) {
    if (t.to <= t.from) continue;
    spans = subtractSpans(spans, [t]);
    spans.push(t);
  }
  return coalesceSpans(spans).map(toPeriod);
}

/** Removes the ranges of `cuts` from those `periods` whose status `only` accepts (default: all). Normalised. */
export function cutPeriods(
  periods: readonly HistoryPeriod[],
  cuts: readonly HistoryPeriod[],
  only: (status: Status) => boolean = () => true,
): HistoryPeriod[] {
  const cutSpans = cuts.map(toSpan);
  const keep = periods.filter((p) => !only(p.status)).map(toSpan);
  const cut = subtractSpans(periods.filter((p) => only(p.status)).map(toSpan), cutSpans);
  return coalesceSpans([...keep, ...cut]).map(toPeriod);
}

/** The parts of `spans` not covered by any of `cover` (which are left out). Not coalesced with anything else. */
export function uncovered(spans: readonly HistoryPeriod[], cover: readonly HistoryPeriod[]): HistoryPeriod[] {
  return subtractSpans(spans.map(toSpan), cover.map(toSpan)).map(toPeriod);
}
