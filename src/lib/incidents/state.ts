import type { IncidentData } from '../../schemas/incident.ts';
import { MS_PER_MINUTE } from '../time/period.ts';

/**
 * Where an incident stands at `now`:
 * - `not_reported`: reported after `now`, so it has not happened yet (a build pinned to an earlier time);
 * - `active`: reported, and not resolved by `now` (no resolvedAt, or a resolvedAt after `now`);
 * - `resolved`: resolvedAt at or before `now`.
 */
export type IncidentState = 'not_reported' | 'active' | 'resolved';

/** The incident fields the state reads. */
export type IncidentTimes = Pick<IncidentData, 'reportedAt' | 'resolvedAt'>;

/**
 * The state of an incident at `now`, decided from its times rather than from whether a field is filled in.
 *
 * @example
 * incidentState({ reportedAt: '2026-10-03T13:05:00Z', resolvedAt: '2026-10-03T15:00:00Z' }, new Date('2026-10-03T14:00Z'))
 * // → 'active' (resolved later than now)
 */
export function incidentState(incident: IncidentTimes, now: Date): IncidentState {
  const t = now.getTime();
  if (Date.parse(incident.reportedAt) > t) return 'not_reported';
  return incident.resolvedAt !== undefined && Date.parse(incident.resolvedAt) <= t ? 'resolved' : 'active';
}

/** A duration of user impact: how long, and whether it is still running at `now`. */
export interface IncidentDuration {
  /** Wall-clock minutes from startedAt (else reportedAt) to restoredAt, or to `now` while not restored; unrounded. */
  minutes: number;
  /** True while service is not restored at `now` (no restoredAt, or one after `now`): the duration is "so far". */
  running: boolean;
}

/**
 * Wall-clock minutes of user impact at `now`: from the start (or, if unknown, the report) to the restore, or to `now`
 * while service is not restored by then. Zero before the start. This is elapsed time, not time on a priority's clock
 * (measureIncident gives those).
 *
 * @example
 * incidentDuration({ startedAt: '2026-10-24T22:08:00Z', reportedAt: '2026-10-24T22:20:00Z', restoredAt: '2026-10-25T02:35:00Z' }, now)
 * // → { minutes: 267, running: false }
 */
export function incidentDuration(incident: Pick<IncidentData, 'startedAt' | 'reportedAt' | 'restoredAt'>, now: Date): IncidentDuration {
  const start = Date.parse(incident.startedAt ?? incident.reportedAt);
  const restored = incident.restoredAt === undefined ? undefined : Date.parse(incident.restoredAt);
  const running = restored === undefined || restored > now.getTime();
  const end = running ? now.getTime() : restored;
  return { minutes: Math.max(0, end - start) / MS_PER_MINUTE, running };
}

/**
 * The incidents resolved in the `days` × 24 hours up to `now` (resolvedAt in [now − days, now]), in the order given.
 *
 * @example
 * resolvedWithin(incidents, { now: new Date('2026-11-22T12:00Z'), days: 14 }) // → those resolved since 8 Nov 12:00Z
 */
export function resolvedWithin<T extends IncidentTimes>(incidents: readonly T[], window: { now: Date; days: number }): T[] {
  const since = window.now.getTime() - window.days * 86_400_000;
  return incidents.filter((i) => incidentState(i, window.now) === 'resolved' && Date.parse(i.resolvedAt!) >= since);
}
