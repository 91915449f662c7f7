import type { HistoryCheck, HistoryPeriod } from '../schemas/history.ts';
import type { MonitorSource } from '../schemas/monitor.ts';
import { CLOCK_TOLERANCE_MS, checkVendorClock, describeSpan } from './clock-check.ts';
import type { Observations } from './source.ts';

/**
 * What a source returned is judged before anything is written (issue 8, §2 and §4). One entry point for the pull,
 * vetObservations, in this order:
 *
 * 1. the vendor's clock (clock-check.ts): disagreeing by more than a few minutes → `refuse`: nothing is written for
 *    the component, not even a no_data gap (a gap up to a wrong "now" would be a lie too);
 * 2. every timestamp must be plausible: none before EARLIEST_PLAUSIBLE (a vendor's zero, 1970) and none after `now`
 *    by more than the clock tolerance (data from the future) → `bad-data`: the component gets no_data for the span,
 *    exactly as if the source could not be read, and the pull exits 1 naming it;
 * 3. volume: more checks than the monitor's interval allows over the window (a vendor flood) → `bad-data`;
 * 4. bounds: nothing after `now` (a few seconds of vendor clock drift, within tolerance) or after the newest instant
 *    the vendor reported (`newestReportedAt`): a status is never extended beyond what the vendor actually said.
 *
 * Pure: the clock, the window and the interval are parameters.
 */

/** No monitor data is older than this: an instant before it is a vendor's zero or garbage (1970), not history. */
export const EARLIEST_PLAUSIBLE = Date.parse('2000-01-01T00:00:00.000Z');

/** How many more checks than one per interval are accepted (several probe locations, retries) before it is a flood. */
export const FLOOD_FACTOR = 4;
/** Checks accepted whatever the interval, so a short window is never a flood. */
export const FLOOD_ALLOWANCE = 100;

export type ObservationVerdict =
  /** Write these (bounded) observations. */
  | { kind: 'ok'; observations: Observations }
  /** The clocks disagree: write nothing for this component; report the reason (exit 1). */
  | { kind: 'refuse'; reason: string }
  /** The data cannot be believed: treat as a source failure (record the gap as no_data), report the reason (exit 1). */
  | { kind: 'bad-data'; reason: string };

export interface VetOptions {
  source: MonitorSource;
  /** The pull's present. */
  now: Date;
  /** Start of the window the source was asked for. */
  since: Date;
  /** The monitor's interval: a check stands for at most twice this. */
  intervalSeconds: number;
  /** How far clocks may disagree; CLOCK_TOLERANCE_MS by default. */
  toleranceMs?: number;
}

/** Every instant in the observations, with where it came from (for messages). */
function instants(o: Observations): [number, string][] {
  const out: [number, string][] = [];
  o.checks.forEach((c, i) => out.push([Date.parse(c.at), `checks[${i}].at ${c.at}`]));
  o.periods.forEach((p, i) => {
    out.push([Date.parse(p.from), `periods[${i}].from ${p.from}`]);
    out.push([Date.parse(p.to), `periods[${i}].to ${p.to}`]);
  });
  (o.dayTotals ?? []).forEach((d, i) => out.push([Date.parse(`${d.date}T00:00:00.000Z`), `dayTotals[${i}].date ${d.date}`]));
  if (o.newestReportedAt) out.push([Date.parse(o.newestReportedAt), `newestReportedAt ${o.newestReportedAt}`]);
  if (o.audit) out.push([Date.parse(o.audit.at), `audit.at ${o.audit.at}`]);
  return out;
}

/**
 * Why an instant in the data is out of range, or undefined. The first offender is named.
 *
 * @example outOfRange({ checks: [{ at: '1970-01-01T00:00:00.000Z', status: 'operational', responseMs: 1 }], periods: [] }, { now })
 * // → 'returned a timestamp before 2000: checks[0].at 1970-01-01T00:00:00.000Z (bad data; recorded as no_data)'
 */
export function outOfRange(o: Observations, options: { now: Date; toleranceMs?: number }): string | undefined {
  const latest = options.now.getTime() + (options.toleranceMs ?? CLOCK_TOLERANCE_MS);
  for (const [ms, where] of instants(o)) {
    if (Number.isNaN(ms)) return `returned an instant that is not a date: ${where} (bad data; recorded as no_data)`;
    if (ms < EARLIEST_PLAUSIBLE) return `returned a timestamp before 2000: ${where} (bad data; recorded as no_data)`;
    if (ms > latest) {
      return (
        `returned a timestamp ${describeSpan(ms - options.now.getTime())} after this machine's clock (${options.now.toISOString()}): ${where}; ` +
        `the vendor's data or this clock is wrong (bad data; recorded as no_data)`
      );
    }
  }
  return undefined;
}

/**
 * Why the number of checks is a flood, or undefined: more than FLOOD_FACTOR per interval over [since, now), plus
 * FLOOD_ALLOWANCE.
 *
 * @example flood(300_000 checks over a day, { intervalSeconds: 300 }) // → 'returned 300000 checks over 1 day for a monitor checked every 300 s (at most 1252 expected): …'
 */
export function flood(o: Observations, options: { since: Date; now: Date; intervalSeconds: number }): string | undefined {
  const span = Math.max(0, options.now.getTime() - options.since.getTime());
  const expected = Math.ceil((span / (options.intervalSeconds * 1000)) * FLOOD_FACTOR) + FLOOD_ALLOWANCE;
  if (o.checks.length <= expected) return undefined;
  return (
    `returned ${o.checks.length} checks over ${describeSpan(span)} for a monitor checked every ${options.intervalSeconds} s ` +
    `(at most ${expected} expected): refusing a flood; check the monitor's interval in client.yaml and at the vendor (bad data; recorded as no_data)`
  );
}

/**
 * The observations cut at `limit` (epoch ms): checks after it dropped, periods ending after it cut there, periods
 * starting at or after it dropped, and day totals kept only for days that ended by then (a total of a day not yet
 * over is not a day's total).
 */
export function boundObservations(o: Observations, limit: number): Observations {
  const iso = new Date(limit).toISOString();
  const checks: HistoryCheck[] = o.checks.filter((c) => Date.parse(c.at) <= limit);
  const periods: HistoryPeriod[] = o.periods
    .filter((p) => Date.parse(p.from) < limit)
    .map((p) => (Date.parse(p.to) > limit ? { ...p, to: iso } : p));
  const out: Observations = { ...o, checks, periods };
  if (o.dayTotals) out.dayTotals = o.dayTotals.filter((d) => Date.parse(`${d.date}T00:00:00.000Z`) + 86_400_000 <= limit);
  return out;
}

/**
 * The verdict on one source's observations (see the module comment). On `ok`, the observations returned are the
 * bounded ones to write.
 *
 * @example
 * const verdict = vetObservations(observations, { source: 'pingdom', now, since, intervalSeconds: 60 });
 * if (verdict.kind === 'refuse') → failed, write nothing; if 'bad-data' → failed, record the gap; else write verdict.observations
 */
export function vetObservations(o: Observations, options: VetOptions): ObservationVerdict {
  const tolerance = options.toleranceMs ?? CLOCK_TOLERANCE_MS;
  const clock = checkVendorClock(options.source, o.vendorTime, tolerance);
  if (clock) return { kind: 'refuse', reason: clock };
  const range = outOfRange(o, { now: options.now, toleranceMs: tolerance });
  if (range) return { kind: 'bad-data', reason: range };
  const flooded = flood(o, options);
  if (flooded) return { kind: 'bad-data', reason: flooded };
  const reported = o.newestReportedAt ? Date.parse(o.newestReportedAt) : Infinity;
  return { kind: 'ok', observations: boundObservations(o, Math.min(options.now.getTime(), reported)) };
}
