import { z } from 'astro/zod';

/**
 * Colours given in content (the agency's accent), and the one contrast formula the site uses: WCAG 2's relative
 * luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 */

/** `#rrggbb` → [r, g, b], each 0–255. */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a colour such as #0b6e4f, got "${hex}"`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** WCAG 2 relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio of two colours, 1 to 21.
 * @example contrastRatio('#ffffff', '#000000') // → 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What text and links need against their background (WCAG 2.2 SC 1.4.3, AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** A colour as `#rrggbb` (six hex digits), kept in lower case. */
export const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as six hex digits, such as "#0b6e4f"')
  .transform((hex) => hex.toLowerCase());

/**
 * An accent colour for links and focus rings on a white page: `#rrggbb` with at least 4.5:1 contrast on white, so
 * links in the accent stay readable (the dark theme derives a lighter variant of it).
 */
export const accentColour = hexColour.refine((hex) => contrastRatio(hex, '#ffffff') >= MIN_TEXT_CONTRAST, {
  error: (issue) => `expected at least ${MIN_TEXT_CONTRAST}:1 contrast on white for links in it; ${String(issue.input)} has ${contrastRatio(String(issue.input).toLowerCase(), '#ffffff').toFixed(2)}:1`,
});
