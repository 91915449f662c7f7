import { z } from 'astro/zod';
import type { HistoryCheck } from '../../schemas/history.ts';
import { paginate, requestJson, sourceHttp } from '../http.ts';
import { redact, secretForms } from '../redact.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { checksInWindow, fromUnix, iso, periodWindowOf, readToken, Timeline, toUnix, windowOf } from '../window.ts';
import type { SpanStatus, Window } from '../window.ts';

/**
 * UptimeRobot API v2 (https://uptimerobot.com/api/): `POST /v2/getMonitors`, form-encoded, with `api_key` in the
 * body (never in the URL, though UptimeRobot would accept it there).
 *
 * - `logs=1` returns the monitor's state changes (newest first), each `{type, datetime, duration}` in Unix seconds;
 *   each log holds from `datetime` for `duration` seconds, and the newest holds until now. Types: 1 down →
 *   major_outage, 2 up → operational, 98 started and 99 paused → no_data (monitoring was not running, or had not
 *   yet checked); any other type → no_data. Logs are not filtered by date (UptimeRobot keeps them per plan), so a
 *   state that began before the window still covers it. The newest log holds until UptimeRobot's own present (the
 *   Date header of its answer: `newestReportedAt`), never beyond it.
 * - `response_times=1` with `response_times_start_date/_end_date` returns `{datetime, value}` (ms) for successful
 *   checks; each becomes a check, operational unless a down log covers that instant (then major_outage); inside
 *   a no_data log it is dropped. UptimeRobot limits one response-times range to 7 days, so the window is read in
 *   7-day slices.
 * - The monitor's `create_datetime` starts the window. Periods are re-read from an hour before `since` (REREAD_MS);
 *   checks are read for [since, now).
 * - Pagination is by `offset`/`limit` (at most 50 monitors a page): pages are followed until the monitor turns up.
 * - UptimeRobot answers errors as HTTP 200 with `stat: "fail"`, and echoes a bad key in `error.passed_value`;
 *   that field never reaches a message (and every message is scrubbed of the key anyway).
 */

const logSchema = z.object({
  type: z.number().int(),
  datetime: z.number(),
  duration: z.number().nonnegative(),
});

const monitorSchema = z.object({
  id: z.number(),
  friendly_name: z.string(),
  /** 0 paused, 1 not checked yet, 2 up, 8 seems down, 9 down. */
  status: z.number().int(),
  create_datetime: z.number().optional(),
  logs: z.array(logSchema).optional(),
  response_times: z.array(z.object({ datetime: z.number(), value: z.number().nonnegative() })).optional(),
});

const getMonitorsResponse = z.discriminatedUnion('stat', [
  z.object({
    stat: z.literal('ok'),
    pagination: z.object({ offset: z.number(), limit: z.number(), total: z.number() }).optional(),
    monitors: z.array(monitorSchema),
  }),
  z.object({
    stat: z.literal('fail'),
    error: z.object({
      type: z.string().optional(),
      message: z.string().optional(),
      parameter_name: z.string().optional(),
    }),
  }),
]);

type UrMonitor = z.infer<typeof monitorSchema>;

const LOG_STATUS: Record<number, SpanStatus> = {
  1: 'major_outage',
  2: 'operational',
  98: 'no_data',
  99: 'no_data',
};

/** Monitors per page: UptimeRobot's maximum. */
export const PAGE_LIMIT = 50;
/** Longest response-times range UptimeRobot answers in one request. */
const RESPONSE_TIMES_SLICE_MS = 7 * 86_400_000;

export function createUptimeRobotSource(settings: HttpSettings = {}): Source<'uptimerobot'> {
  return {
    kind: 'uptimerobot',
    async pull(monitor, ctx): Promise<Observations> {
      const apiKey = readToken('uptimerobot', monitor.tokenEnv, ctx.env);
      const http = sourceHttp('uptimerobot', settings, ctx, [apiKey]);
      const url = `${monitor.baseUrl.replace(/\/+$/, '')}/getMonitors`;

      const fetchMonitor = async (params: Record<string, string>): Promise<UrMonitor> => {
        const found = await paginate('uptimerobot', 0, async (offset) => {
          const body = new URLSearchParams({
            api_key: apiKey,
            format: 'json',
            monitors: String(monitor.monitorId),
            ...params,
            offset: String(offset),
            limit: String(PAGE_LIMIT),
          });
          const res = await requestJson(http, { method: 'POST', url, body }, getMonitorsResponse);
          if (res.stat === 'fail') {
            const { type, parameter_name: parameter, message } = res.error;
            const what = [type, parameter && `parameter ${parameter}`, message].filter(Boolean).join(', ');
            throw new SourceError('uptimerobot', redact(`POST ${url} failed: ${what || 'no reason given'}`, secretForms([apiKey])));
          }
          const hit = res.monitors.filter((m) => m.id === monitor.monitorId);
          const p = res.pagination;
          const more = !hit.length && p && res.monitors.length > 0 && p.offset + res.monitors.length < p.total;
          return { items: hit, next: more ? p.offset + res.monitors.length : undefined };
        });
        if (!found[0]) throw new SourceError('uptimerobot', `monitor ${monitor.monitorId} is not visible to this API key`);
        return found[0];
      };

      const window = windowOf(ctx);
      // A second pull at the same instant has nothing new to ask for; an inverted window (a clock gone back) is
      // refused before any source is asked (checkWindow in clock-check.ts).
      if (window.to <= window.from) return { checks: [], periods: [] };
      const slices: Window[] = [];
      for (let from = window.from; from < window.to; from += RESPONSE_TIMES_SLICE_MS) {
        slices.push({ from, to: Math.min(window.to, from + RESPONSE_TIMES_SLICE_MS) });
      }
      const answers: UrMonitor[] = [];
      for (const [i, slice] of slices.entries()) {
        answers.push(
          await fetchMonitor({
            logs: i === 0 ? '1' : '0',
            response_times: '1',
            response_times_start_date: String(toUnix(slice.from)),
            response_times_end_date: String(Math.ceil(slice.to / 1000)),
          }),
        );
      }
      const first = answers[0];
      if (!first) throw new SourceError('uptimerobot', `nothing to ask for: the window [${iso(window.from)}, ${iso(window.to)}) is empty`);
      const periodWindow = periodWindowOf(ctx);
      if (first.create_datetime) {
        window.from = Math.max(window.from, fromUnix(first.create_datetime));
        periodWindow.from = Math.max(periodWindow.from, fromUnix(first.create_datetime));
      }

      const timeline = new Timeline(periodWindow);
      const logs = [...(first.logs ?? [])].sort((a, b) => a.datetime - b.datetime);
      logs.forEach((log, i) => {
        const start = fromUnix(log.datetime);
        const end = i === logs.length - 1 ? Math.max(window.to, start) : start + log.duration * 1000;
        timeline.paint(start, end, LOG_STATUS[log.type] ?? 'no_data');
      });

      const checks: HistoryCheck[] = [];
      for (const a of answers) {
        for (const rt of a.response_times ?? []) {
          const at = fromUnix(rt.datetime);
          const painted = timeline.statusAt(at);
          if (painted === 'no_data') continue;
          const status = painted === 'major_outage' ? 'major_outage' : 'operational';
          checks.push({ at: iso(at), status, responseMs: rt.value });
        }
      }
      // The newest log holds "until now": until UptimeRobot's now, as its Date header gives it, never this machine's.
      const vendorTime = http.vendorClock.reading();
      return {
        checks: checksInWindow(checks, window),
        periods: timeline.periods(),
        vendorTime,
        ...(vendorTime ? { newestReportedAt: vendorTime.date } : {}),
      };
    },
  };
}

export const source = createUptimeRobotSource();
