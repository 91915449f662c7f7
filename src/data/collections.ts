import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * Client-scoped collections (incidents, maintenance) read once per build and grouped by client, so that asking for one
 * client's entries costs that client's entries, not a scan of every client's (getCollection with a filter is a full
 * scan: O(clients × incidents) over a build). Entry ids are `<client>/<file slug>` (src/content.config.ts).
 */

type Scoped = 'incidents' | 'maintenance';

const grouped = new Map<Scoped, Promise<Map<string, Array<CollectionEntry<Scoped>>>>>();

function byClient<C extends Scoped>(collection: C): Promise<Map<string, Array<CollectionEntry<C>>>> {
  let groups = grouped.get(collection);
  if (!groups) {
    groups = getCollection(collection).then((entries) => Map.groupBy(entries as Array<CollectionEntry<Scoped>>, (e) => e.id.slice(0, e.id.indexOf('/'))));
    grouped.set(collection, groups);
  }
  return groups as Promise<Map<string, Array<CollectionEntry<C>>>>;
}

/** One client's incident entries (content/clients/<client>/incidents/*.mdx), in collection order. */
export async function incidentEntriesOf(clientId: string): Promise<Array<CollectionEntry<'incidents'>>> {
  return (await byClient('incidents')).get(clientId) ?? [];
}

/** One client's maintenance entries (content/clients/<client>/maintenance/*.mdx), in collection order. */
export async function maintenanceEntriesOf(clientId: string): Promise<Array<CollectionEntry<'maintenance'>>> {
  return (await byClient('maintenance')).get(clientId) ?? [];
}
