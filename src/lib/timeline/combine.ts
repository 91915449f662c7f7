import { COMPONENT_STATUSES, STATUS_RANK, type ComponentStatus } from '../../vocabulary/status.ts';
import type { Layer, LayerSpan } from './layers.ts';
import type { StatusSegment } from './segment.ts';

type Counts = Record<ComponentStatus, number>;
const emptyCounts = (): Counts => Object.fromEntries(COMPONENT_STATUSES.map((s) => [s, 0])) as Counts;

/** The worst status with a positive count, or undefined when none is active. */
function worstActive(counts: Counts): ComponentStatus | undefined {
  let worst: ComponentStatus | undefined;
  for (const s of COMPONENT_STATUSES) if (counts[s] > 0 && (worst === undefined || STATUS_RANK[s] > STATUS_RANK[worst])) worst = s;
  return worst;
}

/**
 * The rule of one moment (DESIGN.md, "Rules the numbers follow"): inside a maintenance window the status is
 * `under_maintenance`; otherwise the worse (by STATUS_RANK) of the monitor (a history period if one covers the
 * moment, else a standing check, else `no_data`) and the incidents' declared impacts.
 */
function resolve(active: Record<Layer, Counts>): ComponentStatus {
  if (active.maintenance.under_maintenance > 0) return 'under_maintenance';
  const monitor = worstActive(active.period) ?? worstActive(active.check) ?? 'no_data';
  const incident = worstActive(active.incident);
  return incident !== undefined && STATUS_RANK[incident] > STATUS_RANK[monitor] ? incident : monitor;
}

/**
 * Sweeps layered spans into one gap-free, sorted, merged list of segments over [from, to): at each moment the
 * status follows `resolve`. Spans are clipped to [from, to); empty or reversed spans are ignored.
 *
 * @example
 * combineLayers([{ start: 0, end: 60_000, status: 'major_outage', layer: 'check' }], 0, 120_000)
 * // → [{ 0–60 s major_outage }, { 60–120 s no_data }]
 */
export function combineLayers(spans: readonly LayerSpan[], from: number, to: number): StatusSegment[] {
  if (!(to > from)) return [];
  const events = new Map<number, Array<{ span: LayerSpan; delta: 1 | -1 }>>();
  const at = (t: number) => {
    let list = events.get(t);
    if (!list) events.set(t, (list = []));
    return list;
  };
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (!(end > start)) continue;
    at(start).push({ span, delta: 1 });
    at(end).push({ span, delta: -1 });
  }
  at(from);
  at(to);
  const times = [...events.keys()].sort((a, b) => a - b);
  const active: Record<Layer, Counts> = { maintenance: emptyCounts(), period: emptyCounts(), check: emptyCounts(), incident: emptyCounts() };
  const out: StatusSegment[] = [];
  for (let i = 0; i < times.length - 1; i++) {
    const t = times[i]!;
    for (const { span, delta } of events.get(t)!) active[span.layer][span.status] += delta;
    const status = resolve(active);
    const last = out.at(-1);
    if (last && last.status === status) last.to = new Date(times[i + 1]!);
    else out.push({ from: new Date(t), to: new Date(times[i + 1]!), status });
  }
  return out;
}
