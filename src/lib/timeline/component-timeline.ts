import { combineLayers } from './combine.ts';
import { incidentSpans, maintenanceSpans, monitorSpans, monitorSpansWithin, type MonitorHistory, type TimelineIncident, type TimelineMaintenance } from './layers.ts';
import type { StatusSegment } from './segment.ts';

/** What componentTimeline needs: one component's sources, the span asked for, and the clock. */
export interface ComponentTimelineInput {
  /** The component's id, as incidents and maintenance notices name it. */
  componentId: string;
  /** Its monitor history; undefined when it has no monitor (its status then comes from incidents only). */
  history?: MonitorHistory | undefined;
  /** The client's incidents (those not naming the component are ignored). */
  incidents?: readonly TimelineIncident[];
  /** The client's maintenance notices (those not listing the component are ignored). */
  maintenance?: readonly TimelineMaintenance[];
  /** Start of the span, inclusive. */
  from: Date;
  /** End of the span, exclusive. */
  to: Date;
  /** The present: nothing at or after it has been observed. */
  now: Date;
}

/**
 * A component's status over [from, min(to, now)) as sorted, merged, gap-free segments, by the rules in DESIGN.md:
 * the monitor (history periods where given, standing checks elsewhere, `no_data` in between), worsened by incident
 * impacts (STATUS_RANK decides), overridden by scheduled maintenance. Empty when the span has not begun by `now`.
 *
 * @example
 * componentTimeline({ componentId: 'www', history, incidents, maintenance,
 *   from: new Date('2026-03-01T00:00Z'), to: new Date('2026-04-01T00:00Z'), now: new Date('2026-03-10T12:00Z') })
 * // → [{ from: 2026-03-01T00:00Z, to: …, status: 'operational' }, …, { …, to: 2026-03-10T12:00Z, status: … }]
 */
export function componentTimeline(input: ComponentTimelineInput): StatusSegment[] {
  const { componentId, history, incidents = [], maintenance = [], from, to, now } = input;
  const end = Math.min(to.getTime(), now.getTime());
  const spans = [
    // The timeline is sorted and never overlaps, so the window's part is found by binary search: a status page or
    // a month's report costs the segments it shows, not the whole history.
    ...monitorSpansWithin(monitorSpans(history), from.getTime(), end),
    ...incidentSpans(incidents, componentId, now),
    ...maintenanceSpans(maintenance, componentId),
  ];
  return combineLayers(spans, from.getTime(), end);
}
