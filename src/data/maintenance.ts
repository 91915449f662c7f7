import { getCollection, type CollectionEntry } from 'astro:content';
import type { MaintenanceData } from '../schemas/maintenance.ts';

/** A maintenance window as the pages use it. */
export interface Maintenance extends MaintenanceData {
  id: string;
  clientId: string;
  entry: CollectionEntry<'maintenance'>;
}

/** A client's maintenance windows, soonest first. */
export async function getMaintenance(clientId: string): Promise<Maintenance[]> {
  const entries = await getCollection('maintenance', (e) => e.id.startsWith(`${clientId}/`));
  return entries
    .map((entry) => {
      const [, id] = entry.id.split('/') as [string, string];
      return { ...entry.data, id, clientId, entry };
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
