import type { MonitorSource } from '../schemas/monitor.ts';
import type { VendorTime } from './source.ts';

/**
 * The clock of the machine that pulls is checked, not trusted (issue 8, §2). A pull writes "now" into history: with a
 * clock a year ahead, one pull would record a year nobody observed, and every later pull would find its window
 * [last observation, now) empty. So, before anything is written:
 *
 * - the pull's window must not be inverted: a history that reaches past this machine's clock means the clock went
 *   back or an earlier pull ran ahead (checkWindow), and the pull says so (exit 1) instead of asking for nothing.
 *   An empty window (a second pull at the very instant of the last observation) is not a failure: there is nothing
 *   new to ask for, and the pull leaves the component as it is without asking its source;
 * - each vendor's `Date` header is compared with this machine's clock at the moment it arrived (checkVendorClock);
 *   beyond CLOCK_TOLERANCE_MS apart, the pull refuses to write that component at all.
 *
 * Pure: the instants are parameters. Timestamps in the data itself are judged by ./observation-bounds.ts.
 */

/** How far this machine's clock and a vendor's may disagree before the pull refuses to write: a few minutes. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/**
 * A span in words, for messages: days, hours, minutes or seconds.
 *
 * @example describeSpan(90_061_000) // → '1 day 1 hour'
 */
export function describeSpan(ms: number): string {
  const abs = Math.abs(ms);
  const parts: [number, string][] = [
    [Math.floor(abs / 86_400_000), 'day'],
    [Math.floor((abs % 86_400_000) / 3_600_000), 'hour'],
    [Math.floor((abs % 3_600_000) / 60_000), 'minute'],
  ];
  const words = parts.filter(([n]) => n > 0).slice(0, 2).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  if (words.length > 0) return words.join(' ');
  const s = Math.round(abs / 1000);
  return `${s} second${s === 1 ? '' : 's'}`;
}

/**
 * Why the pull must not ask a source for [since, now), or undefined when the window is a real span or empty. An
 * inverted window (since after now) is a failure, never "nothing new": the history on file reaches past this
 * machine's clock. An empty one (since = now: the pull already ran at this instant) is not: the caller skips the
 * source and changes nothing (see windowIsEmpty).
 *
 * @example checkWindow(new Date('2027-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))
 * // → 'nothing to ask for: the history reaches 2027-03-01T00:00:00.000Z, 365 days after this machine's clock (2026-03-01T00:00:00.000Z); …'
 * checkWindow(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z')) // → undefined (empty: nothing to do)
 */
export function checkWindow(since: Date, now: Date): string | undefined {
  const gap = since.getTime() - now.getTime();
  if (gap <= 0) return undefined;
  return (
    `nothing to ask for: the history reaches ${since.toISOString()}, ${describeSpan(gap)} after this machine's clock ` +
    `(${now.toISOString()}); the clock went back, or an earlier pull ran with a clock ahead. Nothing written: check the clock (NTP), and the history ` +
    `file's newest entries`
  );
}

/** Whether [since, now) holds no time at all: a second pull at the same instant, which asks nothing and changes nothing. */
export function windowIsEmpty(since: Date, now: Date): boolean {
  return since.getTime() === now.getTime();
}

/**
 * Why the pull must refuse to write what a vendor returned, or undefined when its clock agrees with this machine's:
 * the vendor's `Date` header against this machine's clock when that response arrived, within `toleranceMs`.
 * Without a Date header there is nothing to compare (the data's own timestamps are still judged, see
 * observation-bounds.ts).
 *
 * @example
 * checkVendorClock('pingdom', { date: '2026-03-01T12:00:00.000Z', receivedAt: '2027-03-01T12:00:00.000Z' })
 * // → "pingdom's clock (its Date header, 2026-03-01T12:00:00.000Z) and this machine's (2027-03-01T12:00:00.000Z) disagree by 365 days: …"
 */
export function checkVendorClock(source: MonitorSource, time: VendorTime | undefined, toleranceMs = CLOCK_TOLERANCE_MS): string | undefined {
  if (!time) return undefined;
  const vendor = Date.parse(time.date);
  const local = Date.parse(time.receivedAt);
  if (Number.isNaN(vendor) || Number.isNaN(local)) return undefined;
  const skew = local - vendor;
  if (Math.abs(skew) <= toleranceMs) return undefined;
  return (
    `${source}'s clock (its Date header, ${time.date}) and this machine's (${time.receivedAt}) disagree by ${describeSpan(skew)}, more than ` +
    `the ${describeSpan(toleranceMs)} allowed: this machine's clock is ${skew > 0 ? 'ahead' : 'behind'}, or the vendor's is wrong. Nothing written for ` +
    `this component: set the clock (NTP) and pull again`
  );
}
