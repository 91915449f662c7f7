/**
 * Exact rational arithmetic for comparisons with targets (DESIGN.md: nothing is rounded before it is compared).
 * Binary floating point cannot say whether 43.2 weighted minutes in 43 200 meets 99.9 %; fractions of BigInts can.
 */

/** A fraction num/den with den > 0. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/**
 * The decimal a number is written as (its shortest round-trip form, as in JSON or YAML), as an exact fraction:
 * 0.3 is 3/10, 99.95 is 9995/100, 1e-7 is 1/10000000.
 *
 * @example
 * decimalFraction(99.95) // → { num: 9995n, den: 100n }
 */
export function decimalFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new Error(`expected a finite number, got ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (!m) throw new Error(`cannot read ${x} as a decimal`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let num = BigInt(int! + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return { num: sign ? -num : num, den };
}

/**
 * a + b, exactly.
 * @example add(decimalFraction(0.1), decimalFraction(0.2)) // → 3/10 exactly (30n/100n), where 0.1 + 0.2 is 0.30000000000000004
 */
export const add = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });

/**
 * a × b, exactly.
 * @example mul(decimalFraction(0.3), int(60_000)) // → 180000n/10n, i.e. 18 000
 */
export const mul = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.num, den: a.den * b.den });

/**
 * A whole number as a fraction (the number must be an integer).
 * @example int(43_200) // → { num: 43200n, den: 1n }
 */
export const int = (n: number | bigint): Fraction => ({ num: BigInt(n), den: 1n });

/**
 * -1, 0 or 1 as a is less than, equal to or greater than b.
 * @example compare(add(decimalFraction(0.1), decimalFraction(0.2)), decimalFraction(0.3)) // → 0
 */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}
