import { describe, expect, it } from 'vitest';
import { errorBudget } from './error-budget.ts';

describe('errorBudget', () => {
  it.each([
    // 0.1 % of 43 200 = 43.2 allowed; 30 used → 13.2 left; 30/43.2 = 69.44…%
    [99.9, 43_200, 30, 43.2, 13.2, 69.44444444444444],
    // overspent: 50 used of 43.2 → −6.8 left; 115.74…%
    [99.9, 43_200, 50, 43.2, -6.8, 115.74074074074073],
    // London March (44 580 min) at 99.5 %: 0.5 % = 222.9 allowed
    [99.5, 44_580, 0, 222.9, 222.9, 0],
    // 100 % allows nothing
    [100, 43_200, 0, 0, 0, null],
    // nothing eligible allows nothing
    [99.9, 0, 0, 0, 0, null],
  ])('target %s over %d eligible, %d used', (targetPercent, eligibleMinutes, weightedDownMinutes, allowed, left, percentUsed) => {
    const b = errorBudget({ targetPercent, eligibleMinutes, weightedDownMinutes });
    expect(b.allowedMinutes).toBeCloseTo(allowed, 9);
    expect(b.leftMinutes).toBeCloseTo(left, 9);
    expect(b.usedMinutes).toBe(weightedDownMinutes);
    if (percentUsed === null) expect(b.percentUsed).toBeNull();
    else expect(b.percentUsed).toBeCloseTo(percentUsed, 9);
  });
});
