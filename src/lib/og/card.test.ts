import { describe, expect, it } from 'vitest';
import { clamp, ogElement, OG_STATUS_COLOR } from './card.ts';
import { OG_SIZE } from '../outputs/paths.ts';

describe.each([
  ['short text', 'Website down', 20, 'Website down'],
  ['cut on a word', 'Some card payments failing at 3-D Secure verification', 30, 'Some card payments failing at…'],
  ['one long word', 'abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
])('clamp: %s', (_n, text, max, expected) => {
  it(`→ "${expected}"`, () => {
    expect(clamp(text, max)).toBe(expected);
    expect(clamp(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('the card', () => {
  const card = { eyebrow: 'Corbel & Finch', title: 'Marlow Outdoor: status', detail: 'Partial System Outage', status: 'partial_outage' as const, footer: 'status.corbelfinch.example' };
  const text = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : Array.isArray(node) ? node.flatMap(text) : node && typeof node === 'object' ? text((node as { props: { children?: unknown } }).props.children) : [];
  it('is 1200 × 630 and shows every line of the card', () => {
    const element = ogElement(card);
    expect(element.props.style).toMatchObject({ width: OG_SIZE.width, height: OG_SIZE.height });
    expect(text(element)).toEqual(['Corbel & Finch', 'Marlow Outdoor: status', 'Partial System Outage', 'status.corbelfinch.example']);
  });
  it('is coloured by the status, and by the brand without one', () => {
    expect(JSON.stringify(ogElement(card))).toContain(OG_STATUS_COLOR.partial_outage);
    expect(JSON.stringify(ogElement({ ...card, status: undefined }))).not.toContain(OG_STATUS_COLOR.partial_outage);
  });
});
