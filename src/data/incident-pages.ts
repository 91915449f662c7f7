import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { incidentDuration, incidentState, type IncidentDuration, type IncidentState } from '../lib/incidents/state.ts';
import { measureIncident, type TargetMeasure } from '../lib/sla/incident-targets.ts';
import type { PriorityLevel } from '../schemas/support.ts';
import type { IncidentImpact } from '../vocabulary/status.ts';
import { getClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { incidentNotices } from '../lib/notices/notices.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { pageKey } from './page-keys.ts';

/** One incident as a list or its page shows it at `now`. */
export interface IncidentSummary {
  incident: Incident;
  /** Active or resolved at `now` (incidents not yet reported at `now` are not shown at all). */
  state: Exclude<IncidentState, 'not_reported'>;
  /** Wall-clock impact so far or in all. */
  duration: IncidentDuration;
}

/** The incident page: the record, its state at `now`, and its response and restore against the priority's targets. */
export interface IncidentPageView extends IncidentSummary {
  /** The priority level the targets come from (the client's P1–P4). */
  level: PriorityLevel;
  /** Response, then restore, each measured on the priority's clock (the same measure as the report and SLA JSON). */
  measures: Array<{ name: 'Response' | 'Restore'; measure: TargetMeasure }>;
  /** The affected components by name, with the impact declared and its own span if it has one. */
  components: Array<{ id: string; name: string; impact: IncidentImpact; from?: string; to?: string }>;
}

function summarise(incident: Incident, now: Date): IncidentSummary | undefined {
  const state = incidentState(incident, now);
  return state === 'not_reported' ? undefined : { incident, state, duration: incidentDuration(incident, now) };
}

/** A client's incidents reported by `now`, newest first, for its incident list. */
export async function getIncidentList(client: ResolvedClient, now: Date): Promise<IncidentSummary[]> {
  return (await getIncidents(client.id)).map((i) => summarise(i, now)).filter((s) => s !== undefined);
}

/** Static paths for every incident page: every client (public and unlisted) × each incident reported by the build's now. */
export async function incidentPaths() {
  const now = await buildNow();
  const paths = [];
  for (const client of await getClients()) {
    for (const { incident } of await getIncidentList(client, now)) paths.push({ params: { client: client.id, id: incident.id }, props: { client, incident } });
  }
  return paths;
}

/**
 * Static paths of the incident pages, each keyed by what the page shows at the build's now (src/data/page-keys.ts):
 * a scheduled build skips the postmortems a tick cannot change.
 */
export async function incidentPagePaths() {
  const now = await buildNow();
  return (await incidentPaths()).map((path) => {
    const { client, incident } = path.props;
    return { ...path, cacheKey: pageKey(client, getIncidentPageView(client, incident, now), incidentNotices(incident, now)) };
  });
}

/** The view of one incident's page at `now`. The incident must have been reported by then (incidentPaths). */
export function getIncidentPageView(client: ResolvedClient, incident: Incident, now: Date): IncidentPageView {
  const summary = summarise(incident, now);
  if (!summary) throw new Error(`incident "${client.id}/${incident.id}" is reported after ${now.toISOString()}: it has no page yet`);
  const level = client.priorities[incident.priority];
  const measured = measureIncident(incident, level, { supportHours: client.supportHours, timeZone: client.timeZone, now });
  const names = new Map(client.components.map((c) => [c.id, c.name]));
  return {
    ...summary,
    level,
    measures: [
      { name: 'Response', measure: measured.response },
      { name: 'Restore', measure: measured.restore },
    ],
    components: incident.components.map((c) => ({ id: c.id, name: names.get(c.id) ?? c.id, impact: c.impact, from: c.from, to: c.to })),
  };
}
