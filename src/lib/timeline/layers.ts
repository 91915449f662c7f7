import type { History } from '../../schemas/history.ts';
import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import type { ComponentStatus } from '../../vocabulary/status.ts';

/**
 * Where a span of status comes from. The timeline combines them in this order of authority:
 * a maintenance window overrides everything; a history `period` holds over checks; checks hold elsewhere;
 * incident impacts combine with the monitor by STATUS_RANK (the worse wins).
 */
export type Layer = 'maintenance' | 'period' | 'check' | 'incident';

/** A span in epoch milliseconds [start, end) from one layer. */
export interface LayerSpan {
  start: number;
  end: number;
  status: ComponentStatus;
  layer: Layer;
}

/**
 * The monitor's spans from a history file: its `timeline` (one entry per change of status, derived by the pull
 * from the raw checks and periods, see monitor-timeline.ts). Time it does not cover is left out: it is `no_data`.
 *
 * @example
 * monitorSpans({ timeline: [{ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:02:00.000Z', status: 'operational' }] })
 * // → [{ start: Date.parse('2026-01-01T00:00Z'), end: Date.parse('2026-01-01T00:02Z'), status: 'operational', layer: 'period' }]
 */
export function monitorSpans(history: MonitorHistory | undefined): readonly LayerSpan[] {
  if (!history) return [];
  // A build asks for the same history's spans once per page, report and figure. Histories are never mutated once
  // loaded, so the spans are computed once per history object.
  let spans = spanCache.get(history);
  if (!spans) {
    spans = history.timeline.map((p) => ({ start: Date.parse(p.from), end: Date.parse(p.to), status: p.status, layer: 'period' }));
    spanCache.set(history, spans);
  }
  return spans;
}

/**
 * The spans of a sorted, non-overlapping list (a monitor timeline) that reach into [from, to): found by binary
 * search on their ends, which are sorted too. Spans are returned whole; combineLayers clips them.
 *
 * @example
 * monitorSpansWithin([{ start: 0, end: 10, … }, { start: 10, end: 20, … }, { start: 20, end: 30, … }], 12, 15)
 * // → [{ start: 10, end: 20, … }]
 */
export function monitorSpansWithin(spans: readonly LayerSpan[], from: number, to: number): readonly LayerSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < spans.length && spans[last]!.start < to) last++;
  return spans.slice(lo, last);
}

/** The part of a history file the site reads. */
export type MonitorHistory = Pick<History, 'timeline' | 'dayTotals'>;

const spanCache = new WeakMap<object, readonly LayerSpan[]>();

/** The fields of an incident the timeline reads. */
export type TimelineIncident = Pick<IncidentData, 'components' | 'startedAt' | 'reportedAt' | 'restoredAt'>;

/**
 * The impact spans incidents declare on one component: for each entry naming it,
 * [entry.from ?? startedAt ?? reportedAt, entry.to ?? restoredAt ?? now).
 *
 * @example
 * incidentSpans([{ reportedAt: '2026-01-01T10:00:00.000Z', restoredAt: '2026-01-01T11:00:00.000Z',
 *   components: [{ id: 'www', impact: 'major_outage' }] }], 'www', now)
 * // → [{ start: 10:00Z, end: 11:00Z, status: 'major_outage', layer: 'incident' }]
 */
export function incidentSpans(incidents: readonly TimelineIncident[], componentId: string, now: Date): LayerSpan[] {
  const spans: LayerSpan[] = [];
  for (const incident of incidents) {
    for (const entry of incident.components) {
      if (entry.id !== componentId) continue;
      const start = Date.parse(entry.from ?? incident.startedAt ?? incident.reportedAt);
      const end = entry.to ? Date.parse(entry.to) : incident.restoredAt ? Date.parse(incident.restoredAt) : now.getTime();
      spans.push({ start, end, status: entry.impact, layer: 'incident' });
    }
  }
  return spans;
}

/** The fields of a maintenance notice the timeline reads. */
export type TimelineMaintenance = Pick<MaintenanceData, 'components' | 'start' | 'end'>;

/**
 * The maintenance windows [start, end) that list one component.
 *
 * @example
 * maintenanceSpans([{ components: ['www'], start: '2026-01-03T22:00:00.000Z', end: '2026-01-03T23:00:00.000Z' }], 'www')
 * // → [{ start: 22:00Z, end: 23:00Z, status: 'under_maintenance', layer: 'maintenance' }]
 */
export function maintenanceSpans(maintenance: readonly TimelineMaintenance[], componentId: string): LayerSpan[] {
  return maintenance
    .filter((m) => m.components.includes(componentId))
    .map((m) => ({ start: Date.parse(m.start), end: Date.parse(m.end), status: 'under_maintenance', layer: 'maintenance' }));
}
