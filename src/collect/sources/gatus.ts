import { z } from 'astro/zod';
import type { HistoryCheck } from '../../schemas/history.ts';
import { bearer, paginate, requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { checksInWindow, iso, readToken, roundMs, windowOf } from '../window.ts';

/**
 * Gatus' endpoint statuses API, `GET /api/v1/endpoints/{key}/statuses?page=N&pageSize=100`
 * (https://github.com/TwiN/gatus#api), with an optional Bearer token (for a proxy or Gatus' own auth in front).
 *
 * - Page 1 holds the newest results; each page lists its results oldest first. Pages are followed while a page is
 *   full and its oldest result is still inside the window. Gatus keeps only its storage's
 *   `maximum-number-of-results` (100 by default) per endpoint: pull often enough to keep the history whole.
 * - Each result becomes a check at its `timestamp`: `success` → operational, otherwise → major_outage (Gatus'
 *   conditions are pass/fail; a failed response-time condition is a failure too).
 * - Response time: `duration` is a Go time.Duration in nanoseconds → ms. For a failed result it is kept only when
 *   the server actually answered (an HTTP `status` is present); a refused or timed-out connection has none.
 */

const resultSchema = z.object({
  status: z.number().int().optional(),
  duration: z.number().nonnegative(),
  success: z.boolean(),
  timestamp: z.iso.datetime({ offset: true }),
  errors: z.array(z.string()).optional(),
});

const statusResponse = z.object({
  name: z.string(),
  key: z.string(),
  results: z.array(resultSchema),
});

/** Results per page: Gatus' default maximum kept per endpoint. */
export const PAGE_SIZE = 100;

export function createGatusSource(settings: HttpSettings = {}): Source<'gatus'> {
  return {
    kind: 'gatus',
    async pull(monitor, ctx): Promise<Observations> {
      const token = monitor.tokenEnv ? readToken('gatus', monitor.tokenEnv, ctx.env) : undefined;
      const http = sourceHttp('gatus', settings, ctx, [token]);
      const headers = token ? bearer(token) : {};
      const base = monitor.baseUrl.replace(/\/+$/, '');
      const window = windowOf(ctx);

      const results = await paginate('gatus', 1, async (page) => {
        const url = new URL(`${base}/api/v1/endpoints/${encodeURIComponent(monitor.key)}/statuses`);
        url.searchParams.set('page', String(page));
        url.searchParams.set('pageSize', String(PAGE_SIZE));
        const body = await requestJson(http, { url, headers }, statusResponse);
        let oldest = Infinity;
        for (const r of body.results) oldest = Math.min(oldest, Date.parse(r.timestamp));
        const more = body.results.length >= PAGE_SIZE && oldest >= window.from;
        return { items: body.results, next: more ? page + 1 : undefined };
      });

      const checks: HistoryCheck[] = results.map((r) => {
        const answered = r.success || (r.status !== undefined && r.status > 0);
        return {
          at: iso(Date.parse(r.timestamp)),
          status: r.success ? 'operational' : 'major_outage',
          responseMs: answered ? roundMs(r.duration / 1e6) : null,
        };
      });
      return { checks: checksInWindow(checks, window), periods: [], vendorTime: http.vendorClock.reading() };
    },
  };
}

export const source = createGatusSource();
