import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake UptimeRobot API v2 (https://uptimerobot.com/api/) under /v2: `POST /v2/getMonitors`, form-encoded, with
 * `api_key` in the body, `offset`/`limit` pagination over monitors, logs (newest first) and response times filtered
 * by `response_times_start_date/_end_date`. Like the real one, a bad key is answered with HTTP 200,
 * `stat: "fail"`, and the key echoed in `error.passed_value`.
 */

export interface UrLog {
  id: number;
  type: 1 | 2 | 98 | 99;
  datetime: number;
  duration: number;
  reason: { code: string; detail: string };
}
export interface UrResponseTime {
  datetime: number;
  value: number;
}
export interface UrMonitor {
  id: number;
  friendly_name: string;
  url: string;
  type: number;
  interval: number;
  status: 0 | 1 | 2 | 8 | 9;
  create_datetime: number;
  logs: UrLog[];
  response_times: UrResponseTime[];
}

export const unix = (isoText: string) => Date.parse(isoText) / 1000;

export const makeUrLog = (overrides: Partial<UrLog> = {}): UrLog => ({
  id: 1,
  type: 2,
  datetime: unix('2026-03-01T00:00:00Z'),
  duration: 3600,
  reason: { code: '200', detail: 'OK' },
  ...overrides,
});

export const makeUrMonitor = (overrides: Partial<UrMonitor> = {}): UrMonitor => ({
  id: 777749809,
  friendly_name: 'Acme www',
  url: 'https://www.acme.test',
  type: 1,
  interval: 300,
  status: 2,
  create_datetime: unix('2026-01-01T00:00:00Z'),
  logs: [],
  response_times: [],
  ...overrides,
});

export interface UrFakeOptions {
  apiKey: string;
  monitors: UrMonitor[];
  /** Answer every monitor, paged, whatever `monitors=` asks (as an account-wide listing would). */
  ignoreMonitorsFilter?: boolean;
}

export function startUptimeRobotFake(options: UrFakeOptions): Promise<FakeServer> {
  return startFakeServer((req) => {
    if (req.method !== 'POST' || req.path !== '/v2/getMonitors') return { status: 404, raw: 'Not Found' };
    const f = req.form;
    if (f.get('api_key') !== options.apiKey) {
      return {
        json: {
          stat: 'fail',
          error: { type: 'invalid_parameter', parameter_name: 'api_key', passed_value: f.get('api_key') ?? '' },
        },
      };
    }
    const wanted = (f.get('monitors') ?? '').split('-').filter(Boolean).map(Number);
    const list =
      options.ignoreMonitorsFilter || !wanted.length ? options.monitors : options.monitors.filter((m) => wanted.includes(m.id));
    const offset = Number(f.get('offset') ?? 0);
    const limit = Math.min(50, Number(f.get('limit') ?? 50));
    const rtFrom = Number(f.get('response_times_start_date') ?? 0);
    const rtTo = Number(f.get('response_times_end_date') ?? Number.MAX_SAFE_INTEGER);
    const monitors = list.slice(offset, offset + limit).map((m) => {
      const { logs, response_times, ...rest } = m;
      return {
        ...rest,
        ...(f.get('logs') === '1' ? { logs: [...logs].sort((a, b) => b.datetime - a.datetime) } : {}),
        ...(f.get('response_times') === '1'
          ? {
              response_times: response_times
                .filter((r) => r.datetime >= rtFrom && r.datetime <= rtTo)
                .sort((a, b) => b.datetime - a.datetime),
            }
          : {}),
      };
    });
    return { json: { stat: 'ok', pagination: { offset, limit, total: list.length }, monitors } };
  });
}
