import { getCollection, type CollectionEntry } from 'astro:content';
import type { IncidentData } from '../schemas/incident.ts';
import { worstStatus } from '../vocabulary/status.ts';

export type IncidentEntry = CollectionEntry<'incidents'>;

/** An incident as the pages use it. */
export interface Incident extends IncidentData {
  /** File slug, such as 2026-10-03-checkout-outage; unique within the client. */
  id: string;
  clientId: string;
  /** True until resolvedAt is set. */
  active: boolean;
  /** The worst impact declared on any component. */
  impact: IncidentData['components'][number]['impact'];
  /** The collection entry, for render(). */
  entry: IncidentEntry;
}

function toIncident(entry: IncidentEntry): Incident {
  const [clientId, id] = entry.id.split('/') as [string, string];
  return {
    ...entry.data,
    id,
    clientId,
    active: !entry.data.resolvedAt,
    impact: worstStatus(entry.data.components.map((c) => c.impact)) as Incident['impact'],
    entry,
  };
}

/** A client's incidents, newest first (by reportedAt). */
export async function getIncidents(clientId: string): Promise<Incident[]> {
  const entries = await getCollection('incidents', (e) => e.id.startsWith(`${clientId}/`));
  return entries.map(toIncident).sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

/** Wall-clock minutes of user impact: from start (or report) to restore, or to `now` while not restored. */
export function incidentDurationMinutes(i: Pick<IncidentData, 'startedAt' | 'reportedAt' | 'restoredAt'>, now: Date): number {
  const start = Date.parse(i.startedAt ?? i.reportedAt);
  const end = i.restoredAt ? Date.parse(i.restoredAt) : now.getTime();
  return Math.max(0, end - start) / 60000;
}

/** Every client's incidents, for incident id lookups across the site. */
export async function getIncident(clientId: string, id: string): Promise<Incident | undefined> {
  return (await getIncidents(clientId)).find((i) => i.id === id);
}
