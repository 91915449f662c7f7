import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake Gatus `GET /api/v1/endpoints/{key}/statuses?page&pageSize` (api/endpoint_status.go): the endpoint status
 * with its results paged newest page first, each page oldest first, capped at the storage's maximum number of
 * results; `404` text for an unknown key; optional Bearer token.
 */

export interface GatusResult {
  status?: number;
  hostname?: string;
  duration: number;
  errors?: string[];
  conditionResults?: { condition: string; success: boolean }[];
  success: boolean;
  timestamp: string;
}

export const makeGatusResult = (overrides: Partial<GatusResult> = {}): GatusResult => ({
  status: 200,
  hostname: 'www.acme.test',
  duration: 123_456_789,
  conditionResults: [
    { condition: '[STATUS] == 200', success: true },
    { condition: '[RESPONSE_TIME] < 1000', success: true },
  ],
  success: true,
  timestamp: '2026-03-01T10:00:00.123456789Z',
  ...overrides,
});

export interface GatusFakeOptions {
  key: string;
  name: string;
  group: string;
  /** Oldest first. */
  results: GatusResult[];
  maximumNumberOfResults?: number;
  token?: string;
  /** Gatus' clock, for its Date header; the machine's by default. */
  clock?: () => number;
}

export function startGatusFake(options: GatusFakeOptions): Promise<FakeServer> {
  return startFakeServer(
    (req) => {
      const m = /^\/api\/v1\/endpoints\/([^/]+)\/statuses$/.exec(req.path);
      if (!m || decodeURIComponent(m[1]!) !== options.key) return { status: 404, raw: 'endpoint not found' };
      const max = options.maximumNumberOfResults ?? 100;
      const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
      let pageSize = Number(req.query.get('pageSize') ?? 20) || 20;
      if (page === 1 && pageSize > max) pageSize = max;
      const kept = options.results.slice(-max);
      const end = Math.max(0, kept.length - (page - 1) * pageSize);
      const start = Math.max(0, kept.length - page * pageSize);
      return {
        json: {
          name: options.name,
          group: options.group,
          key: options.key,
          results: kept.slice(start, end),
          events: [{ type: 'START', timestamp: '2026-01-01T00:00:00Z' }],
        },
      };
    },
    {
      clock: options.clock,
      ...(options.token
        ? {
            authorise: (req) => req.headers.authorization === `Bearer ${options.token}`,
            unauthorised: () => ({ status: 401, raw: 'Unauthorized' }),
          }
        : {}),
    },
  );
}
