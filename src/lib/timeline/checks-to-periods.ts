import type { HistoryCheck, HistoryPeriod } from '../../schemas/history.ts';

/**
 * Turns point checks into status spans by the standing rule (DESIGN.md, "Rules the numbers follow"):
 * a check observed at t stands until the next check, but for no longer than twice the monitor's interval.
 * Time not covered by any span is `no_data`; it is left out here, not written as a span.
 * Adjacent spans with the same status are merged. Checks need not be sorted; of two checks at one instant the
 * last one given wins, so feeding the same checks twice changes nothing.
 *
 * @example
 * checksToPeriods([{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 90 }], 60)
 * // → [{ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:02:00.000Z', status: 'operational' }]
 */
export function checksToPeriods(checks: readonly HistoryCheck[], intervalSeconds: number): HistoryPeriod[] {
  const byTime = new Map<number, HistoryCheck>();
  for (const c of checks) byTime.set(Date.parse(c.at), c);
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const maxStand = 2 * intervalSeconds * 1000;
  const out: HistoryPeriod[] = [];
  for (let i = 0; i < times.length; i++) {
    const start = times[i]!;
    const next = times[i + 1];
    const end = Math.min(start + maxStand, next ?? Number.POSITIVE_INFINITY);
    const status = byTime.get(start)!.status;
    const last = out.at(-1);
    if (last && last.status === status && Date.parse(last.to) === start) {
      last.to = new Date(end).toISOString();
    } else {
      out.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), status });
    }
  }
  return out;
}
