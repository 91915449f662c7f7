import type { MonitorSource } from '../schemas/monitor.ts';
import type { Source } from './source.ts';

/**
 * Every monitor source, by the `source` name used in client.yaml. Loaded lazily so a pull only imports the
 * adapters it uses. Each module exports `source`.
 */
// Each entry is typed by its own kind (a Source<'probe'> is not a Source<any kind>, since `pull` takes that kind's
// monitor); loadSource widens once, and the pull only ever calls a source with a monitor of its own kind.
const loaders: { [K in MonitorSource]: () => Promise<{ source: Source<K> }> } = {
  probe: () => import('./sources/probe.ts'),
  pingdom: () => import('./sources/pingdom.ts'),
  uptimerobot: () => import('./sources/uptimerobot.ts'),
  betterstack: () => import('./sources/betterstack.ts'),
  uptimekuma: () => import('./sources/uptimekuma.ts'),
  prometheus: () => import('./sources/prometheus.ts'),
  gatus: () => import('./sources/gatus.ts'),
  upptime: () => import('./sources/upptime.ts'),
  statuspage: () => import('./sources/statuspage.ts'),
};

export const SOURCE_KINDS = Object.keys(loaders) as MonitorSource[];

/** The adapter for a source name. */
export async function loadSource(kind: MonitorSource): Promise<Source> {
  return (await loaders[kind]()).source as unknown as Source;
}
