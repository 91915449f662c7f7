import { describe, expect, it } from 'vitest';
import { parseSince } from './since.ts';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('parseSince (--since)', () => {
  it.each([
    ['2025-06-01', '2025-06-01T00:00:00.000Z'],
    ['2026-02-28T08:30:00Z', '2026-02-28T08:30:00.000Z'],
    ['2026-02-28T10:30:00+02:00', '2026-02-28T08:30:00.000Z'],
  ])('%s → %s', (text, iso) => expect(parseSince(text, NOW).toISOString()).toBe(iso));

  it.each([
    ['yesterday', /expected a date \(YYYY-MM-DD/],
    ['2026-02-30', /expected a date/],
    ['2026-02-28T08:30:00', /expected a date/],
    ['1970-01-01', /from 2000 on/],
    ['2026-03-02', /before now \(2026-03-01T12:00:00.000Z\)/],
  ])('refuses %s, saying what was expected', (text, message) => expect(() => parseSince(text, NOW)).toThrow(message));
});
