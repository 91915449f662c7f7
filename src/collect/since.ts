import { EARLIEST_PLAUSIBLE } from './observation-bounds.ts';

/**
 * Reads `npm run pull -- --since <date>`: a calendar date (UTC midnight) or an ISO 8601 instant with its offset, not
 * before 2000 (no monitor data is older, see observation-bounds.ts) and not after `now`. Throws an Error saying what
 * was expected otherwise.
 *
 * @example parseSince('2025-06-01', now) // → 2025-06-01T00:00:00.000Z
 */
export function parseSince(text: string, now: Date): Date {
  const trimmed = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00.000Z`) : /^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? new Date(trimmed) : undefined;
  const expected = 'expected a date (YYYY-MM-DD, read as UTC midnight) or an ISO 8601 instant with its offset (2025-06-01T08:00:00Z)';
  if (!date || Number.isNaN(date.getTime()) || (trimmed.length === 10 && date.toISOString().slice(0, 10) !== trimmed)) {
    throw new Error(`--since: ${expected}, got "${text}"`);
  }
  if (date.getTime() < EARLIEST_PLAUSIBLE) throw new Error(`--since: expected a time from 2000 on (no monitor keeps older data), got "${text}"`);
  if (date.getTime() >= now.getTime()) throw new Error(`--since: expected a time before now (${now.toISOString()}), got "${text}"`);
  return date;
}
