import { z } from 'astro/zod';
import type { HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import { requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { checksInWindow, inWindow, iso, roundMs, Timeline, windowOf } from '../window.ts';

/**
 * Uptime Kuma's public status-page endpoints (no token: the page is public). See
 * https://github.com/louislam/uptime-kuma/blob/master/server/routers/status-page-router.js
 *
 * - `GET /api/status-page/{slug}`: `publicGroupList[].monitorList[]`; the monitor must be on the page, otherwise the
 *   pull fails saying so (rather than reporting nothing as if it were fine).
 * - `GET /api/status-page/heartbeat/{slug}`: `heartbeatList[monitorId]` is the monitor's latest beats, oldest first
 *   (at most 100: pull more often than 100 × the monitor's interval to keep a complete history). When the page is
 *   set to show a number of days, Kuma sends aggregated buckets instead (time = bucket end, ping null, and `0` for
 *   an empty bucket); each bucket is taken as one check at its end and empty ones are skipped.
 *
 * Beat status → check: 1 UP → operational (ping = response time in ms); 0 DOWN → major_outage (no response time);
 * 2 PENDING → degraded_performance: Kuma's "pending" is a failed check still inside the monitor's retry budget, not
 * yet confirmed down, so it is shown but does not count as downtime; 3 MAINTENANCE → not a check: Kuma did not
 * observe the service, so from that beat until the next beat that is not maintenance (or now) is a no_data period.
 *
 * `time` is "YYYY-MM-DD HH:mm:ss.SSS" in UTC (Kuma 1.x) or ISO 8601 (2.x buckets); both are read as UTC.
 */

/** A Kuma timestamp, to epoch ms. */
const kumaTime = z.string().transform((value, ctx) => {
  const text = value.includes('T') ? value : value.replace(' ', 'T');
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'expected a date and time such as 2026-03-01 10:00:00.000' });
    return z.NEVER;
  }
  return ms;
});

const statusPageResponse = z.object({
  publicGroupList: z.array(
    z.object({
      name: z.string(),
      monitorList: z.array(z.object({ id: z.number(), name: z.string() })),
    }),
  ),
});

const beat = z.object({
  /** 0 DOWN, 1 UP, 2 PENDING, 3 MAINTENANCE. */
  status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  time: kumaTime,
  ping: z.number().nonnegative().nullish(),
});

const heartbeatResponse = z.object({
  heartbeatList: z.record(z.string(), z.array(z.union([beat, z.literal(0)]))),
});

const BEAT_STATUS: Record<0 | 1 | 2, ObservedStatus> = {
  0: 'major_outage',
  1: 'operational',
  2: 'degraded_performance',
};

export function createUptimeKumaSource(settings: HttpSettings = {}): Source<'uptimekuma'> {
  return {
    kind: 'uptimekuma',
    async pull(monitor, ctx): Promise<Observations> {
      const http = sourceHttp('uptimekuma', settings, ctx);
      const base = monitor.baseUrl.replace(/\/+$/, '');
      const slug = encodeURIComponent(monitor.statusPage.toLowerCase());

      const page = await requestJson(http, { url: `${base}/api/status-page/${slug}` }, statusPageResponse);
      const listed = page.publicGroupList.some((g) => g.monitorList.some((m) => m.id === monitor.monitorId));
      if (!listed) {
        throw new SourceError('uptimekuma', `monitor ${monitor.monitorId} is not on status page "${monitor.statusPage}"`);
      }
      const { heartbeatList } = await requestJson(http, { url: `${base}/api/status-page/heartbeat/${slug}` }, heartbeatResponse);
      const beats = (heartbeatList[String(monitor.monitorId)] ?? [])
        .filter((b) => b !== 0)
        .sort((a, b) => a.time - b.time);

      const window = windowOf(ctx);
      const timeline = new Timeline(window);
      const checks: HistoryCheck[] = [];
      beats.forEach((b, i) => {
        if (b.status === 3) {
          const next = beats.slice(i + 1).find((n) => n.status !== 3);
          timeline.paint(b.time, next ? next.time : window.to, 'no_data');
          return;
        }
        if (!inWindow(b.time, window)) return;
        const status = BEAT_STATUS[b.status];
        const responseMs = status === 'major_outage' || b.ping == null ? null : roundMs(b.ping);
        checks.push({ at: iso(b.time), status, responseMs });
      });
      return { checks: checksInWindow(checks, window), periods: timeline.periods(), vendorTime: http.vendorClock.reading() };
    },
  };
}

export const source = createUptimeKumaSource();
