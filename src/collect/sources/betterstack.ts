import { z } from 'astro/zod';
import { bearer, describeUrl, paginate, requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { DAY_MS, periodWindowOf, readToken, Timeline, utcDay } from '../window.ts';

/**
 * Better Stack Uptime API v2 (https://betterstack.com/docs/uptime/api/), with a Bearer token.
 *
 * - `GET /monitors/{id}`: the monitor's `status` (up, down, validating, paused, pending, maintenance), `created_at`,
 *   `paused_at` and `last_checked_at`.
 * - `GET /incidents?monitor_id&from&to&per_page=50`: incidents with `started_at`/`resolved_at`, paged by following
 *   `pagination.next` (an absolute URL; followed only on the API's own origin, so the token never goes elsewhere).
 *   `from`/`to` are dates; `from` reaches 30 days before the window so a long incident that began earlier is seen.
 *
 * Periods, painted in this order (later wins):
 * 1. operational over the window from the monitor's creation: Better Stack opens an incident whenever a monitor is
 *    down, so time outside incidents is up;
 * 2. each incident → major_outage from `started_at` to `resolved_at` (or now while it is open);
 * 3. what Better Stack does not watch → no_data: a `pending` monitor (never checked) over the whole window; a `paused`
 *    monitor from `paused_at`; one in `maintenance` from its last check (the start of the window is not reported).
 *
 * The window starts an hour before `since` (REREAD_MS), so an incident Better Stack confirms late still lands. It is
 * reported up to the monitor's `last_checked_at` (`newestReportedAt`): the time since its last check is not observed.
 *
 * The `/monitors/{id}/sla` endpoint is not read: it gives only totals over a range, which cannot be placed on a
 * timeline, and Upkeep computes availability itself from the periods.
 */

const utcInstant = z.iso.datetime({ offset: true });

const monitorResponse = z.object({
  data: z.object({
    id: z.string(),
    type: z.literal('monitor'),
    attributes: z.object({
      status: z.enum(['up', 'down', 'validating', 'paused', 'pending', 'maintenance']),
      created_at: utcInstant.nullish(),
      paused_at: utcInstant.nullish(),
      last_checked_at: utcInstant.nullish(),
    }),
  }),
});

const incidentsResponse = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      type: z.literal('incident'),
      attributes: z.object({
        started_at: utcInstant,
        resolved_at: utcInstant.nullable(),
      }),
      relationships: z
        .object({ monitor: z.object({ data: z.object({ id: z.string() }).nullable() }).optional() })
        .optional(),
    }),
  ),
  pagination: z.object({ next: z.string().nullable() }),
});

/** How far before the window incidents are asked for, to catch one that started earlier and is still relevant. */
const INCIDENT_LOOKBACK_MS = 30 * DAY_MS;
/** Incidents per page: Better Stack's documented maximum for this list. */
export const PER_PAGE = 50;

export function createBetterStackSource(settings: HttpSettings = {}): Source<'betterstack'> {
  return {
    kind: 'betterstack',
    async pull(monitor, ctx): Promise<Observations> {
      const token = readToken('betterstack', monitor.tokenEnv, ctx.env);
      const http = sourceHttp('betterstack', settings, ctx, [token]);
      const base = monitor.baseUrl.replace(/\/+$/, '');
      const origin = new URL(base).origin;
      const headers = bearer(token);
      const id = encodeURIComponent(monitor.monitorId);

      const { data: m } = await requestJson(http, { url: `${base}/monitors/${id}`, headers }, monitorResponse);
      const a = m.attributes;
      const window = periodWindowOf(ctx);
      if (a.created_at) window.from = Math.max(window.from, Date.parse(a.created_at));
      if (!(window.from < window.to)) {
        throw new SourceError('betterstack', `nothing to ask for: monitor ${monitor.monitorId} was created ${a.created_at}, after the window ends (${new Date(window.to).toISOString()})`);
      }

      const first = new URL(`${base}/incidents`);
      first.searchParams.set('monitor_id', monitor.monitorId);
      first.searchParams.set('from', utcDay(window.from - INCIDENT_LOOKBACK_MS));
      first.searchParams.set('to', utcDay(window.to));
      first.searchParams.set('per_page', String(PER_PAGE));
      const incidents = await paginate('betterstack', first.toString(), async (url) => {
        if (new URL(url).origin !== origin) {
          throw new SourceError('betterstack', `refused to follow a next page on another host (${describeUrl(url)})`);
        }
        const body = await requestJson(http, { url, headers }, incidentsResponse);
        return { items: body.data, next: body.pagination.next ?? undefined };
      });

      const timeline = new Timeline(window);
      timeline.paint(window.from, window.to, 'operational');
      for (const incident of incidents) {
        const owner = incident.relationships?.monitor?.data?.id;
        if (owner !== undefined && owner !== m.id) continue;
        const { started_at: started, resolved_at: resolved } = incident.attributes;
        timeline.paint(Date.parse(started), resolved ? Date.parse(resolved) : window.to, 'major_outage');
      }
      if (a.status === 'pending') timeline.paint(window.from, window.to, 'no_data');
      if (a.status === 'paused') timeline.paint(a.paused_at ? Date.parse(a.paused_at) : window.from, window.to, 'no_data');
      if (a.status === 'maintenance') {
        timeline.paint(a.last_checked_at ? Date.parse(a.last_checked_at) : window.from, window.to, 'no_data');
      }
      // Up (and an open incident) is what Better Stack saw at its last check: nothing is reported after it.
      const vendorTime = http.vendorClock.reading();
      const newest = a.last_checked_at ?? vendorTime?.date;
      return { checks: [], periods: timeline.periods(), vendorTime, ...(newest ? { newestReportedAt: new Date(Date.parse(newest)).toISOString() } : {}) };
    },
  };
}

export const source = createBetterStackSource();
