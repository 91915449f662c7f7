import { describe, expect, it } from 'vitest';
import type { Clock } from '../../vocabulary/status.ts';
import { formatClockDuration, formatTarget, workingDayMinutes } from './targets.ts';

const office = { start: '09:00', end: '17:30' }; // 510 min: the agency's default hours
const retail = { start: '08:00', end: '20:00' }; // 720 min

describe('formatTarget says which clock a target runs on', () => {
  it.each<[number, Clock, { start: string; end: string }, string]>([
    // The default P4 restore target: five working days, never "2 d 12 h" (issue 10 §3)
    [2550, 'business', office, '5 working days'],
    [1020, 'business', office, '2 working days'],
    [510, 'business', office, '1 working day'],
    [240, 'business', office, '4 working hours'],
    [60, 'business', office, '1 working hour'],
    [480, 'business', office, '8 working hours'],
    [30, 'business', office, '30 working minutes'],
    // 2 h 15 min is neither whole hours nor days: hours and minutes of working time, never days
    [135, 'business', office, '2 h 15 min of working time'],
    [2550, 'business', retail, '42 h 30 min of working time'],
    [1440, 'business', retail, '2 working days'],
    // 24x7 targets are elapsed time
    [240, '24x7', office, '4 h'],
    [30, '24x7', office, '30 min'],
    [3600, '24x7', office, '2 d 12 h'],
  ])('%d min on %s, %j → %s', (minutes, clock, hours, expected) => expect(formatTarget(minutes, clock, hours)).toBe(expected));

  it.each<[number, Clock, string]>([
    [2550, 'business', '5 Arbeitstage'],
    [510, 'business', '1 Arbeitstag'],
    [240, 'business', '4 Arbeitsstunden'],
    [135, 'business', '2 Std. 15 Min. Arbeitszeit'],
    [240, '24x7', '4 Std.'],
  ])('in German: %d min on %s → %s', (minutes, clock, expected) => expect(formatTarget(minutes, clock, office, 'de')).toBe(expected));

  it('never writes a business target in calendar days', () => {
    for (let minutes = 1; minutes <= 5000; minutes += 7) {
      for (const hours of [office, retail]) expect(formatTarget(minutes, 'business', hours)).not.toMatch(/\d d\b/);
    }
  });
});

describe('workingDayMinutes', () => {
  it.each([
    [office, 510],
    [retail, 720],
    [{ start: '00:00', end: '23:59' }, 1439],
  ])('%j → %d', (hours, expected) => expect(workingDayMinutes(hours)).toBe(expected));
});

describe('formatClockDuration', () => {
  it.each<[number, Clock, string]>([
    [2550, 'business', '42 h 30 min'],
    [3000, 'business', '50 h'],
    [137.2, 'business', '2 h 18 min'],
    [45, 'business', '45 min'],
    [3600, '24x7', '2 d 12 h'],
  ])('%d min on %s → %s', (minutes, clock, expected) => expect(formatClockDuration(minutes, clock)).toBe(expected));
});
