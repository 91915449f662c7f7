import { describe, expect, it } from 'vitest';
import { compare, decimalFraction } from './exact.ts';

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
