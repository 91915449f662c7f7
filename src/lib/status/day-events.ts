import { incidentSpans, maintenanceSpans, type TimelineIncident, type TimelineMaintenance } from '../timeline/layers.ts';
import type { Period } from '../time/period.ts';

/**
 * Which incidents and maintenance windows touched one component on each of its status-page days, so a day's bar can
 * name and link them. An incident touches a day when the impact it declares on the component overlaps the day (the
 * same span the timeline counts: from the entry's `from`, `startedAt` or `reportedAt` to its `to`, `restoredAt` or
 * now); a window touches it when it lists the component and overlaps the day. Incidents reported after `now` are
 * not known yet and are left out.
 *
 * @example
 * eventsByDay(days, { componentId: 'www', incidents, maintenance, now })
 * // → [{ incidents: [], maintenance: [] }, …, { incidents: [incident], maintenance: [] }, …]   (one entry per day)
 */
export function eventsByDay<I extends TimelineIncident, M extends TimelineMaintenance>(
  days: readonly Period[],
  input: { componentId: string; incidents: readonly I[]; maintenance: readonly M[]; now: Date },
): Array<{ incidents: I[]; maintenance: M[] }> {
  const { componentId, now } = input;
  const known = input.incidents.filter((i) => Date.parse(i.reportedAt) <= now.getTime());
  const incidentSpansOf = known.map((i) => ({ item: i, spans: incidentSpans([i], componentId, now) })).filter((x) => x.spans.length > 0);
  const windows = input.maintenance.map((m) => ({ item: m, spans: maintenanceSpans([m], componentId) })).filter((x) => x.spans.length > 0);
  return days.map((day) => {
    const start = day.start.getTime();
    const end = day.end.getTime();
    const touches = (spans: ReadonlyArray<{ start: number; end: number }>) =>
      spans.some((s) => (s.end > s.start ? s.start < end && s.end > start : s.start >= start && s.start < end));
    return {
      incidents: incidentSpansOf.filter((x) => touches(x.spans)).map((x) => x.item),
      maintenance: windows.filter((x) => touches(x.spans)).map((x) => x.item),
    };
  });
}
