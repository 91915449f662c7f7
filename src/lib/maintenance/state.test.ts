import { describe, expect, it } from 'vitest';
import { maintenanceState, type MaintenanceState } from './state.ts';

const window = { start: '2026-12-02T06:00:00Z', end: '2026-12-02T07:00:00Z' };

describe('maintenanceState', () => {
  it.each<[string, MaintenanceState]>([
    ['2026-12-02T05:59:59Z', 'scheduled'],
    ['2026-12-02T06:00:00Z', 'in_progress'],
    ['2026-12-02T06:59:59Z', 'in_progress'],
    ['2026-12-02T07:00:00Z', 'completed'],
  ])('at %s: %s', (now, expected) => expect(maintenanceState(window, new Date(now))).toBe(expected));
});
