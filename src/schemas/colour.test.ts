import { describe, expect, it } from 'vitest';
import { accentColour, contrastRatio, relativeLuminance } from './colour.ts';

describe('contrastRatio (WCAG 2)', () => {
  it.each<[string, string, number]>([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#0550ae', '#ffffff', 7.59],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s ≈ %s', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1));

  it('luminance runs from black to white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
  });
});

describe('accentColour', () => {
  it.each([['#0550ae'], ['#767676'], ['#0B6E4F']])('accepts %s', (hex) => expect(accentColour.parse(hex)).toBe(hex.toLowerCase()));
  it.each([['#777777', '4.48:1'], ['#ffcc00', '1.']])('refuses %s, saying its contrast', (hex, ratio) => {
    expect(accentColour.safeParse(hex).error?.issues[0]?.message).toContain(ratio);
  });
});
