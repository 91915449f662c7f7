import { statuspageDocuments, type ApiComponent, type StatuspageDocuments } from '../lib/statuspage/api.ts';
import { statuspageId } from '../lib/statuspage/ids.ts';
import { componentTimes } from '../lib/statuspage/times.ts';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { clientBase, incidentPath, maintenancePath } from '../lib/outputs/paths.ts';
import type { APIRoute } from 'astro';
import type { ClientDirectory } from '../schemas/statuspage.ts';
import { getClientData } from './client-data.ts';
import { getPublicClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { getIncidents } from './incidents.ts';
import { getMaintenance } from './maintenance.ts';
import { absoluteUrl } from './site.ts';
import { getStatusView } from './status.ts';
import { getAgency } from './agency.ts';

const cache = new Map<string, Promise<StatuspageDocuments>>();

/**
 * A client's Statuspage-compatible API (the eight files of /clients/<client>/api/v2/), computed once per build from the
 * status page's own view (getStatusView: statuses, rollup, incidents, maintenance) so the two cannot disagree.
 */
export function getStatuspageDocuments(client: ResolvedClient): Promise<StatuspageDocuments> {
  let docs = cache.get(client.id);
  if (!docs) {
    docs = compute(client);
    cache.set(client.id, docs);
  }
  return docs;
}

async function compute(client: ResolvedClient): Promise<StatuspageDocuments> {
  const now = await buildNow();
  const [view, data, incidents, maintenance] = await Promise.all([getStatusView(client, now), getClientData(client), getIncidents(client.id), getMaintenance(client.id)]);
  const times = componentTimes({ components: client.components, histories: data.histories, incidents: data.incidents, maintenance: data.maintenance, timeZone: client.timeZone, now });
  const components: ApiComponent[] = view.rollup.groups.flatMap((g) =>
    g.components.map((c) => ({ id: c.id, name: c.name, group: g.name, description: c.description, status: c.status, ...times.get(c.id)! })),
  );
  return statuspageDocuments({
    clientId: client.id,
    name: client.name,
    url: absoluteUrl(`${clientBase(client.id)}status/`),
    timeZone: client.timeZone,
    now,
    status: { indicator: view.rollup.indicator, description: view.rollup.description },
    components,
    incidents: incidents.map((i) => ({ ...i, url: absoluteUrl(incidentPath(client.id, i.id)), postmortem: i.entry.body })),
    maintenance: maintenance.map((m) => ({ ...m, url: absoluteUrl(maintenancePath(client.id, m.id)) })),
    updatedAt: view.lastUpdated ?? now,
  });
}

/** /api/v2/clients.json: every public client's page id, addresses and current status. Unlisted clients never. */
export async function getClientDirectory(): Promise<ClientDirectory> {
  const agency = await getAgency();
  const now = await buildNow();
  const clients = await getPublicClients();
  const entries = await Promise.all(
    clients.map(async (client) => {
      const { page, status } = (await getStatuspageDocuments(client))['status.json'];
      return {
        id: page.id,
        slug: client.id,
        name: client.name,
        url: page.url,
        api: absoluteUrl(clientBase(client.id)).replace(/\/$/, ''),
        status_domain_url: client.statusDomain ? `https://${client.statusDomain}` : null,
        status,
        updated_at: page.updated_at,
      };
    }),
  );
  // ISO instants in UTC compare as strings.
  const updated = entries.map((e) => e.updated_at).sort().at(-1) ?? now.toISOString();
  return {
    page: { id: statuspageId('agency'), name: agency.name, url: absoluteUrl('/'), time_zone: agency.timeZone, updated_at: updated },
    clients: entries.map(({ updated_at: _u, ...e }) => e),
  };
}

/** A JSON response as Statuspage serves its API: compact, UTF-8. */
export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The route of one API file: its static paths are every client's (clientPaths), public and unlisted. */
export function statuspageRoute(path: keyof StatuspageDocuments): APIRoute {
  return async ({ props }) => jsonResponse((await getStatuspageDocuments((props as { client: ResolvedClient }).client))[path]);
}
