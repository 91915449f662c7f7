import { describe, expect, it } from 'vitest';
import { ageInWords, isStale, lastUpdated, type FreshnessHistory } from './freshness.ts';
import { messages } from '../i18n/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const h = (lastCheckAt: string | null, ...ends: string[]): FreshnessHistory => ({ lastCheckAt, timeline: ends.map((to) => ({ to })) });

describe('lastUpdated', () => {
  it.each<[string, Array<FreshnessHistory | undefined>, string | null]>([
    ['no history at all', [undefined, undefined], null],
    ['a history with nothing in it', [h(null)], null],
    ['the newest check, not the end of the span it stands for', [h('2026-11-22T11:55:00.000Z', '2026-11-22T12:05:00.000Z')], '2026-11-22T11:55:00.000Z'],
    ['the newest across components', [h('2026-11-22T09:00:00.000Z', '2026-11-22T09:10:00.000Z'), undefined, h('2026-11-22T11:50:00.000Z', '2026-11-22T12:00:00.000Z')], '2026-11-22T11:50:00.000Z'],
    ['a source that reports periods only: its timeline end', [h(null, '2026-11-21T08:00:00.000Z', '2026-11-22T10:00:00.000Z')], '2026-11-22T10:00:00.000Z'],
    ['never after now', [h(null, '2026-11-22T12:30:00.000Z')], '2026-11-22T12:00:00.000Z'],
    ['a stopped schedule: the last real observation, days ago', [h('2026-11-19T06:00:00.000Z', '2026-11-19T06:10:00.000Z')], '2026-11-19T06:00:00.000Z'],
  ])('%s', (_, histories, expected) => expect(lastUpdated(histories, now)?.toISOString() ?? null).toBe(expected));
});

describe('isStale', () => {
  const updated = new Date('2026-11-22T12:00:00Z');
  it.each<[string, string, number, boolean]>([
    ['just pulled', '2026-11-22T12:05:00Z', 60, false],
    ['exactly at the threshold', '2026-11-22T13:00:00Z', 60, false],
    ['a second past it', '2026-11-22T13:00:01Z', 60, true],
    ['days later', '2026-11-25T12:00:00Z', 60, true],
    ['a visitor clock behind the data', '2026-11-21T12:00:00Z', 60, false],
    ['a lenient threshold', '2026-11-22T17:00:00Z', 360, false],
  ])('%s', (_, at, threshold, stale) => expect(isStale(updated, new Date(at), threshold)).toBe(stale));
});

describe('ageInWords', () => {
  const updated = new Date('2026-11-22T12:00:00Z');
  it.each<[string, string]>([
    ['2026-11-22T12:00:30Z', '0 minutes'],
    ['2026-11-22T12:01:00Z', '1 minute'],
    ['2026-11-22T12:59:00Z', '59 minutes'],
    ['2026-11-22T13:00:00Z', '1 hour'],
    ['2026-11-24T11:59:00Z', '47 hours'],
    ['2026-11-24T12:00:00Z', '2 days'],
    ['2026-12-02T07:00:00Z', '9 days'],
    ['2026-11-21T12:00:00Z', '0 minutes'],
  ])('%s → %s', (at, words) => expect(ageInWords(updated, new Date(at))).toBe(words));
});

describe('ageInWords in the catalogue’s words', () => {
  it.each([
    ['2026-11-22T12:01:00Z', '1 Minute'],
    ['2026-11-22T15:00:00Z', '3 Stunden'],
    ['2026-11-24T13:00:00Z', '2 Tage'],
  ])('%s → %s', (at, words) => expect(ageInWords(new Date('2026-11-22T12:00:00Z'), new Date(at), messages('de').freshness.age)).toBe(words));
});
