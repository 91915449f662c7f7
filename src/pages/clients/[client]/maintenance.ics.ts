// /clients/<client>/maintenance.ics: every maintenance window, upcoming and past (src/lib/calendar/maintenance-ics.ts).
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../lib/clients/resolve.ts';
import { getMaintenanceCalendar } from '../../../data/calendar.ts';
import { clientPaths } from '../../../data/clients.ts';

export const getStaticPaths = clientPaths;
export const GET: APIRoute = async ({ props }) =>
  new Response(await getMaintenanceCalendar((props as { client: ResolvedClient }).client), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
