import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import { decimalFraction } from '../uptime/exact.ts';

/**
 * How each locale writes a number: its decimal mark and its thousands separator, as Intl.NumberFormat writes them for
 * the locale's tag (en-GB: 44,700.5; de-DE: 44.700,5), and whether a space comes before "%" (DIN 5008: "99,9 %").
 * Written out rather than asked of Intl, because the digits themselves must be rounded exactly here (see Rounding).
 */
export const NUMBER_STYLE: Record<Locale, { decimal: string; group: string; percent: string }> = {
  en: { decimal: '.', group: ',', percent: '%' },
  de: { decimal: ',', group: '.', percent: '\u00a0%' },
};

/**
 * Numbers for display only, rounded on the decimal a figure is written as (its shortest round-trip form, as in the
 * JSON), never on its binary approximation: 1.001 cut to three decimals is 1.001, where Math.floor(1.001 × 1000)
 * gives 1.000.
 *
 * Which way a figure is rounded depends on what it is compared with (DESIGN.md: nothing is rounded before it is
 * compared; rounding is for display only, and a figure shown never looks better than it is):
 * - `down` (toward −∞) for figures where more is better: availability, coverage, error budget allowed and left;
 * - `up` (toward +∞) for figures where more is worse: weighted down minutes, error budget used;
 * - `nearest` (half away from zero) for figures that are neither: eligible, maintenance, no-data and span minutes.
 */
export type Rounding = 'down' | 'up' | 'nearest';

export interface DecimalFormat {
  /** Digits after the decimal point. */
  decimals: number;
  round: Rounding;
  /** Group thousands (British English 44,700; German 44.700). */
  group?: boolean;
  /** Whose decimal mark and thousands separator; English when not given. */
  locale?: Locale;
}

/**
 * A number as a decimal string with `decimals` digits, rounded as asked, exactly. Never "-0.0".
 *
 * @example
 * formatDecimal(1.001, { decimals: 3, round: 'down' }) // → '1.001'
 * formatDecimal(99.9497, { decimals: 3, round: 'down' }) // → '99.949'
 * formatDecimal(-0.04, { decimals: 1, round: 'down' }) // → '-0.1'
 * formatDecimal(44_700, { decimals: 0, round: 'nearest', group: true }) // → '44,700'
 */
export function formatDecimal(value: number, format: DecimalFormat): string {
  const { decimals, round, group = false, locale = DEFAULT_LOCALE } = format;
  const style = NUMBER_STYLE[locale];
  if (!Number.isInteger(decimals) || decimals < 0) throw new Error(`expected a whole number of decimals, got ${decimals}`);
  const { num, den } = decimalFraction(value);
  const scaled = num * 10n ** BigInt(decimals);
  // BigInt division truncates toward zero; move to the asked direction from there.
  let units = scaled / den;
  const rest = scaled - units * den;
  if (rest !== 0n) {
    if (round === 'down' && rest < 0n) units -= 1n;
    else if (round === 'up' && rest > 0n) units += 1n;
    else if (round === 'nearest' && 2n * (rest < 0n ? -rest : rest) >= den) units += rest < 0n ? -1n : 1n;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  let whole = digits.slice(0, digits.length - decimals);
  if (group) whole = whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const fraction = decimals > 0 ? `${style.decimal}${digits.slice(-decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * A percentage for display, cut off (never rounded up) at `decimals` digits so it never looks better than it is:
 * 99.9996 shows as 99.999%, not 100.000%; 99.9497 as 99.949%, below a 99.95 % target, as it is.
 *
 * @example
 * formatPercent(99.95) // → '99.950%'
 * formatPercent(98.33, 1) // → '98.3%'
 * formatPercent(null) // → '—'
 */
export function formatPercent(value: number | null, decimals = 3, locale: Locale = DEFAULT_LOCALE): string {
  return value === null ? '—' : `${formatDecimal(value, { decimals, round: 'down', locale })}${NUMBER_STYLE[locale].percent}`;
}

/**
 * Minutes as a figure in a table, to one decimal place, rounded as the figure requires (see Rounding), thousands
 * grouped for people ("44,700", not "44700.0"), and a whole number of minutes shown without decimals.
 *
 * @example
 * formatMinuteFigure(267.08, 'up') // → '267.1'
 * formatMinuteFigure(44.35, 'down') // → '44.3'
 * formatMinuteFigure(44_700, 'nearest') // → '44,700'
 * formatMinuteFigure(44_700, 'nearest', 1, 'de') // → '44.700'
 */
export function formatMinuteFigure(minutes: number, round: Rounding, decimals = 1, locale: Locale = DEFAULT_LOCALE): string {
  return formatDecimal(minutes, { decimals: Number.isInteger(minutes) ? 0 : decimals, round, group: true, locale });
}

/**
 * A count for people, thousands grouped per locale.
 * @example formatCount(1_295_494) // → '1,295,494'
 * @example formatCount(1_295_494, 'de') // → '1.295.494'
 */
export function formatCount(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatDecimal(value, { decimals: 0, round: 'nearest', group: true, locale });
}

/**
 * A figure cut off at `decimals` digits, with "…" when digits were dropped: for showing an unrounded value in prose.
 *
 * @example
 * formatApprox(99.9170868347339, 5) // → '99.91708…'
 * formatApprox(44.625, 5) // → '44.625'
 */
export function formatApprox(value: number, decimals: number, locale: Locale = DEFAULT_LOCALE): string {
  const plain = formatPlain(value, { locale });
  const cut = formatDecimal(value, { decimals, round: 'down', locale });
  // The cut pads with zeros: it is shorter than the plain decimal only when digits were dropped.
  return plain.length > cut.length ? `${cut}…` : plain;
}

/**
 * A number as the decimal it is written as, unrounded, optionally with thousands grouped: for stating exact figures
 * (44.625 minutes allowed; a 0.1 % allowance) where rounding would hide the arithmetic.
 *
 * @example
 * formatPlain(44_625, { group: true }) // → '44,625'
 * formatPlain(0.05) // → '0.05'
 * formatPlain(1e-7) // → '0.0000001'
 */
export function formatPlain(value: number, options: { group?: boolean; locale?: Locale } = {}): string {
  const { den } = decimalFraction(value);
  // decimalFraction's denominator is a power of ten: its digits after the 1 are the decimals.
  return formatDecimal(value, { decimals: den.toString().length - 1, round: 'nearest', group: options.group, locale: options.locale });
}

/**
 * A percentage stated exactly, as written (a target, an allowance): unrounded, in the locale's way. For measured
 * figures use formatPercent, which cuts them off.
 *
 * @example
 * formatPlainPercent(99.95) // → '99.95%'
 * formatPlainPercent(99.5, 'de') // → '99,5 %' (with a no-break space)
 */
export function formatPlainPercent(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return `${formatPlain(value, { locale })}${NUMBER_STYLE[locale].percent}`;
}
