import { z } from 'astro/zod';
import type { HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import { bearer, requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { iso, readToken, roundMs, windowOf } from '../window.ts';

/**
 * Prometheus `GET /api/v1/query_range` (https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries)
 * over blackbox_exporter's `probe_success` and `probe_duration_seconds`, selected by `instance` (and `job` when
 * given), with `step` = the monitor's interval. An optional Bearer token (for a proxy in front of Prometheus).
 *
 * - Evaluation instants are aligned to multiples of the step (so two pulls ask for the same instants) and lie in
 *   [since, now). Prometheus refuses more than 11,000 points per series, so the range is read in chunks of at
 *   most 11,000 instants.
 * - Each instant with a sample becomes a check: probe_success 1 → operational, 0 → major_outage. When several
 *   series match (say, one per blackbox_exporter in different regions), all succeeding → operational, all failing →
 *   major_outage, some failing → partial_outage. Instants without a sample (the probe stopped and its series went
 *   stale) give no check, hence no_data.
 * - Response time: mean `probe_duration_seconds` × 1000 over the series that succeeded at that instant (matched by
 *   labels); null when none did, since a failed probe's duration is not a response time.
 */

const matrixResponse = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(
      z.object({
        metric: z.record(z.string(), z.string()),
        values: z.array(z.tuple([z.number(), z.string()])),
      }),
    ),
  }),
});

/** Prometheus' limit on points per series in one range query. */
export const MAX_POINTS = 11_000;

/** A PromQL string literal (double-quoted, with backslash escapes). */
export function promString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** The label matchers for a monitor. */
export function selector(instance: string, job?: string): string {
  return `{instance=${promString(instance)}${job ? `,job=${promString(job)}` : ''}}`;
}

/** The series' identity without its metric name, so success and duration series of one probe pair up. */
function seriesKey(metric: Record<string, string>): string {
  const { __name__: _, ...labels } = metric;
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The evaluation instants of [from, to) aligned to the step, as chunks of at most MAX_POINTS instants:
 * [first, last] pairs in ms, inclusive.
 */
export function chunkRange(from: number, to: number, stepMs: number, maxPoints = MAX_POINTS): [number, number][] {
  const first = Math.ceil(from / stepMs) * stepMs;
  const last = Math.ceil(to / stepMs) * stepMs - stepMs;
  const chunks: [number, number][] = [];
  for (let start = first; start <= last; start += maxPoints * stepMs) {
    chunks.push([start, Math.min(last, start + (maxPoints - 1) * stepMs)]);
  }
  return chunks;
}

export function createPrometheusSource(settings: HttpSettings = {}): Source<'prometheus'> {
  return {
    kind: 'prometheus',
    async pull(monitor, ctx): Promise<Observations> {
      const token = monitor.tokenEnv ? readToken('prometheus', monitor.tokenEnv, ctx.env) : undefined;
      const http = sourceHttp('prometheus', settings, ctx, [token]);
      const headers = token ? bearer(token) : {};
      const base = monitor.baseUrl.replace(/\/+$/, '');
      const match = selector(monitor.instance, monitor.job);
      const stepMs = monitor.intervalSeconds * 1000;
      const window = windowOf(ctx);

      const query = async (expr: string, [start, end]: [number, number]) => {
        const url = new URL(`${base}/api/v1/query_range`);
        url.searchParams.set('query', expr);
        url.searchParams.set('start', String(start / 1000));
        url.searchParams.set('end', String(end / 1000));
        url.searchParams.set('step', String(monitor.intervalSeconds));
        return (await requestJson(http, { url, headers }, matrixResponse)).data.result;
      };

      const checks: HistoryCheck[] = [];
      for (const chunk of chunkRange(window.from, window.to, stepMs)) {
        const success = await query(`probe_success${match}`, chunk);
        const duration = await query(`probe_duration_seconds${match}`, chunk);
        /** instant → series key → value */
        const ok = new Map<number, Map<string, number>>();
        const secs = new Map<number, Map<string, number>>();
        const collect = (into: typeof ok, series: typeof success) => {
          for (const s of series) {
            const key = seriesKey(s.metric);
            for (const [t, v] of s.values) {
              const value = Number(v);
              if (!Number.isFinite(value)) continue;
              const at = Math.round(t * 1000);
              if (!into.has(at)) into.set(at, new Map());
              into.get(at)!.set(key, value);
            }
          }
        };
        collect(ok, success);
        collect(secs, duration);
        for (const at of [...ok.keys()].sort((a, b) => a - b)) {
          if (at < window.from || at >= window.to) continue;
          const byKey = ok.get(at)!;
          const up = [...byKey].filter(([, v]) => v === 1).map(([k]) => k);
          const down = [...byKey.values()].filter((v) => v === 0).length;
          if (!up.length && !down) continue;
          const status: ObservedStatus = !down ? 'operational' : up.length ? 'partial_outage' : 'major_outage';
          const times = up.map((k) => secs.get(at)?.get(k)).filter((v): v is number => v !== undefined);
          const responseMs = times.length ? roundMs((times.reduce((a, b) => a + b, 0) / times.length) * 1000) : null;
          checks.push({ at: iso(at), status, responseMs });
        }
      }
      return { checks, periods: [], vendorTime: http.vendorClock.reading() };
    },
  };
}

export const source = createPrometheusSource();
