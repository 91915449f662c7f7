import { describe, expect, it } from 'vitest';
import { elapsedPart, overlapMs, periodMinutes } from './period.ts';

const p = (a: string, b: string) => ({ start: new Date(a), end: new Date(b) });

describe('period helpers', () => {
  it.each([
    [p('2026-01-01T00:00Z', '2026-01-01T01:30Z'), 90],
    [p('2026-01-01T00:00Z', '2026-01-01T00:00:30Z'), 0.5],
    [p('2026-01-01T01:00Z', '2026-01-01T00:00Z'), 0],
  ])('periodMinutes %#', (period, minutes) => expect(periodMinutes(period)).toBe(minutes));

  it.each([
    ['2026-03-15T00:00Z', '2026-03-15T00:00:00.000Z'],
    ['2026-05-01T00:00Z', '2026-04-01T00:00:00.000Z'],
    ['2026-02-01T00:00Z', '2026-03-01T00:00:00.000Z'],
  ])('elapsedPart of March with now %s ends %s', (now, end) => {
    expect(elapsedPart(p('2026-03-01T00:00Z', '2026-04-01T00:00Z'), new Date(now)).end.toISOString()).toBe(end);
  });

  it.each([
    [0, 10, 5, 15, 5],
    [0, 10, 10, 15, 0],
    [0, 10, 2, 3, 1],
    [5, 6, 0, 1, 0],
  ])('overlapMs([%d,%d),[%d,%d)) = %d', (a, b, c, d, out) => expect(overlapMs(a, b, c, d)).toBe(out));
});
