import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatLocalDate, formatMinutes, formatMonth, formatTime, formatUtcDay, formatWeekdayDate } from './datetime.ts';

describe('formatDateTime names the zone', () => {
  it.each([
    ['2026-10-03T13:05:00Z', 'Europe/London', '3 Oct 2026, 14:05 BST'],
    ['2026-11-03T13:05:00Z', 'Europe/London', '3 Nov 2026, 13:05 GMT'],
    ['2026-11-03T13:05:00Z', 'America/New_York', '3 Nov 2026, 08:05 EST'],
    ['2026-10-03T13:05:00Z', 'UTC', '3 Oct 2026, 13:05 UTC'],
  ])('%s in %s → %s', (iso, zone, expected) => {
    expect(formatDateTime(iso, zone)).toBe(expected);
  });
  it('formats dates, times and months', () => {
    expect(formatDate('2026-09-30T23:30:00Z', 'Europe/London')).toBe('1 Oct 2026');
    expect(formatTime('2026-09-30T23:30:00Z', 'Europe/London')).toBe('00:30 BST');
    expect(formatMonth('2026-02')).toBe('February 2026');
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [125, '2 h 05 min'],
    [1440, '24 h'],
    [1440 + 240, '28 h'],
    [2550, '42 h 30 min'],
    [3600, '2 d 12 h'],
    [2880 + 5, '2 d 05 min'],
    // rounded up: never shorter than it was
    [240.4, '4 h 01 min'],
    [59.01, '1 h'],
    [0.2, '1 min'],
  ])('%d → %s', (minutes, expected) => expect(formatMinutes(minutes)).toBe(expected));
});

describe('formatLocalDate', () => {
  it.each([
    ['2026-10-24', 'Sat 24 Oct 2026'],
    ['2026-03-29', 'Sun 29 Mar 2026'],
    ['2028-02-29', 'Tue 29 Feb 2028'],
  ])('%s → %s', (date, expected) => expect(formatLocalDate(date)).toBe(expected));
  it.each(['2026-02-30', '24 Oct 2026', '2026-10-24T10:00Z'])('refuses %s', (date) => expect(() => formatLocalDate(date)).toThrow(/expected a date/));
});

describe('formatWeekdayDate', () => {
  it.each([
    ['2026-11-06T16:50:00Z', 'Europe/London', 'Fri 6 Nov 2026'],
    // 23:30 UTC on the 30th is already 1 October in London
    ['2026-09-30T23:30:00Z', 'Europe/London', 'Thu 1 Oct 2026'],
    ['2026-09-30T23:30:00Z', 'America/New_York', 'Wed 30 Sep 2026'],
  ])('%s in %s → %s', (iso, zone, expected) => expect(formatWeekdayDate(iso, zone)).toBe(expected));
});

describe('formatUtcDay', () => {
  it('names the UTC day and says its times are unknown', () => {
    expect(formatUtcDay('2026-10-24')).toBe('24 Oct 2026 (UTC day, exact times unknown)');
    expect(formatUtcDay('2027-01-01')).toBe('1 Jan 2027 (UTC day, exact times unknown)');
  });
  it('refuses what is not a date', () => {
    expect(() => formatUtcDay('2026-10-24T00:00Z')).toThrow(/expected a date such as 2026-10-24/);
    expect(() => formatUtcDay('2026-02-30')).toThrow(/2026-02-30/);
  });
});

describe('dates and times per locale, the zone always named', () => {
  it.each<[string, () => string, string]>([
    ['German date and time in London (summer: ICU has no German name for BST, so the English one)', () => formatDateTime('2026-10-03T13:05:00Z', 'Europe/London', 'de'), '3. Oktober 2026, 14:05 BST'],
    ['German date and time in Berlin', () => formatDateTime('2026-11-03T13:05:00Z', 'Europe/Berlin', 'de'), '3. November 2026, 14:05 MEZ'],
    ['German date', () => formatDate('2026-09-30T23:30:00Z', 'Europe/London', 'de'), '1. Oktober 2026'],
    ['German weekday date', () => formatLocalDate('2026-10-24', 'de'), 'Sa., 24. Oktober 2026'],
    ['German month', () => formatMonth('2026-03', 'de'), 'März 2026'],
    ['German date and time in December, the month written out (Berlin: MEZ)', () => formatDateTime('2026-12-02T13:05:00Z', 'Europe/Berlin', 'de'), '2. Dezember 2026, 14:05 MEZ'],
    ['German date and time in summer in Berlin (MESZ)', () => formatDateTime('2026-07-02T12:05:00Z', 'Europe/Berlin', 'de'), '2. Juli 2026, 14:05 MESZ'],
    ['German UTC day of a daily total', () => formatUtcDay('2026-10-24', 'de'), '24. Oktober 2026 (UTC-Tag, genaue Zeiten unbekannt)'],
    ['German calendar date (a due date)', () => formatCalendarDate('2026-12-04', 'de'), '4. Dezember 2026'],
    ['English calendar date: as written', () => formatCalendarDate('2026-12-04'), '2026-12-04'],
    ['German duration', () => formatMinutes(125, 'de'), '2 Std. 05 Min.'],
    ['English September is "Sep", as before', () => formatDate('2026-09-15T12:00:00Z', 'Europe/London'), '15 Sep 2026'],
  ])('%s', (_, format, expected) => expect(format()).toBe(expected));
});

it('a German calendar date refuses what is not a date', () => {
  expect(() => formatCalendarDate('2026-02-30', 'de')).toThrow(/2026-02-30/);
  expect(() => formatCalendarDate('4.12.2026', 'de')).toThrow(/expected a date/);
});
