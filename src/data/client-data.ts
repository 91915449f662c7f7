import { getCollection } from 'astro:content';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import type { ClientData } from '../lib/sla/report-input.ts';
import type { History } from '../schemas/history.ts';
import { getIncidents } from './incidents.ts';
import { getMaintenance } from './maintenance.ts';

const cache = new Map<string, Promise<ClientData>>();

/**
 * Everything a client's figures are computed from (history, incidents, maintenance), loaded once per build and
 * shared by the status page, reports, SLA JSON and agency proof, so they cannot disagree.
 */
export function getClientData(client: ResolvedClient): Promise<ClientData> {
  let data = cache.get(client.id);
  if (!data) {
    data = load(client);
    cache.set(client.id, data);
  }
  return data;
}

async function load(client: ResolvedClient): Promise<ClientData> {
  const entries = await getCollection('history', (e) => e.id.startsWith(`${client.id}/`));
  const histories: Record<string, History | undefined> = {};
  for (const e of entries) histories[e.id.slice(client.id.length + 1)] = e.data;
  const incidents = (await getIncidents(client.id)).map(({ entry: _entry, clientId: _c, active: _a, impact: _i, ...data }) => data);
  const maintenance = (await getMaintenance(client.id)).map(({ entry: _entry, clientId: _c, ...data }) => data);
  return { clientId: client.id, client, histories, incidents, maintenance };
}
