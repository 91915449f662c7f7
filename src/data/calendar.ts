import { maintenanceCalendar } from '../lib/calendar/maintenance-ics.ts';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { maintenancePath } from '../lib/outputs/paths.ts';
import { getAgency } from './agency.ts';
import { buildNow } from './clock.ts';
import { getMaintenance } from './maintenance.ts';
import { absoluteUrl, siteUrl } from './site.ts';

/** `/clients/<client>/maintenance.ics`: the same windows as the status page and the API's scheduled maintenances. */
export async function getMaintenanceCalendar(client: ResolvedClient): Promise<string> {
  const [agency, maintenance, now] = await Promise.all([getAgency(), getMaintenance(client.id), buildNow()]);
  return maintenanceCalendar({
    clientId: client.id,
    clientName: client.name,
    timeZone: client.timeZone,
    provider: { name: agency.name, email: agency.contacts.find((c) => c.email)?.email },
    host: new URL(siteUrl()).host,
    now,
    componentNames: new Map(client.components.map((c) => [c.id, c.name])),
    maintenance: maintenance.map((m) => ({ ...m, url: absoluteUrl(maintenancePath(client.id, m.id)) })),
  });
}
