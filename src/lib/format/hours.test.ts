import { describe, expect, it } from 'vitest';
import { describeDays } from './hours.ts';

describe('describeDays', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Monday to Friday'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Every day'],
    [['sat', 'sun'], 'Saturday, Sunday'],
    [['mon', 'wed', 'thu', 'fri'], 'Monday, Wednesday to Friday'],
  ] as const)('%j → %s', (days, expected) => expect(describeDays(days)).toBe(expected));
});

describe('describeDays in German', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Montag bis Freitag'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Jeden Tag'],
    [['sat', 'sun'], 'Samstag, Sonntag'],
  ] as const)('%j → %s', (days, expected) => expect(describeDays(days, 'de')).toBe(expected));
});
