import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { maintenanceState, type MaintenanceState } from '../lib/maintenance/state.ts';
import { maintenanceNotices, type MaintenanceNoticeStatus, type Notice } from '../lib/notices/notices.ts';
import { getClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { getMaintenance, type Maintenance } from './maintenance.ts';
import { pageKey } from './page-keys.ts';

/** A maintenance window's page: the window, its state and its notices at `now`, as the feeds and the API have them. */
export interface MaintenancePageView {
  maintenance: Maintenance;
  state: MaintenanceState;
  /** Posted by now, oldest first; each is anchored `#notice-<n>` (its feed entry's id). */
  notices: Array<Notice<MaintenanceNoticeStatus>>;
  components: Array<{ id: string; name: string }>;
}

/** Static paths for every maintenance page: every client (public and unlisted) × each of its windows. */
export async function maintenancePaths() {
  const paths = [];
  for (const client of await getClients()) {
    for (const maintenance of await getMaintenance(client.id)) paths.push({ params: { client: client.id, id: maintenance.id }, props: { client, maintenance } });
  }
  return paths;
}

/** maintenancePaths, each keyed by the page's view (src/data/page-keys.ts): copied from the last build while it holds. */
export async function keyedMaintenancePaths() {
  const paths = [];
  for (const path of await maintenancePaths()) paths.push({ ...path, cacheKey: pageKey(path.props.client, await getMaintenancePageView(path.props.client, path.props.maintenance)) });
  return paths;
}

export async function getMaintenancePageView(client: ResolvedClient, maintenance: Maintenance): Promise<MaintenancePageView> {
  const now = await buildNow();
  const names = new Map(client.components.map((c) => [c.id, c.name]));
  return {
    maintenance,
    state: maintenanceState(maintenance, now),
    // In the client's language: the page's, not the feeds' (which stay English).
    notices: maintenanceNotices(maintenance, client.timeZone, now, client.locale),
    components: maintenance.components.map((id) => ({ id, name: names.get(id) ?? id })),
  };
}
