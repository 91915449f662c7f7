import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, decimalFraction, div, int, mul, sub, toNumber, type Fraction } from './exact.ts';

describe('decimalFraction reads numbers as the decimals they are written as', () => {
  it.each([
    [0.3, 3n, 10n],
    [99.95, 9995n, 100n],
    [100, 100n, 1n],
    [1e-7, 1n, 10_000_000n],
    [1.5e21, 1_500_000_000_000_000_000_000n, 1n],
    [-2.25, -225n, 100n],
    [0, 0n, 1n],
  ])('%s → %s/%s', (x, num, den) => {
    const f = decimalFraction(x);
    expect(compare(f, { num, den })).toBe(0);
  });
  it('rejects non-finite numbers', () => expect(() => decimalFraction(Number.NaN)).toThrow(/finite/));
  it('compares', () => {
    expect(compare({ num: 1n, den: 3n }, { num: 333n, den: 1000n })).toBe(1);
    expect(compare({ num: 1n, den: 3n }, { num: 2n, den: 6n })).toBe(0);
    expect(compare({ num: -1n, den: 3n }, { num: 0n, den: 1n })).toBe(-1);
  });
});

describe('exact sums, differences and quotients', () => {
  it.each<[string, Fraction, number]>([
    ['100 − 99.9 is a tenth', sub(int(100), decimalFraction(99.9)), 0.1],
    ['100 − 99.95 is five hundredths', sub(int(100), decimalFraction(99.95)), 0.05],
    ['0.1 + 0.2 is three tenths', add(decimalFraction(0.1), decimalFraction(0.2)), 0.3],
    ['0.3 × 60 000 ms', mul(decimalFraction(0.3), int(60_000)), 18_000],
    ['37 ÷ 44 625', div(int(37), int(44_625)), 37 / 44_625],
    ['a negative divisor moves its sign up', div(int(1), int(-4)), -0.25],
  ])('%s', (_, f, expected) => expect(toNumber(f)).toBe(expected));

  it('refuses to divide by zero', () => expect(() => div(int(1), int(0))).toThrow(/zero/));
});

describe('toNumber gives the nearest double', () => {
  it.each<[string, Fraction, number]>([
    ['zero', int(0), 0],
    ['a third', { num: 1n, den: 3n }, 1 / 3],
    ['two thirds, negative', { num: -2n, den: 3n }, -2 / 3],
    // 0.1 % of 44 350 eligible minutes: the float formula gives 44.34999999999748
    ['an allowance of 44.35 minutes', mul(sub(int(100), decimalFraction(99.9)), div(int(44_350), int(100))), 44.35],
    ['2^53 + 1 rounds to even (down)', int(2n ** 53n + 1n), 2 ** 53],
    ['2^53 + 3 rounds to even (up)', int(2n ** 53n + 3n), 2 ** 53 + 4],
    ['a huge numerator and denominator', { num: 10n ** 40n + 1n, den: 3n * 10n ** 40n }, 1 / 3],
    ['a large whole number', int(10n ** 22n), 1e22],
  ])('%s', (_, f, expected) => expect(toNumber(f)).toBe(expected));

  it('reads back every double written as a decimal', () => {
    // Normal doubles only: figures never come near the subnormal range (below 2^-1022).
    const normal = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).filter((x) => x === 0 || Math.abs(x) > 1e-300);
    fc.assert(fc.property(normal, (x) => {
      // -0 reads back as 0, which equals -0 by ===.
      expect(toNumber(decimalFraction(x)) === x).toBe(true);
    }));
  });

  it('agrees with division of whole numbers below 2^53', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (a, b) => {
      expect(toNumber({ num: BigInt(a), den: BigInt(b) })).toBe(a / b);
    }));
  });
});
