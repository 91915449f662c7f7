import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { monthlyReport, monthTimelines, reportMonths, type MonthlyReport, type MonthTimeline } from '../lib/sla/monthly-report.ts';
import { monthPeriod, type Month } from '../lib/time/month.ts';
import { allowedPercent } from '../lib/sla/error-budget.ts';
import { dailyBarsBetween, worstDays, type DailyBar, type WorstDay } from '../lib/uptime/daily-bars.ts';
import { downtimeSpans, type DowntimeSpan } from '../lib/uptime/spans.ts';
import type { ActionItem } from '../schemas/incident.ts';
import { getClientData } from './client-data.ts';
import { getClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { getMaintenance, type Maintenance } from './maintenance.ts';
import { pageKey } from './page-keys.ts';

const cache = new Map<string, Promise<{ report: MonthlyReport; timelines?: MonthTimeline[] }>>();

/** The months a client has reports for, newest first. */
export async function getReportMonths(client: ResolvedClient): Promise<Month[]> {
  const data = await getClientData(client);
  return reportMonths({ ...data, now: await buildNow() }).reverse();
}

/**
 * The monthly SLA report, computed once per client and month per build: the JSON file, the report page and the
 * reports index all read this one object, so they agree to the minute.
 */
export async function getMonthlyReport(client: ResolvedClient, month: Month): Promise<MonthlyReport> {
  return (await getMonth(client, month)).report;
}

/**
 * The report, and the timelines it was computed from while they are still held: the first view of the month (its
 * page's key, in getStaticPaths) takes them instead of computing them again; after that they are garbage.
 */
function getMonth(client: ResolvedClient, month: Month): Promise<{ report: MonthlyReport; timelines?: MonthTimeline[] }> {
  const key = `${client.id}/${month}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const input = { ...(await getClientData(client)), month, now: await buildNow() };
      const timelines = monthTimelines(input);
      return { report: monthlyReport(input, timelines), timelines };
    })();
    cache.set(key, entry);
  }
  return entry;
}

/** The month's timelines: those its report was computed from if not yet taken, else computed again (the same). */
async function takeTimelines(client: ResolvedClient, month: Month): Promise<MonthTimeline[]> {
  const entry = await getMonth(client, month);
  const { timelines } = entry;
  if (!timelines) return monthTimelines({ ...(await getClientData(client)), month, now: await buildNow() });
  delete entry.timelines;
  return timelines;
}

/** Static paths for every client (public and unlisted) × report month, for the report page and its JSON. */
export async function reportPaths() {
  const paths = [];
  for (const client of await getClients()) {
    for (const month of await getReportMonths(client)) paths.push({ params: { client: client.id, month }, props: { client, month } });
  }
  return paths;
}

const keys = new Map<string, Promise<string>>();

/**
 * The cache key of a client's month (src/data/page-keys.ts): the report page's whole view, which holds the SLA report,
 * so it changes whenever the SLA JSON would. The page and its JSON share it, computed once per build.
 */
function reportKey(client: ResolvedClient, month: Month): Promise<string> {
  const id = `${client.id}/${month}`;
  let key = keys.get(id);
  if (!key) keys.set(id, (key = getReportPageView(client, month).then((view) => pageKey(client, month, view))));
  return key;
}

/**
 * Static paths of the report pages and of their SLA JSON, each keyed by the month's view (reportKey): a scheduled build
 * copies the reports of months the tick did not change (closed months, their history as it was).
 */
export async function keyedReportPaths() {
  const keyed = [];
  for (const path of await reportPaths()) keyed.push({ ...path, cacheKey: await reportKey(path.props.client, path.props.month) });
  return keyed;
}

/** Each SLA component's days and downtime over the month, for the report's chart and its spans table. */
export interface DailySeries {
  id: string;
  name: string;
  /** The month's days begun by now: the same bars as the status page's. */
  days: DailyBar[];
  /** Every span of the month not fully operational, so a client can add the minutes up by hand. */
  spans: DowntimeSpan[];
}

/** What the report page shows beyond the SLA JSON: the chart, the spans, maintenance done, action items and lessons. */
export interface ReportPageView {
  report: MonthlyReport;
  series: DailySeries[];
  /** The chart: each day's lowest availability across the SLA components, and whether all met the target. */
  chart: WorstDay[];
  /** How many SLA components met the uptime target. */
  componentsMet: number;
  /** The share of eligible minutes the target lets each component lose, percent (100 − target, exactly). */
  allowedPercent: number;
  /** Incidents reported in the month, oldest first. */
  incidents: Incident[];
  maintenance: Maintenance[];
  actionItems: Array<ActionItem & { incidentTitle: string }>;
  lessons: Array<{ text: string; incidentTitle: string }>;
}

export async function getReportPageView(client: ResolvedClient, month: Month): Promise<ReportPageView> {
  const report = await getMonthlyReport(client, month);
  const now = await buildNow();
  const period = monthPeriod(month, client.timeZone);
  const series = (await takeTimelines(client, month)).map(({ id, name, segments, totals }): DailySeries => ({
    id,
    name,
    days: dailyBarsBetween(segments, { from: period.start, to: period.end, now, timeZone: client.timeZone, totals }),
    spans: downtimeSpans(segments, totals),
  }));
  const ids = new Set(report.incidents.map((i) => i.id));
  const windows = new Set(report.maintenance.map((m) => m.id));
  const incidents = (await getIncidents(client.id)).filter((i) => ids.has(i.id)).reverse();
  return {
    report,
    series,
    chart: worstDays(series.map((s) => s.days), report.uptime.target),
    componentsMet: report.uptime.components.filter((c) => c.met).length,
    allowedPercent: allowedPercent(report.uptime.target),
    incidents,
    maintenance: (await getMaintenance(client.id)).filter((m) => windows.has(m.id)),
    actionItems: incidents.flatMap((i) => i.actionItems.map((a) => ({ ...a, incidentTitle: i.title }))),
    lessons: incidents.flatMap((i) => i.lessons.map(({ text }) => ({ text, incidentTitle: i.title }))),
  };
}
