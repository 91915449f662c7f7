import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake Better Stack Uptime API v2 (https://betterstack.com/docs/uptime/api/) under /api/v2:
 * `GET /monitors/{id}` and `GET /incidents?monitor_id&from&to&per_page&page`, JSON:API-style bodies, pages linked by
 * absolute `pagination.next` URLs, Bearer auth.
 */

export interface BsMonitorAttributes {
  url: string;
  pronounceable_name: string;
  monitor_type: string;
  status: 'up' | 'down' | 'validating' | 'paused' | 'pending' | 'maintenance';
  check_frequency: number;
  paused_at: string | null;
  last_checked_at: string | null;
  created_at: string;
  updated_at: string;
}
export interface BsIncident {
  id: string;
  type: 'incident';
  attributes: {
    name: string;
    url: string;
    cause: string;
    started_at: string;
    acknowledged_at: string | null;
    resolved_at: string | null;
    status: 'Started' | 'Acknowledged' | 'Resolved';
  };
  relationships: { monitor: { data: { id: string; type: 'monitor' } } };
}

export const makeBsMonitor = (overrides: Partial<BsMonitorAttributes> = {}): BsMonitorAttributes => ({
  url: 'https://www.acme.test/',
  pronounceable_name: 'Acme homepage',
  monitor_type: 'status',
  status: 'up',
  check_frequency: 180,
  paused_at: null,
  last_checked_at: '2026-03-01T11:58:00.000Z',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-02-01T00:00:00.000Z',
  ...overrides,
});

let nextId = 100;
export const makeBsIncident = (
  overrides: Partial<BsIncident['attributes']> & { id?: string; monitorId?: string } = {},
): BsIncident => {
  const { id, monitorId, ...attributes } = overrides;
  return {
    id: id ?? String(nextId++),
    type: 'incident',
    attributes: {
      name: 'Acme homepage',
      url: 'https://www.acme.test/',
      cause: 'Status 500',
      started_at: '2026-03-01T03:00:00.000Z',
      acknowledged_at: null,
      resolved_at: '2026-03-01T03:20:00.000Z',
      status: 'Resolved',
      ...attributes,
    },
    relationships: { monitor: { data: { id: monitorId ?? '2', type: 'monitor' } } },
  };
};

export interface BsFakeOptions {
  token: string;
  monitorId: string;
  monitor: BsMonitorAttributes;
  incidents: BsIncident[];
  /** Point `pagination.next` at another host, to check the client refuses to follow it. */
  foreignNext?: string;
}

export function startBetterStackFake(options: BsFakeOptions): Promise<FakeServer> {
  let base = '';
  const fake = startFakeServer(
    (req) => {
      if (req.path === `/api/v2/monitors/${options.monitorId}`) {
        return { json: { data: { id: options.monitorId, type: 'monitor', attributes: options.monitor } } };
      }
      if (req.path === '/api/v2/incidents') {
        const perPage = Math.min(50, Number(req.query.get('per_page') ?? 10));
        const page = Number(req.query.get('page') ?? 1);
        const from = req.query.get('from') ?? '0000-00-00';
        const to = req.query.get('to') ?? '9999-99-99';
        const list = options.incidents
          .filter((i) => !req.query.get('monitor_id') || i.relationships.monitor.data.id === req.query.get('monitor_id'))
          .filter((i) => i.attributes.started_at.slice(0, 10) >= from && i.attributes.started_at.slice(0, 10) <= to)
          .sort((a, b) => b.attributes.started_at.localeCompare(a.attributes.started_at));
        const pages = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number) => {
          const u = new URL(`${base}/api/v2/incidents`);
          for (const [k, v] of req.query) u.searchParams.set(k, v);
          u.searchParams.set('page', String(p));
          return u.toString();
        };
        return {
          json: {
            data: list.slice((page - 1) * perPage, page * perPage),
            pagination: {
              first: link(1),
              last: link(pages),
              prev: page > 1 ? link(page - 1) : null,
              next: page < pages ? (options.foreignNext ?? link(page + 1)) : null,
            },
          },
        };
      }
      return { status: 404, json: { errors: 'Resource type not found' } };
    },
    {
      authorise: (req) => req.headers.authorization === `Bearer ${options.token}`,
      unauthorised: () => ({ status: 401, json: { errors: 'Invalid Team API token. How to find your Team API token: …' } }),
    },
  );
  return fake.then((server) => {
    base = server.url;
    return server;
  });
}
