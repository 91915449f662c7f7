import type { MonitorSource } from '../schemas/monitor.ts';
import type { Source } from './source.ts';

/**
 * Every monitor source, by the `source` name used in client.yaml. Loaded lazily so a pull only imports the
 * adapters it uses. Each module exports `source`.
 */
const loaders: Record<MonitorSource, () => Promise<{ source: Source }>> = {
  probe: () => import('./sources/probe.ts'),
  pingdom: () => import('./sources/pingdom.ts'),
  uptimerobot: () => import('./sources/uptimerobot.ts'),
  betterstack: () => import('./sources/betterstack.ts'),
  uptimekuma: () => import('./sources/uptimekuma.ts'),
  prometheus: () => import('./sources/prometheus.ts'),
  gatus: () => import('./sources/gatus.ts'),
  upptime: () => import('./sources/upptime.ts'),
};

export const SOURCE_KINDS = Object.keys(loaders) as MonitorSource[];

/** The adapter for a source name. */
export async function loadSource(kind: MonitorSource): Promise<Source> {
  return (await loaders[kind]()).source;
}
