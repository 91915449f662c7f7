import { getCollection, getEntry } from 'astro:content';
import { resolveClient, type ResolvedClient } from '../lib/clients/resolve.ts';
import { getAgency } from './agency.ts';
import { pageKey } from './page-keys.ts';

/** Every client, public and unlisted, with the agency defaults applied, sorted by name. */
export async function getClients(): Promise<ResolvedClient[]> {
  const agency = await getAgency();
  const entries = await getCollection('clients');
  return entries.map((e) => resolveClient(e.id, e.data, agency)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Clients that may appear on shared pages (home, proof figures, search, sitemap). Unlisted ones never do. */
export async function getPublicClients(): Promise<ResolvedClient[]> {
  return (await getClients()).filter((c) => c.visibility === 'public');
}

/** Static paths for the pages every client has (standards, status, incidents, reports): public and unlisted. */
export async function clientPaths() {
  return (await getClients()).map((client) => ({ params: { client: client.id }, props: { client } }));
}

/**
 * clientPaths, each keyed (src/data/page-keys.ts) by `view(client)`: what the page shows beside the authored content
 * and the client's settings, which every key holds. A page showing nothing else (the client's overview) passes none.
 * A scheduled build then copies the page while the view is unchanged.
 */
export async function keyedClientPaths(view?: (client: ResolvedClient) => unknown) {
  const paths = [];
  for (const path of await clientPaths()) paths.push({ ...path, cacheKey: view ? pageKey(path.props.client, await view(path.props.client)) : pageKey(path.props.client) });
  return paths;
}

/** The client's bespoke standards text (content/clients/<id>/standards.mdx), if any. */
export async function getClientStandards(id: string) {
  return getEntry('clientStandards', id);
}

/** Components grouped for display, groups in order of first appearance in client.yaml. */
export function groupComponents<T extends { group: string }>(components: readonly T[]): Array<{ group: string; components: T[] }> {
  const groups = new Map<string, T[]>();
  for (const c of components) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups].map(([group, list]) => ({ group, components: list }));
}
