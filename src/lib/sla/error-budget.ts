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

/**
 * The error budget for a target over some eligible minutes. For a month still running, pass the eligible minutes so
 * far: the budget then grows with the month. Display figure: whether the target is met is decided by
 * meetsAvailabilityTarget, exactly.
 *
 * @example
 * // 99.9 % of 43 200 eligible minutes allows 43.2; 30 used → 13.2 left, 69.44…% used
 * errorBudget({ targetPercent: 99.9, eligibleMinutes: 43_200, weightedDownMinutes: 30 })
 * // → { targetPercent: 99.9, allowedMinutes: 43.2, usedMinutes: 30, leftMinutes: 13.2, percentUsed: 69.44… }
 */
export function errorBudget(input: { targetPercent: number; eligibleMinutes: number; weightedDownMinutes: number }): ErrorBudget {
  const { targetPercent, eligibleMinutes, weightedDownMinutes } = input;
  const allowedMinutes = ((100 - targetPercent) * eligibleMinutes) / 100;
  return {
    targetPercent,
    allowedMinutes,
    usedMinutes: weightedDownMinutes,
    leftMinutes: allowedMinutes - weightedDownMinutes,
    percentUsed: allowedMinutes > 0 ? (100 * weightedDownMinutes) / allowedMinutes : null,
  };
}
