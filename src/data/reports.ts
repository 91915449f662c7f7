import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { monthlyReport, reportMonths, type MonthlyReport } from '../lib/sla/monthly-report.ts';
import { daysBetween } from '../lib/time/day.ts';
import { monthPeriod, type Month } from '../lib/time/month.ts';
import { componentTimeline } from '../lib/timeline/component-timeline.ts';
import { availability } from '../lib/uptime/availability.ts';
import { getClientData } from './client-data.ts';
import { buildNow } from './clock.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { getMaintenance, type Maintenance } from './maintenance.ts';
import { DOWNTIME_WEIGHT, type ComponentStatus } from '../vocabulary/status.ts';

const cache = new Map<string, Promise<MonthlyReport>>();

/** The months a client has reports for, newest first. */
export async function getReportMonths(client: ResolvedClient): Promise<Month[]> {
  const data = await getClientData(client);
  return reportMonths({ ...data, now: await buildNow() }).reverse();
}

/**
 * The monthly SLA report, computed once per client and month per build: the JSON file, the report page and the
 * reports index all read this one object, so they agree to the minute.
 */
export function getMonthlyReport(client: ResolvedClient, month: Month): Promise<MonthlyReport> {
  const key = `${client.id}/${month}`;
  let report = cache.get(key);
  if (!report) {
    report = (async () => monthlyReport({ ...(await getClientData(client)), month, now: await buildNow() }))();
    cache.set(key, report);
  }
  return report;
}

/** Static paths for every client × report month. */
export async function reportPaths(clients: ResolvedClient[]) {
  const paths = [];
  for (const client of clients) {
    for (const month of await getReportMonths(client)) paths.push({ params: { client: client.id, month }, props: { client, month } });
  }
  return paths;
}

/** Daily availability of each SLA component over the month, for the report's chart. */
export interface DailySeries {
  id: string;
  name: string;
  days: Array<{ date: string; availability: number | null }>;
  /** Every span of the month not fully operational, so a client can add the minutes up by hand. */
  spans: Array<{ from: Date; to: Date; status: ComponentStatus; minutes: number; weightedMinutes: number }>;
}

/** What the report page shows beyond the SLA JSON: the chart, maintenance done, action items and lessons. */
export interface ReportPageView {
  report: MonthlyReport;
  series: DailySeries[];
  incidents: Incident[];
  maintenance: Maintenance[];
}

export async function getReportPageView(client: ResolvedClient, month: Month): Promise<ReportPageView> {
  const report = await getMonthlyReport(client, month);
  const data = await getClientData(client);
  const now = await buildNow();
  const period = monthPeriod(month, client.timeZone);
  const days = daysBetween(period.start, period.end, client.timeZone).filter((d) => d.start.getTime() < now.getTime());
  const series = report.uptime.components.map((c) => {
    const segments = componentTimeline({ componentId: c.id, history: data.histories[c.id], incidents: data.incidents, maintenance: data.maintenance, from: period.start, to: period.end, now });
    const spans = segments
      .filter((seg) => seg.status !== 'operational')
      .map((seg) => {
        const minutes = (seg.to.getTime() - seg.from.getTime()) / 60_000;
        const weight = seg.status in DOWNTIME_WEIGHT ? DOWNTIME_WEIGHT[seg.status as keyof typeof DOWNTIME_WEIGHT] : 0;
        return { from: seg.from, to: seg.to, status: seg.status, minutes, weightedMinutes: minutes * weight };
      });
    return {
      id: c.id,
      name: c.name,
      days: days.map((d) => ({ date: d.date, availability: availability(segments, { from: d.start, to: d.end, now }).availability })),
      spans,
    };
  });
  const ids = new Set(report.incidents.map((i) => i.id));
  const windows = new Set(report.maintenance.map((m) => m.id));
  return {
    report,
    series,
    incidents: (await getIncidents(client.id)).filter((i) => ids.has(i.id)).reverse(),
    maintenance: (await getMaintenance(client.id)).filter((m) => windows.has(m.id)),
  };
}
