import { z } from 'astro/zod';
import type { HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import { bearer, paginate, requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { checksInWindow, fromUnix, iso, periodWindowOf, readToken, Timeline, toUnix, windowOf } from '../window.ts';
import type { SpanStatus } from '../window.ts';

/**
 * Pingdom API 3.1 (https://docs.pingdom.com/api/), with a Bearer token.
 *
 * - `GET /checks/{id}`: confirms the check exists; its `created` time starts the window (nothing before it).
 * - `GET /summary.outage/{id}?from&to&order=asc`: `summary.states[]` of `{status, timefrom, timeto}` (Unix
 *   seconds) become periods: `up` → operational, `down` → major_outage, `unknown` → no_data (Pingdom reports
 *   paused or not-yet-checked time as unknown; it is never up or down).
 * - `GET /results/{id}?from&to&limit=1000&offset`: raw results (newest first) become checks with their
 *   `responsetime`. Paged by offset until a short page; read in 7-day slices so the offset stays far below
 *   Pingdom's documented maximum (43200). `up` → operational, `down` → major_outage, `unconfirmed_down` (one probe
 *   failed, not yet confirmed by a second) → degraded_performance: seen, but not counted as downtime; `unknown`
 *   results are dropped (no observation).
 *
 * The periods cover the whole window wherever Pingdom has states, so on the timeline they decide the status and the
 * checks add response times. Pingdom's last state runs to the `to` asked for; Upkeep reports it only up to the check's
 * `lasttesttime` (or the newest result, if later): `newestReportedAt`, beyond which nothing is recorded. Periods are re-read from an hour before `since` (REREAD_MS: Pingdom dates a confirmed
 * outage from its first failed test); checks are read for [since, now).
 */

/** `GET /checks/{checkid}` (only what Upkeep reads). */
const checkResponse = z.object({
  check: z.object({
    id: z.number(),
    name: z.string(),
    status: z.string(),
    created: z.number().optional(),
    lasttesttime: z.number().optional(),
  }),
});

const STATE_STATUS = {
  up: 'operational',
  down: 'major_outage',
  unknown: 'no_data',
} as const satisfies Record<string, SpanStatus>;

/** `GET /summary.outage/{checkid}`. */
const outageResponse = z.object({
  summary: z.object({
    states: z.array(
      z.object({
        status: z.enum(Object.keys(STATE_STATUS) as (keyof typeof STATE_STATUS)[]),
        timefrom: z.number(),
        timeto: z.number(),
      }),
    ),
  }),
});

const RESULT_STATUS = {
  up: 'operational',
  down: 'major_outage',
  unconfirmed_down: 'degraded_performance',
  unknown: undefined,
} as const satisfies Record<string, ObservedStatus | undefined>;

/** `GET /results/{checkid}`. */
const resultsResponse = z.object({
  results: z.array(
    z.object({
      probeid: z.number(),
      time: z.number(),
      status: z.enum(Object.keys(RESULT_STATUS) as (keyof typeof RESULT_STATUS)[]),
      responsetime: z.number().nonnegative().optional(),
      statusdesc: z.string().optional(),
    }),
  ),
});

/** Results per page: Pingdom's documented maximum. */
export const RESULTS_LIMIT = 1000;
/** Results are read in slices of this many ms, keeping each slice's offset small. */
const RESULTS_SLICE_MS = 7 * 86_400_000;

export function createPingdomSource(settings: HttpSettings = {}): Source<'pingdom'> {
  return {
    kind: 'pingdom',
    async pull(monitor, ctx): Promise<Observations> {
      const token = readToken('pingdom', monitor.tokenEnv, ctx.env);
      const http = sourceHttp('pingdom', settings, ctx, [token]);
      const base = monitor.baseUrl.replace(/\/+$/, '');
      const headers = bearer(token);
      const id = monitor.checkId;

      const { check } = await requestJson(http, { url: `${base}/checks/${id}`, headers }, checkResponse);
      const created = check.created === undefined ? -Infinity : fromUnix(check.created);
      const window = windowOf(ctx);
      const periodWindow = periodWindowOf(ctx);
      window.from = Math.max(window.from, created);
      periodWindow.from = Math.max(periodWindow.from, created);
      if (!(periodWindow.from < periodWindow.to)) {
        // Never "nothing new": a check created after now, or a window that ends before it starts, is a clock problem.
        throw new SourceError('pingdom', `nothing to ask for: check ${id} was created ${iso(created)}, after the window ends (${iso(periodWindow.to)})`);
      }

      const outage = new URL(`${base}/summary.outage/${id}`);
      outage.searchParams.set('from', String(toUnix(periodWindow.from)));
      outage.searchParams.set('to', String(Math.ceil(periodWindow.to / 1000)));
      outage.searchParams.set('order', 'asc');
      const { summary } = await requestJson(http, { url: outage, headers }, outageResponse);
      const timeline = new Timeline(periodWindow);
      for (const s of summary.states) timeline.paint(fromUnix(s.timefrom), fromUnix(s.timeto), STATE_STATUS[s.status]);

      const checks: HistoryCheck[] = [];
      for (let sliceFrom = window.from; sliceFrom < window.to; sliceFrom += RESULTS_SLICE_MS) {
        const sliceTo = Math.min(window.to, sliceFrom + RESULTS_SLICE_MS);
        const results = await paginate('pingdom', 0, async (offset) => {
          const url = new URL(`${base}/results/${id}`);
          url.searchParams.set('from', String(Math.ceil(sliceFrom / 1000)));
          // `to` is inclusive at Pingdom; the slice is [sliceFrom, sliceTo).
          url.searchParams.set('to', String(Math.ceil(sliceTo / 1000) - 1));
          url.searchParams.set('limit', String(RESULTS_LIMIT));
          url.searchParams.set('offset', String(offset));
          const body = await requestJson(http, { url, headers }, resultsResponse);
          return {
            items: body.results,
            next: body.results.length < RESULTS_LIMIT ? undefined : offset + RESULTS_LIMIT,
          };
        });
        for (const r of results) {
          const status = RESULT_STATUS[r.status];
          if (!status) continue;
          checks.push({ at: iso(fromUnix(r.time)), status, responseMs: r.responsetime ?? null });
        }
      }

      // Pingdom's last state runs to the `to` asked for; what it observed ends at its last test (or the newest result).
      let newest = check.lasttesttime === undefined ? -Infinity : fromUnix(check.lasttesttime);
      for (const c of checks) newest = Math.max(newest, Date.parse(c.at));
      return {
        checks: checksInWindow(checks, window),
        periods: timeline.periods(),
        vendorTime: http.vendorClock.reading(),
        ...(Number.isFinite(newest) ? { newestReportedAt: iso(newest) } : {}),
      };
    },
  };
}

export const source = createPingdomSource();
