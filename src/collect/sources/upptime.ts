import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import { bearer, describeUrl, parseJson, requestText, sourceHttp, validate } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { DAY_MS, readToken, startOfUtcDay, Timeline, utcDay } from '../window.ts';

/**
 * Upptime (https://upptime.js.org): the files its GitHub Actions commit, read from a local checkout (`path`) or from
 * the raw files' base URL (`url`, with an optional token for a private repository).
 *
 * - `history/<slug>.yml`: `status` (up, down, degraded), `code`, `responseTime` (ms), `startTime`, `lastUpdated`.
 *   Upptime rewrites it when the status changes. Its status becomes one check at the pull's `now` (Upptime's current
 *   status, as read then, the way the probe records what it sees when it runs): up → operational, degraded →
 *   degraded_performance, down → major_outage (response time null when down).
 * - `history/summary.json`: per site, `dailyMinutesDown` maps a day (YYYY-MM-DD) to the minutes that day overlapped
 *   an open status issue (Upptime opens one for down *and* degraded). Upptime computes it with dayjs in the runner's
 *   time zone, UTC on GitHub's runners, so days are UTC days. For each day in the window:
 *   - the day is operational except for one block of `min(minutes, 1440)` minutes of major_outage (Upptime counts
 *     these minutes as downtime in its own uptime figures, degraded included, and so does Upkeep);
 *   - Upptime does not say when in the day that was. The block is placed against a neighbouring day's downtime
 *     when there is one — at the end of the day if the next day has downtime, else at the start if the previous
 *     day had — so an outage across midnight stays one interval; otherwise at the end of the day;
 *   - only settled days are used: Upptime regenerates the summary about daily, so a day is read once the day after
 *     it has ended (days before yesterday, UTC); yesterday and today are left to the check. Because of that lag each
 *     pull reads from the UTC day before `since` (which may lie before `since`: the store lays periods over what it
 *     holds, so a day read twice changes nothing), and a day that settles between two pulls is still read. Days
 *     before `startTime`, and beyond the 365 days Upptime keeps, are not reported (no_data).
 */

/** A YAML or JSON instant (yaml may hand over a Date), to epoch ms. */
const instantMs = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'expected a date and time such as 2026-03-01T10:00:00.000Z' });
    return z.NEVER;
  }
  return ms;
});

const siteHistory = z.object({
  status: z.enum(['up', 'down', 'degraded']),
  code: z.coerce.number().optional(),
  responseTime: z.coerce.number().nonnegative().optional(),
  lastUpdated: instantMs.optional(),
  startTime: instantMs.optional(),
});

const summary = z.array(
  z.object({
    slug: z.string(),
    dailyMinutesDown: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().nonnegative()).default({}),
  }),
);

const STATUS: Record<z.infer<typeof siteHistory>['status'], ObservedStatus> = {
  up: 'operational',
  degraded: 'degraded_performance',
  down: 'major_outage',
};

/** Days Upptime keeps in dailyMinutesDown (counted back from when the summary was made). */
const KEPT_DAYS = 365;

/**
 * Where a day's block of down minutes goes, as [from, to) offsets in ms from the day's midnight (see the module
 * comment): against the next day's downtime, else against the previous day's, else at the end of the day.
 */
export function placeDowntime(minutes: number, previousDayDown: boolean, nextDayDown: boolean): [number, number] {
  const ms = Math.min(minutes, 1440) * 60_000;
  if (!nextDayDown && previousDayDown) return [0, ms];
  return [DAY_MS - ms, DAY_MS];
}

export function createUpptimeSource(settings: HttpSettings = {}): Source<'upptime'> {
  return {
    kind: 'upptime',
    async pull(monitor, ctx): Promise<Observations> {
      const token = monitor.url && monitor.tokenEnv ? readToken('upptime', monitor.tokenEnv, ctx.env) : undefined;
      const http = sourceHttp('upptime', settings, ctx, [token]);
      const files = [`history/${monitor.slug}.yml`, 'history/summary.json'] as const;

      const read = async (file: string): Promise<{ text: string; where: string }> => {
        if (monitor.path) {
          const full = join(monitor.path, file);
          try {
            return { text: await readFile(full, 'utf8'), where: full };
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? String(error);
            throw new SourceError('upptime', `cannot read ${full} (${code})`, { cause: error });
          }
        }
        const url = `${monitor.url!.replace(/\/+$/, '')}/${file}`;
        const text = await requestText(http, { url, headers: token ? bearer(token) : {} });
        return { text, where: `GET ${describeUrl(url)}` };
      };

      const yml = await read(files[0]);
      let parsed: unknown;
      try {
        // Upptime's own reader strips a leading "- " from lines, which some versions wrote (see its
        // helpers/calculate-uptime.ts); do the same.
        parsed = parseYaml(
          yml.text
            .split('\n')
            .map((line) => (line.startsWith('- ') ? line.slice(2) : line))
            .join('\n'),
        );
      } catch {
        throw new SourceError('upptime', `${yml.where} is not valid YAML`);
      }
      const site = validate(http, yml.where, parsed, siteHistory);
      const sum = await read(files[1]);
      const entry = parseJson(http, sum.where, sum.text, summary).find((s) => s.slug === monitor.slug);
      if (!entry) throw new SourceError('upptime', `site "${monitor.slug}" is not in ${sum.where}`);

      const now = ctx.now.getTime();
      const today = startOfUtcDay(now);
      const settledEnd = today - DAY_MS;
      // Days settle a day late, so the day before `since` is read again (see the module comment).
      const from = Math.max(
        startOfUtcDay(ctx.since.getTime()) - DAY_MS,
        today - (KEPT_DAYS - 1) * DAY_MS,
        site.startTime ?? -Infinity,
      );
      const timeline = new Timeline({ from, to: settledEnd });
      const down = (day: number) => (entry.dailyMinutesDown[utcDay(day)] ?? 0) > 0;
      for (let day = startOfUtcDay(from); day < settledEnd; day += DAY_MS) {
        timeline.paint(day, day + DAY_MS, 'operational');
        const minutes = entry.dailyMinutesDown[utcDay(day)] ?? 0;
        if (minutes <= 0) continue;
        const [a, b] = placeDowntime(minutes, down(day - DAY_MS), down(day + DAY_MS));
        timeline.paint(day + a, day + b, 'major_outage');
      }

      const status = STATUS[site.status];
      const check: HistoryCheck = {
        at: ctx.now.toISOString(),
        status,
        responseMs: status === 'major_outage' || site.responseTime === undefined ? null : site.responseTime,
      };
      return { checks: [check], periods: timeline.periods(), vendorTime: http.vendorClock.reading() };
    },
  };
}

export const source = createUpptimeSource();
