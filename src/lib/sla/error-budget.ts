import type { ComponentStatus } from '../../vocabulary/status.ts';
import { exactBasis } from '../uptime/availability.ts';
import { decimalFraction, div, int, mul, sub, toNumber, type Fraction } from '../uptime/exact.ts';
import { MS_PER_MINUTE } from '../time/period.ts';

/** A period's error budget: the weighted down minutes a target allows, and how much of it is spent. */
export interface ErrorBudget {
  /** The availability target, in percent. */
  targetPercent: number;
  /** (100 − target) / 100 × eligible minutes. */
  allowedMinutes: number;
  /** Weighted down minutes spent. */
  usedMinutes: number;
  /** allowed − used; negative once the budget is overspent. */
  leftMinutes: number;
  /** 100 × used / allowed, unrounded; null when nothing is allowed (a 100 % target, or nothing eligible). */
  percentUsed: number | null;
}

const HUNDRED = int(100);

/**
 * The share of eligible minutes a target lets a component lose, in percent: 100 − target, exactly.
 *
 * @example
 * allowedPercent(99.9) // → 0.1 (where 100 − 99.9 is 0.09999999999999432)
 * allowedPercent(99) // → 1
 */
export function allowedPercent(targetPercent: number): number {
  return toNumber(sub(HUNDRED, decimalFraction(targetPercent)));
}

/**
 * The error budget for a target over a period's milliseconds per status (AvailabilityFigures.ms). For a month still
 * running, pass the figures so far: the budget then grows with the month. Computed exactly, with the same basis as
 * the availability (exactBasis), and converted to numbers once, so 0.1 % of 44 350 minutes is 44.35, not
 * 44.34999999999748. Display figures: whether the target is met is decided by meetsAvailabilityTarget.
 *
 * @example
 * // 99.9 % of 43 200 eligible minutes allows 43.2; 30 weighted minutes used → 13.2 left, 69.44…% used
 * errorBudget({ targetPercent: 99.9, ms: { ...emptyMs(), operational: 43_170 * 60_000, major_outage: 30 * 60_000 } })
 * // → { targetPercent: 99.9, allowedMinutes: 43.2, usedMinutes: 30, leftMinutes: 13.2, percentUsed: 69.44… }
 */
export function errorBudget(input: { targetPercent: number; ms: Record<ComponentStatus, number> }): ErrorBudget {
  const { targetPercent } = input;
  const { eligibleMs, weightedMs } = exactBasis(input.ms);
  const minutes = (ms: Fraction) => div(ms, int(MS_PER_MINUTE));
  const allowed = minutes(div(mul(sub(HUNDRED, decimalFraction(targetPercent)), int(eligibleMs)), HUNDRED));
  const used = minutes(weightedMs);
  return {
    targetPercent,
    allowedMinutes: toNumber(allowed),
    usedMinutes: toNumber(used),
    leftMinutes: toNumber(sub(allowed, used)),
    percentUsed: allowed.num > 0n ? toNumber(div(mul(HUNDRED, used), allowed)) : null,
  };
}
