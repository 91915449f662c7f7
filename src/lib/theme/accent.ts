import { contrastRatio, MIN_TEXT_CONTRAST, parseHex } from '../../schemas/colour.ts';

/**
 * The lightest background links sit on in each theme (src/styles/global.css: --bg and --surface are darker in the
 * dark theme than --soft, which notices and table heads use), so an accent readable on it is readable on all.
 */
export const THEME_BACKGROUND = { light: '#ffffff', dark: '#1b2129' } as const;

/** Upkeep's own accent when the agency gives none: a calm blue, 7.6:1 on white. */
export const DEFAULT_ACCENT = '#0550ae';

const toHex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * The accent for the dark theme: the light theme's accent mixed with white, in steps of 5%, until links in it reach
 * 4.5:1 on the dark theme's lightest background, so an agency gives one colour and both themes stay readable.
 *
 * @example accentForDark('#0550ae') // → '#7ea3d2' (or whichever first step reaches 4.5:1 on #0f1419)
 */
export function accentForDark(accent: string, background: string = THEME_BACKGROUND.dark): string {
  const rgb = parseHex(accent);
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(rgb.map((v) => v + (255 - v) * t));
    if (contrastRatio(mixed, background) >= MIN_TEXT_CONTRAST) return mixed;
  }
  return '#ffffff';
}

/**
 * The accent's custom properties for both themes, as one CSS rule to put in the page head. Only `#rrggbb` values
 * (validated by the agency schema) reach it, so nothing else can be injected.
 *
 * @example themeCss('#0b6e4f') // → ':root{--accent:#0b6e4f;--accent-dark:#5fa58f}'
 */
export function themeCss(accent: string = DEFAULT_ACCENT): string {
  const light = toHex(parseHex(accent));
  return `:root{--accent-light:${light};--accent-dark:${accentForDark(light)}}`;
}
