import { describe, expect, it } from 'vitest';
import { businessClockExample } from './clock-example.ts';

const office = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, start: '09:00', end: '17:30', holidays: [] as string[] };

describe('businessClockExample', () => {
  it('works the priority-levels example from the hours: a P2 reported Friday 16:30 is due Monday 16:00, not Saturday 00:30', () => {
    const ex = businessClockExample(480, { ...office, days: [...office.days] }, 'Europe/London', '2026-02-02')!;
    expect(ex.reported.toISOString()).toBe('2026-02-06T16:30:00.000Z');
    expect(ex.close.toISOString()).toBe('2026-02-06T17:30:00.000Z');
    expect(ex.usedByClose).toBe(60);
    expect(ex.due.toISOString()).toBe('2026-02-09T16:00:00.000Z');
    expect(ex.calendarDue.toISOString()).toBe('2026-02-07T00:30:00.000Z');
  });

  it('follows the hours: Monday to Saturday, 08:00–20:00, a Saturday holiday makes Friday the last day', () => {
    const hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as Array<'mon'>, start: '08:00', end: '20:00', holidays: ['2026-02-07'] };
    const ex = businessClockExample(120, hours, 'Europe/London', '2026-02-02')!;
    expect(ex.reported.toISOString()).toBe('2026-02-06T19:00:00.000Z');
    expect(ex.due.toISOString()).toBe('2026-02-09T09:00:00.000Z');
  });

  it('is undefined for a week without support hours', () => {
    expect(businessClockExample(60, { ...office, days: ['mon'], holidays: ['2026-02-02'] }, 'Europe/London', '2026-02-02')).toBeUndefined();
  });
});
