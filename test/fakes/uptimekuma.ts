import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake Uptime Kuma server: `GET /api/status-page/{slug}` (config, publicGroupList, incident, maintenanceList) and
 * `GET /api/status-page/heartbeat/{slug}` (heartbeatList by monitor id, oldest first, at most 100; uptimeList),
 * as server/routers/status-page-router.js answers them. Public: no token.
 */

export interface KumaBeat {
  status: 0 | 1 | 2 | 3;
  time: string;
  msg: string;
  ping: number | null;
}
export interface KumaMonitor {
  id: number;
  name: string;
  sendUrl: number;
  type: string;
}

/** Kuma 1.x writes times as "YYYY-MM-DD HH:mm:ss.SSS" in UTC. */
export const kumaTime = (isoText: string) => new Date(isoText).toISOString().replace('T', ' ').replace('Z', '');

export const makeKumaBeat = (overrides: Partial<KumaBeat> = {}): KumaBeat => ({
  status: 1,
  time: kumaTime('2026-03-01T10:00:00Z'),
  msg: '200 - OK',
  ping: 87,
  ...overrides,
});

export const makeKumaMonitor = (overrides: Partial<KumaMonitor> = {}): KumaMonitor => ({
  id: 12,
  name: 'Acme www',
  sendUrl: 0,
  type: 'http',
  ...overrides,
});

export interface KumaFakeOptions {
  slug: string;
  monitors: KumaMonitor[];
  /** Beats by monitor id; `0` entries stand for empty buckets (Kuma 2.x day ranges). */
  beats: Record<number, (KumaBeat | 0)[]>;
}

export function startUptimeKumaFake(options: KumaFakeOptions): Promise<FakeServer> {
  return startFakeServer((req) => {
    const notFound = { status: 404, json: { ok: false, msg: 'Status Page Not Found' } };
    const hb = /^\/api\/status-page\/heartbeat\/([^/]+)$/.exec(req.path);
    if (hb) {
      if (hb[1] !== options.slug) return notFound;
      const heartbeatList: Record<string, (KumaBeat | 0)[]> = {};
      const uptimeList: Record<string, number> = {};
      for (const m of options.monitors) {
        heartbeatList[String(m.id)] = (options.beats[m.id] ?? []).slice(-100);
        uptimeList[`${m.id}_24`] = 0.99;
      }
      return { json: { heartbeatList, uptimeList } };
    }
    const page = /^\/api\/status-page\/([^/]+)$/.exec(req.path);
    if (page) {
      if (page[1] !== options.slug) return notFound;
      return {
        json: {
          config: { slug: options.slug, title: 'Acme status', description: null, theme: 'auto', published: true },
          incident: null,
          publicGroupList: [{ id: 1, name: 'Services', weight: 1, monitorList: options.monitors }],
          maintenanceList: [],
        },
      };
    }
    return notFound;
  });
}
