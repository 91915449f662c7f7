import { startFakeServer } from './server.ts';
import type { FakeRequest, FakeServer } from './server.ts';

/**
 * A fake Pingdom API 3.1 (https://docs.pingdom.com/api/) under /api/3.1, answering in the documented shapes:
 * `GET /checks/{id}`, `GET /summary.outage/{id}` and `GET /results/{id}` (newest first, limit/offset), with Bearer
 * auth and Pingdom's error body.
 */

export interface PingdomCheck {
  id: number;
  name: string;
  hostname: string;
  status: 'up' | 'down' | 'unconfirmed_down' | 'unknown' | 'paused';
  resolution: number;
  type: string;
  created: number;
  lasttesttime: number;
  lastresponsetime: number;
}
export interface PingdomState {
  status: 'up' | 'down' | 'unknown';
  timefrom: number;
  timeto: number;
}
export interface PingdomResult {
  probeid: number;
  time: number;
  status: 'up' | 'down' | 'unconfirmed_down' | 'unknown';
  responsetime?: number;
  statusdesc: string;
  statusdesclong: string;
}

/** Unix seconds of an ISO instant. */
export const unix = (isoText: string) => Date.parse(isoText) / 1000;

export const makePingdomCheck = (overrides: Partial<PingdomCheck> = {}): PingdomCheck => ({
  id: 85975,
  name: 'Acme www',
  hostname: 'www.acme.test',
  status: 'up',
  resolution: 1,
  type: 'http',
  created: unix('2026-01-01T00:00:00Z'),
  lasttesttime: unix('2026-03-01T11:59:00Z'),
  lastresponsetime: 212,
  ...overrides,
});

export const makePingdomState = (overrides: Partial<PingdomState> = {}): PingdomState => ({
  status: 'up',
  timefrom: unix('2026-03-01T00:00:00Z'),
  timeto: unix('2026-03-01T12:00:00Z'),
  ...overrides,
});

export const makePingdomResult = (overrides: Partial<PingdomResult> = {}): PingdomResult => ({
  probeid: 33,
  time: unix('2026-03-01T10:00:00Z'),
  status: 'up',
  responsetime: 91,
  statusdesc: 'OK',
  statusdesclong: 'OK',
  ...overrides,
});

export interface PingdomFakeData {
  token: string;
  check: PingdomCheck;
  states: PingdomState[];
  results: PingdomResult[];
}

export const PINGDOM_PREFIX = '/api/3.1';

export function startPingdomFake(data: PingdomFakeData): Promise<FakeServer> {
  const notFound = { status: 404, json: { error: { statuscode: 404, statusdesc: 'Not Found', errormessage: 'Check not found' } } };
  return startFakeServer(
    (req: FakeRequest) => {
      const m = /^\/api\/3\.1\/(checks|summary\.outage|results)\/(\d+)$/.exec(req.path);
      if (!m || Number(m[2]) !== data.check.id) return notFound;
      const from = Number(req.query.get('from') ?? 0);
      const to = Number(req.query.get('to') ?? Number.MAX_SAFE_INTEGER);
      if (m[1] === 'checks') return { json: { check: data.check } };
      if (m[1] === 'summary.outage') {
        // Pingdom clips the first and last state to the requested period.
        const states = data.states
          .filter((s) => s.timeto > from && s.timefrom < to)
          .map((s) => ({ ...s, timefrom: Math.max(s.timefrom, from), timeto: Math.min(s.timeto, to) }));
        return { json: { summary: { states } } };
      }
      const limit = Number(req.query.get('limit') ?? 1000);
      const offset = Number(req.query.get('offset') ?? 0);
      const matching = data.results.filter((r) => r.time >= from && r.time <= to).sort((a, b) => b.time - a.time);
      return {
        json: {
          activeprobes: [...new Set(matching.map((r) => r.probeid))],
          results: matching.slice(offset, offset + limit),
        },
      };
    },
    {
      authorise: (req) => req.headers.authorization === `Bearer ${data.token}`,
      unauthorised: () => ({
        status: 401,
        json: { error: { statuscode: 401, statusdesc: 'Unauthorized', errormessage: 'Invalid token.' } },
      }),
    },
  );
}
