import type { Component } from '../../schemas/client.ts';
import type { History } from '../../schemas/history.ts';
import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import { lastUpdated } from '../status/freshness.ts';
import { dayOf } from '../time/day.ts';
import { incidentNotices, latestNotice } from '../notices/notices.ts';

/** When Statuspage would say a component was created and last updated, and the day its uptime is shown from. */
export interface ComponentTimes {
  createdAt: Date;
  updatedAt: Date;
  startDate: string | null;
}

/**
 * Each component's times for the API, from what content knows (Upkeep has no record of when a component was added):
 * - created: its first observation (the start of its history), else the client's earliest observation or incident,
 *   else `now`;
 * - updated: its newest observation by `now`, or a later update of an incident naming it, or a window of it starting
 *   or ending by `now`; else its creation;
 * - start date: the day (client's zone) of its first observation; null without history.
 *
 * @example
 * componentTimes({ components, histories, incidents: [], maintenance: [], timeZone: 'Europe/London', now }).get('www')
 * // → { createdAt: 2026-08-24T00:00:00Z, updatedAt: 2026-11-22T11:55:00Z, startDate: '2026-08-24' }
 */
export function componentTimes(input: {
  components: ReadonlyArray<Pick<Component, 'id'>>;
  histories: Record<string, Pick<History, 'timeline' | 'lastCheckAt'> | undefined>;
  incidents: ReadonlyArray<Pick<IncidentData, 'components' | 'reportedAt' | 'updates'>>;
  maintenance: ReadonlyArray<Pick<MaintenanceData, 'components' | 'start' | 'end'>>;
  timeZone: string;
  now: Date;
}): Map<string, ComponentTimes> {
  const { now } = input;
  const firstSeen = (id: string) => {
    const first = input.histories[id]?.timeline[0]?.from;
    return first === undefined ? undefined : Date.parse(first);
  };
  const reported = input.incidents.map((i) => Date.parse(i.reportedAt)).filter((t) => t <= now.getTime());
  const clientStart = Math.min(now.getTime(), ...input.components.map((c) => firstSeen(c.id) ?? Infinity), ...reported);
  const out = new Map<string, ComponentTimes>();
  for (const c of input.components) {
    const seen = firstSeen(c.id);
    const createdAt = new Date(seen ?? clientStart);
    const observed = lastUpdated([input.histories[c.id]], now)?.toISOString();
    const declared = input.incidents.filter((i) => i.components.some((a) => a.id === c.id)).flatMap((i) => incidentNotices(i, now));
    const windows = input.maintenance.filter((m) => m.components.includes(c.id)).flatMap((m) => [m.start, m.end]).filter((t) => Date.parse(t) <= now.getTime());
    const latest = latestNotice([...(observed ? [{ at: observed }] : []), ...declared, ...windows.map((at) => ({ at }))]);
    const updatedAt = latest === undefined || Date.parse(latest) < createdAt.getTime() ? createdAt : new Date(latest);
    out.set(c.id, { createdAt, updatedAt, startDate: seen === undefined ? null : dayOf(new Date(seen), input.timeZone) });
  }
  return out;
}
