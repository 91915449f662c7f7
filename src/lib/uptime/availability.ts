import { COMPONENT_STATUSES, DOWNTIME_WEIGHT, OBSERVED_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';
import type { TotalDay } from '../timeline/day-totals.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { MS_PER_MINUTE, overlapMs } from '../time/period.ts';
import { add, compare, decimalFraction, div, int, mul, sub, toNumber, type Fraction } from './exact.ts';

/** The span and clock an availability figure is computed for. */
export interface AvailabilityWindow {
  /** Start, inclusive. */
  from: Date;
  /** End, exclusive. */
  to: Date;
  /** The present: minutes at or after it have not elapsed and are left out entirely. */
  now: Date;
}

/** Availability figures over one period, by DESIGN.md "Rules the numbers follow". Minutes are unrounded. */
export interface AvailabilityFigures {
  from: Date;
  to: Date;
  /** Where counting stopped: min(to, now), never before `from`. */
  asOf: Date;
  /** False while `now` is before `to`: the figures cover only [from, asOf). */
  complete: boolean;
  /**
   * Minutes counted for [from, asOf): its minutes, except that a UTC day known only by a total (TotalDay) counts
   * whole in the period holding its midday and not at all in a period that holds only part of it.
   */
  elapsedMinutes: number;
  /** Minutes in each status over [from, asOf); time no segment covers counts as no_data. */
  minutes: Record<ComponentStatus, number>;
  /** Whole milliseconds in each status: the exact basis of every figure here. */
  ms: Record<ComponentStatus, number>;
  /** Σ minutes × DOWNTIME_WEIGHT: major outage 1, partial outage 0.3, degraded performance 0. */
  weightedDownMinutes: number;
  /** Minutes inside scheduled maintenance (excluded from eligible minutes). */
  maintenanceMinutes: number;
  /** Minutes with no observation (excluded from eligible minutes). */
  noDataMinutes: number;
  /** Elapsed minutes minus maintenance and no_data minutes. */
  eligibleMinutes: number;
  /** 100 × (1 − weighted / eligible), unrounded; null when nothing was eligible. */
  availability: number | null;
  /** 100 × share of elapsed minutes that are not no_data, unrounded; null when nothing has elapsed. */
  coverage: number | null;
}

const zero = (): Record<ComponentStatus, number> => Object.fromEntries(COMPONENT_STATUSES.map((s) => [s, 0])) as Record<ComponentStatus, number>;

/**
 * Availability of one component over [from, to), from its timeline (componentTimeline). Minutes at or after `now`
 * are not counted; `complete` says whether the whole period has elapsed.
 *
 * @example
 * // 30 days, 43 min major outage, 60 min partial outage, 2 h maintenance, the rest operational:
 * // weighted = 43 + 0.3 × 60 = 61; eligible = 43 200 − 120 = 43 080; availability = 100 × (1 − 61/43 080) ≈ 99.8584
 * availability(segments, { from, to, now })
 * // Pass totalDays(…) of the same component as `totals` to count its days known only by a total of down minutes.
 */
export function availability(segments: readonly StatusSegment[], window: AvailabilityWindow, totals: readonly TotalDay[] = []): AvailabilityFigures {
  const from = window.from.getTime();
  const end = Math.max(from, Math.min(window.to.getTime(), window.now.getTime()));
  const ms = zero();
  let covered = 0;
  for (const s of segments) {
    const overlap = overlapMs(s.from.getTime(), s.to.getTime(), from, end);
    ms[s.status] += overlap;
    covered += overlap;
  }
  // A gap in the timeline is time nobody observed.
  ms.no_data += end - from - covered;
  for (const day of totals) countTotalDay(ms, segments, day, from, end);
  return figuresFromMs(ms, { from: window.from, to: window.to, asOf: new Date(end) });
}

/**
 * A day known only by its total (see totalDays), at day resolution: its no_data minutes leave every period that
 * holds part of the day, and the period holding its midday counts the whole day's total instead, down as major
 * outage and the rest as operational (docs/history-format.md, "Day totals").
 */
function countTotalDay(ms: Record<ComponentStatus, number>, segments: readonly StatusSegment[], day: TotalDay, from: number, end: number) {
  const start = Math.max(from, day.start.getTime());
  const stop = Math.min(end, day.end.getTime());
  if (stop > start) {
    let placed = 0;
    for (const s of segments) if (s.status !== 'no_data') placed += overlapMs(s.from.getTime(), s.to.getTime(), start, stop);
    ms.no_data -= stop - start - placed;
  }
  const midday = day.midday.getTime();
  if (midday >= from && midday < end) {
    ms.major_outage += day.downMs;
    ms.operational += day.upMs;
  }
}

/**
 * Figures from milliseconds per status: the one place the formulas live. Sums of several components or periods
 * (agency-wide proof) come through here too, with `asOf` standing for the latest end.
 *
 * @example
 * figuresFromMs({ ...emptyMs(), operational: 3_540_000, major_outage: 60_000 }, { from, to, asOf: to })
 * // → { eligibleMinutes: 60, weightedDownMinutes: 1, availability: 98.33…, coverage: 100, … }
 */
export function figuresFromMs(
  ms: Record<ComponentStatus, number>,
  span: { from: Date; to: Date; asOf: Date },
): AvailabilityFigures {
  const minutes = zero();
  for (const s of COMPONENT_STATUSES) minutes[s] = ms[s] / MS_PER_MINUTE;
  const basis = exactBasis(ms);
  // Computed exactly, converted to a double once: 43.2 weighted minutes in 43 200 reads as 99.9, not 99.89999999999999.
  return {
    from: span.from,
    to: span.to,
    asOf: span.asOf,
    complete: span.asOf.getTime() >= span.to.getTime(),
    elapsedMinutes: Number(basis.elapsedMs) / MS_PER_MINUTE,
    minutes,
    ms,
    weightedDownMinutes: toNumber(div(basis.weightedMs, PER_MINUTE)),
    maintenanceMinutes: minutes.under_maintenance,
    noDataMinutes: minutes.no_data,
    eligibleMinutes: Number(basis.eligibleMs) / MS_PER_MINUTE,
    availability: basis.eligibleMs > 0n ? toNumber(mul(HUNDRED, sub(int(1), div(basis.weightedMs, int(basis.eligibleMs))))) : null,
    coverage: basis.elapsedMs > 0n ? toNumber(div(mul(HUNDRED, int(basis.elapsedMs - BigInt(ms.no_data))), int(basis.elapsedMs))) : null,
  };
}

const HUNDRED = int(100);
const PER_MINUTE = int(MS_PER_MINUTE);

/** The exact basis of every figure: whole milliseconds, and weighted milliseconds with the weights as written (0.3). */
export interface ExactBasis {
  /** Milliseconds in every status. */
  elapsedMs: bigint;
  /** Elapsed minus maintenance and no_data milliseconds. */
  eligibleMs: bigint;
  /** Σ DOWNTIME_WEIGHT × milliseconds, exactly. */
  weightedMs: Fraction;
}

/**
 * Elapsed, eligible and weighted down milliseconds, exactly: what availability, targets and error budgets are computed
 * from. Milliseconds must be whole, as timestamps are.
 *
 * @example
 * exactBasis({ ...emptyMs(), operational: 3_480_000, partial_outage: 60_000, under_maintenance: 60_000 })
 * // → { elapsedMs: 3_600_000n, eligibleMs: 3_540_000n, weightedMs: 18 000 (as 180 000/10) }
 */
export function exactBasis(ms: Record<ComponentStatus, number>): ExactBasis {
  const elapsedMs = COMPONENT_STATUSES.reduce((sum, s) => sum + BigInt(ms[s]), 0n);
  const eligibleMs = elapsedMs - BigInt(ms.under_maintenance) - BigInt(ms.no_data);
  let weightedMs: Fraction = int(0);
  for (const s of OBSERVED_STATUSES) weightedMs = add(weightedMs, mul(WEIGHT_FRACTION[s], int(ms[s])));
  return { elapsedMs, eligibleMs, weightedMs };
}

/** DOWNTIME_WEIGHT as exact fractions, read once (a build computes figures for every day of every component). */
const WEIGHT_FRACTION = Object.fromEntries(OBSERVED_STATUSES.map((s) => [s, decimalFraction(DOWNTIME_WEIGHT[s])])) as Record<(typeof OBSERVED_STATUSES)[number], Fraction>;

/** Targets as exact fractions: a site has a handful of distinct targets, each compared thousands of times. */
const targetFractions = new Map<number, Fraction>();
function targetFraction(percent: number): Fraction {
  let f = targetFractions.get(percent);
  if (!f) {
    if (targetFractions.size >= 256) targetFractions.clear();
    targetFractions.set(percent, (f = decimalFraction(percent)));
  }
  return f;
}

/**
 * Adds milliseconds per status (for sums over components or months).
 * @example addMs(a.ms, b.ms).major_outage // → a.ms.major_outage + b.ms.major_outage
 */
export function addMs(a: Record<ComponentStatus, number>, b: Record<ComponentStatus, number>): Record<ComponentStatus, number> {
  const out = zero();
  for (const s of COMPONENT_STATUSES) out[s] = a[s] + b[s];
  return out;
}

/**
 * Milliseconds per status, all zero: the start of a sum.
 * @example emptyMs() // → { operational: 0, degraded_performance: 0, …, no_data: 0 }
 */
export const emptyMs = zero;

/**
 * Whether the figures meet an availability target in percent, decided exactly: weighted / eligible ≤ (100 − target)/100
 * in rational arithmetic over whole milliseconds and the decimals as written (0.3, 99.9). Availability exactly at
 * the target meets it. Nothing eligible (availability null) does not meet it: there is no evidence to publish.
 *
 * @example
 * // 43.2 weighted minutes in 43 200 eligible: exactly 99.9 % → true for 99.9, false for 99.95
 * meetsAvailabilityTarget(figures, 99.9) // → true
 */
export function meetsAvailabilityTarget(figures: Pick<AvailabilityFigures, 'ms'>, targetPercent: number): boolean {
  const { eligibleMs, weightedMs } = exactBasis(figures.ms);
  if (eligibleMs <= 0n) return false;
  // 100 × weighted ≤ (100 − target) × eligible
  return compare(mul(HUNDRED, weightedMs), mul(sub(HUNDRED, targetFraction(targetPercent)), int(eligibleMs))) <= 0;
}
