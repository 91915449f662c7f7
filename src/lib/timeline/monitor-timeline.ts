import type { HistoryCheck, HistoryPeriod, TimelineSegment } from '../../schemas/history.ts';
import { checksToPeriods } from './checks-to-periods.ts';
import { combineLayers } from './combine.ts';
import type { LayerSpan } from './layers.ts';

/** What the monitor's timeline is derived from: the spans that take precedence, and raw checks elsewhere. */
export interface MonitorSources {
  /** Spans a source reported, recorded `no_data` gaps and folded checks; they hold over raw checks. */
  periods: readonly HistoryPeriod[];
  /** Raw checks, in any order. */
  checks: readonly HistoryCheck[];
  /** The monitor's interval: a check stands for at most twice this. */
  intervalSeconds: number;
}

/**
 * The monitor's status over time, by the reading rule (docs/history-format.md, "Reading a timeline"): inside a
 * period, its status; elsewhere a check stands until the next one, for at most 2 × interval; the rest is `no_data`
 * and is left out. Sorted, merged, never overlapping. Restricted to [from, to) when given.
 *
 * The pull stores this as a history file's `timeline`, so the build reads one entry per change of status instead
 * of every raw check; the build's figures are the same either way (monitor-timeline.test.ts).
 *
 * @example
 * monitorTimeline({ periods: [], intervalSeconds: 60, checks: [
 *   { at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 80 },
 *   { at: '2026-01-01T00:01:00.000Z', status: 'major_outage', responseMs: null }] })
 * // → [{ from: '…T00:00:00.000Z', to: '…T00:01:00.000Z', status: 'operational' },
 * //    { from: '…T00:01:00.000Z', to: '…T00:03:00.000Z', status: 'major_outage' }]
 */
export function monitorTimeline(sources: MonitorSources, window: { from?: number; to?: number } = {}): TimelineSegment[] {
  const spans: LayerSpan[] = sources.periods.map((p) => ({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'period' }));
  for (const p of checksToPeriods(sources.checks, sources.intervalSeconds)) {
    spans.push({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'check' });
  }
  if (spans.length === 0) return [];
  let from = window.from ?? Infinity;
  let to = window.to ?? -Infinity;
  if (window.from === undefined) for (const s of spans) from = Math.min(from, s.start);
  if (window.to === undefined) for (const s of spans) to = Math.max(to, s.end);
  const out: TimelineSegment[] = [];
  for (const seg of combineLayers(spans, from, to)) {
    if (seg.status === 'no_data' || seg.status === 'under_maintenance') continue;
    out.push({ from: seg.from.toISOString(), to: seg.to.toISOString(), status: seg.status });
  }
  return out;
}
