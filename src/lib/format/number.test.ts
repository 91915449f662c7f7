import { describe, expect, it } from 'vitest';
import { formatApprox, formatCount, formatDecimal, formatMinuteFigure, formatPercent, formatPlain, formatPlainPercent, type Rounding } from './number.ts';

describe('formatDecimal rounds the decimal as written, exactly', () => {
  it.each<[number, number, Rounding, string]>([
    // Math.floor(1.001 × 1000) / 1000 gives 1.000: the float product is 1000.9999999999999
    [1.001, 3, 'down', '1.001'],
    [99.9497, 3, 'down', '99.949'],
    [99.9996, 3, 'down', '99.999'],
    [100, 3, 'down', '100.000'],
    [0.07, 2, 'down', '0.07'],
    [1e-7, 3, 'down', '0.000'],
    [-0.04, 1, 'down', '-0.1'],
    [-6.8, 1, 'down', '-6.8'],
    [267.08, 1, 'up', '267.1'],
    [0.8999999999999999, 1, 'up', '0.9'],
    [-0.04, 1, 'up', '0.0'],
    [30, 1, 'up', '30.0'],
    // 1.005 is stored as 1.00499999999999989…, so toFixed(2) gives 1.00; as written it is 1.005
    [1.005, 2, 'nearest', '1.01'],
    [12.25, 1, 'nearest', '12.3'],
    [12.24, 1, 'nearest', '12.2'],
    [-12.25, 1, 'nearest', '-12.3'],
    [-0.04, 1, 'nearest', '0.0'],
    [69.44444444444444, 1, 'up', '69.5'],
    [1.5e21, 0, 'nearest', '1500000000000000000000'],
  ])('%s to %d decimals, %s → %s', (value, decimals, round, expected) => expect(formatDecimal(value, { decimals, round })).toBe(expected));

  it.each<[number, string]>([
    [44_700, '44,700'],
    [2_682_000.4, '2,682,000'],
    [999, '999'],
    [-1234.5, '-1,235'],
  ])('groups thousands: %s → %s', (value, expected) => expect(formatDecimal(value, { decimals: 0, round: 'nearest', group: true })).toBe(expected));

  it('refuses a fractional number of decimals', () => expect(() => formatDecimal(1, { decimals: 1.5, round: 'down' })).toThrow(/whole number/));
});

describe('formatPercent never rounds up to a better figure', () => {
  it.each<[number | null, number | undefined, string]>([
    [99.9996, undefined, '99.999%'],
    [100, undefined, '100.000%'],
    [99.95, undefined, '99.950%'],
    [1.001, undefined, '1.001%'],
    // "How we measure": 99.9497 % is shown below a 99.95 % target, as it is
    [99.9497, undefined, '99.949%'],
    [98.33333333333333, 1, '98.3%'],
    [99.96644295302013, 1, '99.9%'],
    [null, undefined, '—'],
  ])('%s (%s decimals) → %s', (value, decimals, expected) => expect(formatPercent(value, decimals)).toBe(expected));
});

describe('formatMinuteFigure', () => {
  it.each<[number, Rounding, string]>([
    [44.35, 'down', '44.3'],
    [44.35, 'up', '44.4'],
    [44.35, 'nearest', '44.4'],
    // For people: thousands grouped, a whole number of minutes without ".0" (issue 10 §3: not "44700.0")
    [44_700, 'nearest', '44,700'],
    [43_160.54, 'nearest', '43,160.5'],
    [1010.15, 'up', '1,010.2'],
    [0, 'up', '0'],
  ])('%s %s → %s', (minutes, round, expected) => expect(formatMinuteFigure(minutes, round)).toBe(expected));
});

describe('numbers per locale', () => {
  it.each<[string, () => string, string]>([
    ['German minutes', () => formatMinuteFigure(44_700, 'nearest', 1, 'de'), '44.700'],
    ['German minutes with a fraction', () => formatMinuteFigure(43_160.54, 'nearest', 1, 'de'), '43.160,5'],
    ['German percentage (a space before %, no break)', () => formatPercent(99.9497, 3, 'de'), '99,949\u00a0%'],
    ['English percentage', () => formatPercent(99.9497, 3, 'en'), '99.949%'],
    ['German count', () => formatCount(1_295_494, 'de'), '1.295.494'],
    ['English count', () => formatCount(1_295_494), '1,295,494'],
  ])('%s', (_, format, expected) => expect(format()).toBe(expected));

  it('agrees with Intl.NumberFormat on the separators of each locale', () => {
    for (const [locale, tag] of [['en', 'en-GB'], ['de', 'de-DE']] as const) {
      const intl = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234567.5);
      expect(formatDecimal(1234567.5, { decimals: 1, round: 'nearest', group: true, locale })).toBe(intl);
    }
  });
});

describe('formatPlain states a figure as written, unrounded', () => {
  it.each<[number, boolean, string]>([
    [44_625, true, '44,625'],
    [44.625, true, '44.625'],
    [1_234_567.891, true, '1,234,567.891'],
    [0.05, false, '0.05'],
    [1e-7, false, '0.0000001'],
    [1, false, '1'],
    [-6.8, false, '-6.8'],
  ])('%s (grouped %s) → %s', (value, group, expected) => expect(formatPlain(value, { group })).toBe(expected));
});

describe('formatApprox cuts off and says so', () => {
  it.each<[number, number, string]>([
    [99.9170868347339, 5, '99.91708…'],
    [44.625, 5, '44.625'],
    [44.625, 2, '44.62…'],
    [37, 3, '37'],
    [0.000829131652661, 6, '0.000829…'],
  ])('%s to %d decimals → %s', (value, decimals, expected) => expect(formatApprox(value, decimals)).toBe(expected));
});

describe('plain figures in German', () => {
  it.each<[string, () => string, string]>([
    ['a target as written', () => formatPlainPercent(99.5, 'de'), '99,5\u00a0%'],
    ['an English target as written', () => formatPlainPercent(99.95), '99.95%'],
    ['a whole target', () => formatPlainPercent(100, 'de'), '100\u00a0%'],
    ['an allowance, unrounded', () => formatPlain(0.05, { locale: 'de' }), '0,05'],
    ['grouped', () => formatPlain(44_625.5, { group: true, locale: 'de' }), '44.625,5'],
    ['cut off, and saying so', () => formatApprox(99.9170868347339, 5, 'de'), '99,91708…'],
  ])('%s', (_, format, expected) => expect(format()).toBe(expected));
});
