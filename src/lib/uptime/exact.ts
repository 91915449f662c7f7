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

/**
 * a − b, exactly.
 * @example sub(int(100), decimalFraction(99.9)) // → 1/10 exactly (1000n/10n), where 100 − 99.9 is 0.09999999999999432
 */
export const sub = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });

/**
 * a ÷ b, exactly (b must not be zero).
 * @example div(int(37), int(44_625)) // → 37/44625
 */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new Error('division by zero');
  return b.num < 0n ? { num: -a.num * b.den, den: a.den * -b.num } : { num: a.num * b.den, den: a.den * b.num };
}

const bitLength = (n: bigint): number => n.toString(2).length;

/**
 * The double nearest to a fraction (ties to even), as IEEE 754 division would give were the operands exact, for
 * magnitudes in the normal range (above 2^-1022; no figure comes near the subnormal range). Figures
 * are computed exactly and converted once, so a value that is exactly 99.9 or 44.35 reads as 99.9 or 44.35, never as
 * 99.89999999999999 or 44.34999999999748.
 *
 * @example
 * toNumber(sub(int(100), decimalFraction(99.9))) // → 0.1
 * toNumber({ num: 1n, den: 3n }) // → 0.3333333333333333
 */
export function toNumber(f: Fraction): number {
  let { num, den } = f;
  if (den < 0n) [num, den] = [-num, -den];
  if (num === 0n) return 0;
  const sign = num < 0n ? -1 : 1;
  if (num < 0n) num = -num;
  // Scale so the quotient has 53 or 54 significant bits, then round the last one off with the remainder.
  let scale = 53 - (bitLength(num) - bitLength(den));
  const n = scale >= 0 ? num << BigInt(scale) : num;
  let d = scale >= 0 ? den : den << BigInt(-scale);
  let q = n / d;
  let r = n - q * d;
  if (q >= 1n << 53n) {
    r += (q & 1n) * d;
    d *= 2n;
    q >>= 1n;
    scale -= 1;
  }
  if (2n * r > d || (2n * r === d && (q & 1n) === 1n)) q += 1n;
  // q ≤ 2^53 is exact as a double; scaling by a power of two is exact too.
  return sign * Number(q) * 2 ** -scale;
}
