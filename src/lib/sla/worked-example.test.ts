import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agencySchema } from '../../schemas/agency.ts';
import { formatDate, formatMinutes, formatTime } from '../format/datetime.ts';
import { formatMinuteFigure, formatPercent, formatPlain } from '../format/number.ts';
import { availabilityExample, responseExample, WORKED_EXAMPLE } from './worked-example.ts';

// The figures "How we measure" states in its worked example, as a client would work them out with a calculator.
// The page renders what these functions return; this checks that the code and the hand arithmetic agree.
describe('How we measure: the availability example', () => {
  const ex = availabilityExample(WORKED_EXAMPLE.availability);
  it.each<[string, () => unknown, unknown]>([
    // October 2026 in London has 745 hours: the clocks go back
    ['minutes in the month', () => ex.figures.elapsedMinutes, 44_700],
    // 44 700 − 60 − 15
    ['eligible minutes', () => ex.figures.eligibleMinutes, 44_625],
    // 25 × 1 + 40 × 0.3 + 90 × 0 = 25 + 12 + 0
    ['weighted down minutes', () => ex.figures.weightedDownMinutes, 37],
    ['the terms, worst first', () => ex.terms.map((t) => `${t.minutes} × ${t.weight} = ${t.weightedMinutes}`), ['25 × 1 = 25', '40 × 0.3 = 12', '90 × 0 = 0']],
    // 100 × (1 − 37 ÷ 44 625) = 99.917086834733893…
    ['availability, unrounded', () => ex.figures.availability, 99.9170868347339],
    ['availability as shown', () => formatPercent(ex.figures.availability), '99.917%'],
    ['target met', () => ex.met, true],
    // (44 700 − 15) ÷ 44 700 = 99.966442953…%; the report shows one decimal, cut off
    ['coverage, unrounded', () => ex.figures.coverage, 99.96644295302013],
    ['coverage as the report shows it', () => formatPercent(ex.figures.coverage, 1), '99.9%'],
    ['allowance', () => formatPlain(ex.allowedPercent), '0.1'],
    // 0.1 % × 44 625 = 44.625; 44.625 − 37 = 7.625
    ['budget allowed', () => ex.budget.allowedMinutes, 44.625],
    ['budget used', () => ex.budget.usedMinutes, 37],
    ['budget left', () => ex.budget.leftMinutes, 7.625],
    ['budget allowed as the report shows it (down)', () => formatMinuteFigure(ex.budget.allowedMinutes, 'down'), '44.6'],
    ['budget left as the report shows it (down)', () => formatMinuteFigure(ex.budget.leftMinutes, 'down'), '7.6'],
  ])('%s', (_, actual, expected) => expect(actual()).toEqual(expected));
});

describe('How we measure: the business-clock example, on the agency’s default support hours', () => {
  // The page uses the agency's own defaults; read them as the build does, through the schema.
  const defaults = agencySchema.parse(parse(readFileSync(new URL('../../../content/agency.yaml', import.meta.url), 'utf8'))).defaults;
  const ex = responseExample({ ...WORKED_EXAMPLE.response, level: defaults.priorities[WORKED_EXAMPLE.response.priority], supportHours: defaults.supportHours });
  const tz = WORKED_EXAMPLE.response.timeZone;
  it.each<[string, () => unknown, unknown]>([
    ['reported', () => `${formatDate(WORKED_EXAMPLE.response.reportedAt, tz)} ${formatTime(WORKED_EXAMPLE.response.reportedAt, tz)}`, '6 Nov 2026 16:50 GMT'],
    // Friday 16:50–17:30, then the weekend is closed, then Monday 09:00–09:20
    ['the clock runs twice', () => ex.runs.map((r) => `${formatTime(r.start.toISOString(), tz)}–${formatTime(r.end.toISOString(), tz)} ${r.minutes}`), ['16:50 GMT–17:30 GMT 40', '09:00 GMT–09:20 GMT 20']],
    ['response minutes', () => ex.response.minutes, 60],
    ['P2 response target', () => formatMinutes(ex.response.targetMinutes), '1 h'],
    ['met', () => ex.response.met, true],
    ['exactly at the target', () => ex.atTarget, true],
    // Friday 16:50 → Monday 09:20 is 2 days 16 h 30 min = 64 h 30 min
    ['on a 24×7 clock', () => ex.wallClockMinutes, 3870],
  ])('%s', (_, actual, expected) => expect(actual()).toEqual(expected));
});

describe('How we measure: nothing is rounded before it is compared', () => {
  it.each<[string, () => unknown, unknown]>([
    // 43.2 weighted minutes in 43 200 is exactly 99.9 % and meets 99.9 %
    ['exactly at the target', () => availabilityExample({ month: '2026-06', timeZone: 'UTC', targetPercent: 99.9, minutes: { major_outage: 43.2 } }).met, true],
    // 99.9497 % is shown cut off, below a 99.95 % target, as it is
    ['99.9497 % as shown', () => formatPercent(99.9497), '99.949%'],
  ])('%s', (_, actual, expected) => expect(actual()).toBe(expected));
});
