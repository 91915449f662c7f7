import type { CollectionEntry } from 'astro:content';
import { incidentEntriesOf } from './collections.ts';
import { incidentState } from '../lib/incidents/state.ts';
import type { IncidentData } from '../schemas/incident.ts';
import { worstStatus } from '../vocabulary/status.ts';
import { buildNow } from './clock.ts';
import { withEntry } from './entry-ref.ts';

export type IncidentEntry = CollectionEntry<'incidents'>;

/** An incident as the pages use it. */
export interface Incident extends IncidentData {
  /** File slug, such as 2026-10-03-checkout-outage; unique within the client. */
  id: string;
  clientId: string;
  /**
   * Reported and not resolved at the build's now (incidentState). View models that take their own `now` decide
   * with incidentState instead.
   */
  active: boolean;
  /** The worst impact declared on any component. */
  impact: IncidentData['components'][number]['impact'];
  /** The collection entry, for render(); not enumerable (./entry-ref.ts). */
  entry: IncidentEntry;
}

function toIncident(entry: IncidentEntry, now: Date): Incident {
  const [clientId, id] = entry.id.split('/') as [string, string];
  return withEntry(
    {
      ...entry.data,
      id,
      clientId,
      active: incidentState(entry.data, now) === 'active',
      impact: worstStatus(entry.data.components.map((c) => c.impact)) as Incident['impact'],
    },
    entry,
  );
}

/** A client's incidents, newest first (by reportedAt), including any reported after now (pages leave those out). */
export async function getIncidents(clientId: string): Promise<Incident[]> {
  const entries = await incidentEntriesOf(clientId);
  const now = await buildNow();
  return entries.map((e) => toIncident(e, now)).sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}
