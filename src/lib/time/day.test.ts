import { describe, expect, it } from 'vitest';
import { dayOf, dayPeriod, daysBetween, lastDays, nextDate } from './day.ts';

const hours = (p: { start: Date; end: Date }) => (p.end.getTime() - p.start.getTime()) / 3_600_000;

describe('dayPeriod is local midnight to local midnight', () => {
  it.each([
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z', 23], // clocks forward: 23 h
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z', 25], // clocks back: 25 h
    ['2026-07-01', 'Europe/London', '2026-06-30T23:00:00.000Z', 24],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', 23],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z', 25],
    ['2028-02-29', 'UTC', '2028-02-29T00:00:00.000Z', 24],
  ])('%s in %s starts %s and lasts %d h', (date, zone, start, h) => {
    const d = dayPeriod(date, zone);
    expect(d.date).toBe(date);
    expect(d.start.toISOString()).toBe(start);
    expect(hours(d)).toBe(h);
  });
  it.each([['2026-02-30'], ['26-01-01'], ['2026-1-1']])('rejects %j', (bad) => {
    expect(() => dayPeriod(bad, 'UTC')).toThrow(/expected a date such as/);
  });
});

describe('dayOf', () => {
  it.each([
    ['2026-06-30T23:30:00Z', 'Europe/London', '2026-07-01'],
    ['2026-06-30T23:30:00Z', 'UTC', '2026-06-30'],
    ['2026-07-01T03:59:00Z', 'America/New_York', '2026-06-30'],
  ])('%s in %s → %s', (iso, zone, date) => expect(dayOf(new Date(iso), zone)).toBe(date));
});

describe('lastDays', () => {
  it('ends with today and crosses DST', () => {
    const days = lastDays(3, new Date('2026-03-30T08:00:00Z'), 'Europe/London');
    expect(days.map((d) => d.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(days.map(hours)).toEqual([24, 23, 24]);
    // contiguous: each day ends where the next begins
    expect(days[0]!.end).toEqual(days[1]!.start);
    expect(days[1]!.end).toEqual(days[2]!.start);
  });
  it('90 days back from 2026-05-31 starts on 2026-03-03', () => {
    // 31 May − 89 days: May 31 (31) + April (30) = 61 days back to 1 Apr… 89 − 61 = 28 more → 3 Mar.
    const days = lastDays(90, new Date('2026-05-31T12:00:00Z'), 'Europe/London');
    expect(days).toHaveLength(90);
    expect(days[0]!.date).toBe('2026-03-03');
    expect(days.at(-1)!.date).toBe('2026-05-31');
  });
  it('zero days is empty', () => expect(lastDays(0, new Date('2026-01-01T00:00Z'), 'UTC')).toEqual([]));
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01T10:00:00Z', '2026-01-03T00:00:00Z', 'UTC', ['2026-01-01', '2026-01-02']],
    ['2026-01-01T10:00:00Z', '2026-01-03T00:00:01Z', 'UTC', ['2026-01-01', '2026-01-02', '2026-01-03']],
    ['2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', 'UTC', []],
    ['2026-07-01T22:30:00Z', '2026-07-01T23:30:00Z', 'Europe/London', ['2026-07-01', '2026-07-02']],
  ])('[%s, %s) in %s', (a, b, zone, out) => {
    expect(daysBetween(new Date(a), new Date(b), zone).map((d) => d.date)).toEqual(out);
  });
});

describe('day boundaries are computed once per zone and day', () => {
  it('gives the same frozen day each time, and a list the caller may change', () => {
    const now = new Date('2026-10-25T12:00:00Z');
    const a = lastDays(90, now, 'Europe/London');
    const b = lastDays(90, now, 'Europe/London');
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b[0]).toBe(a[0]);
    expect(Object.isFrozen(a[0])).toBe(true);
    const today = a.pop();
    expect(lastDays(90, now, 'Europe/London')).toHaveLength(90);
    expect(dayPeriod('2026-10-25', 'Europe/London')).toBe(today);
  });
  it('keys by zone: the same date in another zone is another day', () => {
    expect(dayPeriod('2026-10-25', 'America/New_York').start.toISOString()).toBe('2026-10-25T04:00:00.000Z');
    expect(dayPeriod('2026-10-25', 'Europe/London').start.toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });
  it('still refuses a bad zone after a good one was cached', () => {
    lastDays(1, new Date('2026-01-01T00:00Z'), 'Europe/London');
    expect(() => lastDays(1, new Date('2026-01-01T00:00Z'), 'Europe/Londres')).toThrow(/unknown time zone/);
  });
});

describe('nextDate', () => {
  it.each([
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-03-28', '2026-03-29'],
  ])('%s → %s', (date, next) => expect(nextDate(date)).toBe(next));
  it('refuses what is not a date', () => expect(() => nextDate('2026-1-5')).toThrow(/expected a date/));
});
