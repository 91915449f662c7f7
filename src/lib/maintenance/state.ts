import type { MaintenanceData } from '../../schemas/maintenance.ts';

/** Where a maintenance window stands at `now`: Statuspage's scheduled / in_progress / completed. */
export type MaintenanceState = 'scheduled' | 'in_progress' | 'completed';

/**
 * The state of a window [start, end) at `now`.
 *
 * @example
 * maintenanceState({ start: '2026-12-02T06:00:00Z', end: '2026-12-02T07:00:00Z' }, new Date('2026-12-02T06:30Z')) // → 'in_progress'
 */
export function maintenanceState(m: Pick<MaintenanceData, 'start' | 'end'>, now: Date): MaintenanceState {
  const t = now.getTime();
  if (t < Date.parse(m.start)) return 'scheduled';
  return t < Date.parse(m.end) ? 'in_progress' : 'completed';
}
