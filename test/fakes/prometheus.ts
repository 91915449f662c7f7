import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake Prometheus `GET /api/v1/query_range` for blackbox_exporter metrics. It evaluates selectors of the form
 * `metric{label="value",…}` over stored raw samples like Prometheus does: at each step instant, the latest sample
 * at or before it within the 5-minute lookback. It enforces the 11,000 points-per-series limit with Prometheus' own
 * error body, and optionally a Bearer token.
 */

export interface PromSeries {
  /** Labels including __name__. */
  metric: Record<string, string>;
  /** Raw samples: [unix seconds, value]. */
  samples: [number, number][];
}

export const unix = (isoText: string) => Date.parse(isoText) / 1000;

export const makePromSeries = (
  name: 'probe_success' | 'probe_duration_seconds',
  samples: [number, number][],
  labels: Record<string, string> = {},
): PromSeries => ({
  metric: { __name__: name, instance: 'https://www.acme.test', job: 'blackbox', ...labels },
  samples,
});

export interface PromFakeOptions {
  series: PromSeries[];
  token?: string;
}

const LOOKBACK = 300;

function parseSelector(query: string): { name: string; labels: Record<string, string> } | undefined {
  const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{(.*)\}$/.exec(query.trim());
  if (!m) return undefined;
  const labels: Record<string, string> = {};
  const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/gy;
  let l: RegExpExecArray | null;
  while ((l = re.exec(m[2]!))) labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  return { name: m[1]!, labels };
}

export function startPrometheusFake(options: PromFakeOptions): Promise<FakeServer> {
  const bad = (error: string) => ({ status: 400, json: { status: 'error', errorType: 'bad_data', error } });
  return startFakeServer(
    (req) => {
      if (req.path !== '/api/v1/query_range') return { status: 404, raw: '404 page not found' };
      const sel = parseSelector(req.query.get('query') ?? '');
      if (!sel) return bad('invalid parameter "query": parse error');
      const start = Number(req.query.get('start'));
      const end = Number(req.query.get('end'));
      const step = Number(req.query.get('step'));
      if (!(step > 0) || end < start) return bad('invalid parameter "end": end timestamp must not be before start time');
      if ((end - start) / step + 1 > 11_000) {
        return bad('exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)');
      }
      const result = options.series
        .filter(
          (s) =>
            s.metric.__name__ === sel.name && Object.entries(sel.labels).every(([k, v]) => s.metric[k] === v),
        )
        .map((s) => {
          const values: [number, string][] = [];
          for (let t = start; t <= end; t += step) {
            const latest = s.samples.filter(([st]) => st <= t && st > t - LOOKBACK).at(-1);
            if (latest) values.push([t, String(latest[1])]);
          }
          return { metric: s.metric, values };
        })
        .filter((s) => s.values.length);
      return { json: { status: 'success', data: { resultType: 'matrix', result } } };
    },
    options.token
      ? {
          authorise: (req) => req.headers.authorization === `Bearer ${options.token}`,
          unauthorised: () => ({ status: 401, raw: 'Unauthorized' }),
        }
      : {},
  );
}
