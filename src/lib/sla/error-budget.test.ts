import { describe, expect, it } from 'vitest';
import { emptyMs } from '../uptime/availability.ts';
import { allowedPercent, errorBudget } from './error-budget.ts';

const MIN = 60_000;
/** Milliseconds per status for `eligible` minutes of which `major` major outage and `partial` partial outage. */
const ms = (eligible: number, major: number, partial = 0, maintenance = 0) => ({
  ...emptyMs(),
  operational: Math.round((eligible - major - partial) * MIN),
  major_outage: Math.round(major * MIN),
  partial_outage: Math.round(partial * MIN),
  under_maintenance: Math.round(maintenance * MIN),
});

describe('errorBudget, exactly', () => {
  it.each([
    // 0.1 % of 43 200 = 43.2 allowed; 30 used → 13.2 left; 30/43.2 = 69.44…%
    [99.9, ms(43_200, 30), 43.2, 30, 13.2, 69.44444444444444],
    // overspent: 50 used of 43.2 → −6.8 left; 115.74…%
    [99.9, ms(43_200, 50), 43.2, 50, -6.8, 115.74074074074075],
    // London March (44 580 min) at 99.5 %: 0.5 % = 222.9 allowed
    [99.5, ms(44_580, 0), 222.9, 0, 222.9, 0],
    // the float formula gives 44.34999999999748 allowed and 0.0999999999999943 % of eligible
    [99.9, ms(44_350, 0), 44.35, 0, 44.35, 0],
    // 0.05 % of 44 700 = 22.35; 12 partial-outage minutes weigh 3.6 → 18.75 left, 16.1073…% used
    [99.95, ms(44_700, 0, 12, 60), 22.35, 3.6, 18.75, 16.107382550335572],
    // 100 % allows nothing
    [100, ms(43_200, 0), 0, 0, 0, null],
    // nothing eligible allows nothing
    [99.9, { ...emptyMs(), no_data: 43_200 * MIN }, 0, 0, 0, null],
  ])('target %s', (targetPercent, figures, allowed, used, left, percentUsed) => {
    // Exact figures convert to the nearest double, so each is compared with toBe, not toBeCloseTo.
    expect(errorBudget({ targetPercent, ms: figures })).toEqual({ targetPercent, allowedMinutes: allowed, usedMinutes: used, leftMinutes: left, percentUsed });
  });
});

describe('allowedPercent is 100 − target, exactly', () => {
  it.each([
    [99.9, 0.1],
    [99.95, 0.05],
    [99, 1],
    [99.5, 0.5],
    [100, 0],
  ])('%s → %s', (target, expected) => expect(allowedPercent(target)).toBe(expected));
});
