import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../schemas/colour.ts';
import { accentForDark, DEFAULT_ACCENT, THEME_BACKGROUND, themeCss } from './accent.ts';

describe('accentForDark', () => {
  it.each([[DEFAULT_ACCENT], ['#0b6e4f'], ['#6e2c91'], ['#767676'], ['#000000'], ['#b3261e']])('%s gives a variant readable on the dark background', (accent) => {
    const dark = accentForDark(accent);
    expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(dark, THEME_BACKGROUND.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps an accent that is already light enough', () => expect(accentForDark('#8ab4f8')).toBe('#8ab4f8'));

  it('mixes no further than it must: one step less would not do', () => {
    const dark = accentForDark('#0b6e4f');
    expect(dark).not.toBe('#0b6e4f');
    expect(contrastRatio(dark, THEME_BACKGROUND.dark)).toBeLessThan(6);
  });
});

describe('themeCss', () => {
  it('sets both themes’ accents', () => expect(themeCss('#0b6e4f')).toMatch(/^:root\{--accent-light:#0b6e4f;--accent-dark:#[0-9a-f]{6}\}$/));
  it('uses Upkeep’s blue by default', () => expect(themeCss()).toContain(`--accent-light:${DEFAULT_ACCENT}`));
  it('refuses anything that is not a colour', () => expect(() => themeCss('red;}body{display:none')).toThrow('expected a colour'));
});
