import type { CollectionEntry } from 'astro:content';
import { maintenanceEntriesOf } from './collections.ts';
import type { MaintenanceData } from '../schemas/maintenance.ts';
import { withEntry } from './entry-ref.ts';

/** A maintenance window as the pages use it. */
export interface Maintenance extends MaintenanceData {
  id: string;
  clientId: string;
  /** The collection entry, for render(); not enumerable (./entry-ref.ts). */
  entry: CollectionEntry<'maintenance'>;
}

/** A client's maintenance windows, soonest first. */
export async function getMaintenance(clientId: string): Promise<Maintenance[]> {
  const entries = await maintenanceEntriesOf(clientId);
  return entries
    .map((entry) => {
      const [, id] = entry.id.split('/') as [string, string];
      return withEntry({ ...entry.data, id, clientId }, entry);
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
