import type { HistoryCheck, HistoryPeriod } from '../schemas/history.ts';
import type { MonitorSource } from '../schemas/monitor.ts';
import { outOfRange } from './observation-bounds.ts';
import { SourceError } from './source.ts';
import { coalesceSpans, overlaySpans, toPeriod, type Span } from './store/spans.ts';

/**
 * Small pure helpers the vendor sources share to turn what a vendor reports into Observations for the window
 * [since, now): reading a token, painting status spans onto a timeline, clipping, and time conversions.
 */

/** A span status as a source can report it. */
export type SpanStatus = HistoryPeriod['status'];

/** The window a pull reads, in epoch milliseconds: [from, to). */
export interface Window {
  from: number;
  to: number;
}

/** The window of a pull context. */
export function windowOf(ctx: { since: Date; now: Date }): Window {
  return { from: ctx.since.getTime(), to: ctx.now.getTime() };
}

/**
 * How far before `since` the sources that report intervals (Pingdom, UptimeRobot, Better Stack) re-read their
 * periods. A vendor confirms an outage after the fact and dates it from the first failed check, so the hour before
 * the previous pull may read differently now. The history store lays new periods over what it holds, so reading
 * the same span again changes nothing when nothing changed.
 */
export const REREAD_MS = 3_600_000;

/** The window for periods of an interval source: [since − REREAD_MS, now). */
export function periodWindowOf(ctx: { since: Date; now: Date }): Window {
  return { from: ctx.since.getTime() - REREAD_MS, to: ctx.now.getTime() };
}

/**
 * The token held in the environment variable `name`. A missing or empty variable is a SourceError that names the
 * variable, never a value.
 */
export function readToken(
  source: MonitorSource,
  name: string,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new SourceError(source, `environment variable ${name} is not set (client.yaml names it as this monitor's tokenEnv)`);
  }
  return value.trim();
}

/** Epoch ms → the history file's UTC instant. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Epoch seconds (as vendors send them) → epoch ms. */
export function fromUnix(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** Epoch ms → whole epoch seconds, rounded down. */
export function toUnix(ms: number): number {
  return Math.floor(ms / 1000);
}

/** Whether an instant falls inside the window. */
export function inWindow(ms: number, w: Window): boolean {
  return ms >= w.from && ms < w.to;
}

/**
 * A timeline of non-overlapping status spans inside a window. `paint` lays a span over whatever is there (later
 * paint wins where spans overlap), clipped to the window; `periods()` returns the result sorted, with adjacent spans
 * of one status merged. Sources paint their baseline first (say, operational since the monitor existed) and
 * the exceptions after it (outages, pauses). The overlay is the history store's (store/spans.ts): one rule for both.
 *
 * @example
 * const t = new Timeline({ from: 0, to: 100 });
 * t.paint(0, 100, 'operational');
 * t.paint(40, 60, 'major_outage');
 * t.periods(); // → operational [0,40), major_outage [40,60), operational [60,100)
 */
export class Timeline {
  readonly window: Window;
  private spans: Span<SpanStatus>[] = [];

  constructor(window: Window) {
    this.window = window;
  }

  paint(from: number, to: number, status: SpanStatus): void {
    const a = Math.max(from, this.window.from);
    const b = Math.min(to, this.window.to);
    if (!(a < b)) return;
    this.spans = overlaySpans(this.spans, [{ from: a, to: b, status }]);
  }

  /** The status painted at an instant, or undefined where nothing is painted. */
  statusAt(ms: number): SpanStatus | undefined {
    return this.spans.find((s) => s.from <= ms && ms < s.to)?.status;
  }

  periods(): HistoryPeriod[] {
    return coalesceSpans(this.spans).map(toPeriod);
  }
}

/**
 * Checks sorted by time, keeping only those in the window; of two at one instant the later one given wins. A check
 * nobody could have made (before 2000, or after the window's end by more than the clock tolerance) is not quietly
 * left out with the rest of what lies outside the window: it is bad data, and the pull records the span as no_data
 * and exits 1 naming it (issue 8: "future-dated data vanishes without a word").
 */
export function checksInWindow(checks: readonly HistoryCheck[], w: Window): HistoryCheck[] {
  const implausible = outOfRange({ checks: [...checks], periods: [] }, { now: new Date(w.to) });
  if (implausible) throw new Error(implausible);
  const byTime = new Map<number, HistoryCheck>();
  for (const c of checks) {
    const t = Date.parse(c.at);
    if (inWindow(t, w)) byTime.set(t, c);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}

/** Milliseconds → a response time as stored: whole milliseconds are enough for a status page, and keep diffs small. */
export function roundMs(ms: number): number {
  return Math.round(ms);
}

export { DAY_MS, startOfUtcDay, utcDay } from './store/days.ts';
