import type { IncidentData } from '../../schemas/incident.ts';
import type { PriorityLevel, SupportHours } from '../../schemas/support.ts';
import { addClockMinutes, clockMilliseconds } from '../hours/clock.ts';
import type { Clock } from '../../vocabulary/status.ts';
import { MS_PER_MINUTE } from '../time/period.ts';
import { IncidentContentError } from './content-error.ts';

/** One target (response or restore) measured for one incident. */
export interface TargetMeasure {
  /** Minutes on the priority's clock from reportedAt to the event, unrounded; up to `now` while still open. */
  minutes: number;
  /** The target, in minutes on the same clock. */
  targetMinutes: number;
  /**
   * true: done within target (minutes ≤ target). false: missed, which an open clock can already be once it has
   * run past the target. null: still open and still within target, so not decided yet.
   */
  met: boolean | null;
  /** True while the event has not happened by `now` (the clock is still running). */
  open: boolean;
  /** When the target falls due on its clock (reportedAt + target on that clock). */
  dueBy: Date;
}

/** An incident measured against its priority's response and restore targets. */
export interface IncidentTargets {
  id: string;
  priority: IncidentData['priority'];
  clock: Clock;
  reportedAt: string;
  respondedAt: string | null;
  restoredAt: string | null;
  response: TargetMeasure;
  restore: TargetMeasure;
}

/** The incident fields measuring reads. */
export type MeasuredIncident = Pick<IncidentData, 'priority' | 'reportedAt' | 'respondedAt' | 'restoredAt' | 'resolvedAt'> & { id: string };

/** The support hours and zone a business clock runs in, and the present. */
export interface MeasureContext {
  supportHours: SupportHours;
  timeZone: string;
  now: Date;
}

/**
 * Measures an incident's response time (reported → first response) and restore time (reported → service restored)
 * on its priority's clock (24x7, or support hours only) and compares each with its target, unrounded: met when
 * minutes ≤ target.
 *
 * An event that has not happened by `now` leaves its clock running up to `now` (`open`; `met` null until the target
 * has passed, then false). A resolved incident without respondedAt or restoredAt, or with either before
 * reportedAt, cannot be measured: IncidentContentError names the incident and the field.
 *
 * @example
 * // P2 (business clock, 60 min response) reported Friday 17:00 London, answered Monday 09:20 GMT:
 * // 30 min on Friday + 20 min on Monday = 50 ≤ 60 → met
 * measureIncident({ id: 'x', priority: 'P2', reportedAt: '2026-01-09T17:00:00.000Z', respondedAt: '2026-01-12T09:20:00.000Z', … },
 *   priorities.P2, { supportHours, timeZone: 'Europe/London', now }).response
 * // → { minutes: 50, targetMinutes: 60, met: true, open: false, dueBy: 2026-01-12T09:30:00.000Z }
 */
export function measureIncident(incident: MeasuredIncident, level: PriorityLevel, context: MeasureContext): IncidentTargets {
  const { id } = incident;
  if (incident.resolvedAt) {
    if (!incident.respondedAt) throw new IncidentContentError(id, 'respondedAt', 'is missing: a resolved incident must say when it was first responded to');
    if (!incident.restoredAt) throw new IncidentContentError(id, 'restoredAt', 'is missing: a resolved incident must say when service was restored');
  }
  const reported = new Date(incident.reportedAt);
  for (const field of ['respondedAt', 'restoredAt'] as const) {
    const value = incident[field];
    if (value && Date.parse(value) < reported.getTime()) {
      throw new IncidentContentError(id, field, `(${value}) is before reportedAt (${incident.reportedAt})`);
    }
  }
  const measure = (at: string | undefined, targetMinutes: number): TargetMeasure => {
    // Nothing after `now` has happened yet.
    const happened = at !== undefined && Date.parse(at) <= context.now.getTime();
    const end = happened ? new Date(at) : context.now;
    const ms = clockMilliseconds(reported, end, level.clock, context.supportHours, context.timeZone);
    const within = ms <= targetMinutes * MS_PER_MINUTE;
    return {
      minutes: ms / MS_PER_MINUTE,
      targetMinutes,
      met: happened ? within : within ? null : false,
      open: !happened,
      dueBy: addClockMinutes(reported, targetMinutes, level.clock, context.supportHours, context.timeZone),
    };
  };
  return {
    id,
    priority: incident.priority,
    clock: level.clock,
    reportedAt: incident.reportedAt,
    respondedAt: incident.respondedAt ?? null,
    restoredAt: incident.restoredAt ?? null,
    response: measure(incident.respondedAt, level.responseTarget),
    restore: measure(incident.restoredAt, level.restoreTarget),
  };
}
