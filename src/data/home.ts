import type { ComponentStatus } from '../vocabulary/status.ts';
import { getPublicClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { getStatusView } from './status.ts';

export interface HomeView {
  clients: Array<{ id: string; name: string; status: ComponentStatus; description: string; activeIncidents: number }>;
}

/** The home page: public clients only (unlisted ones never appear on shared pages). */
export async function getHomeView(): Promise<HomeView> {
  const now = await buildNow();
  const clients = await Promise.all(
    (await getPublicClients()).map(async (c) => {
      const view = await getStatusView(c, now);
      return { id: c.id, name: c.name, status: view.rollup.status, description: view.rollup.description, activeIncidents: view.activeIncidents.length };
    }),
  );
  return { clients };
}
