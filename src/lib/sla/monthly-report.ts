import { componentTimeline } from '../timeline/component-timeline.ts';
import { totalDays, type TotalDay } from '../timeline/day-totals.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { monthOf, monthPeriod, monthRange, type Month } from '../time/month.ts';
import { availability, meetsAvailabilityTarget } from '../uptime/availability.ts';
import type { Clock } from '../../vocabulary/status.ts';
import { errorBudget, type ErrorBudget } from './error-budget.ts';
import { measureIncident } from './incident-targets.ts';
import type { ClientData } from './report-input.ts';

/** What monthlyReport needs: one client's data, the month, and the present. */
export interface MonthlyReportInput extends ClientData {
  /** The SLA month, `YYYY-MM`, read as a calendar month in the client's zone. */
  month: Month;
  /** The present: minutes after it are not counted, events after it have not happened. */
  now: Date;
}

/** One SLA component's month. Percentages and minutes are unrounded; round for display only. */
export interface ReportComponent {
  id: string;
  name: string;
  /** 100 × (1 − weighted / eligible); null when no minute was eligible. */
  availability: number | null;
  weightedDownMinutes: number;
  maintenanceMinutes: number;
  noDataMinutes: number;
  eligibleMinutes: number;
  /** Observed share of the elapsed month, percent; null before the month has begun. */
  coverage: number | null;
  /** Decided exactly (meetsAvailabilityTarget); false when nothing was eligible. */
  met: boolean;
  errorBudget: ErrorBudget;
}

/** One incident reported in the month, against its priority's targets. */
export interface ReportIncidentLine {
  id: string;
  title: string;
  priority: string;
  clock: Clock;
  reportedAt: string;
  respondedAt: string | null;
  restoredAt: string | null;
  /** Minutes on the clock, unrounded; up to `now` while open. */
  responseMinutes: number;
  responseTargetMinutes: number;
  /** null while open and still within target (see measureIncident). */
  responseMet: boolean | null;
  responseOpen: boolean;
  responseDueBy: string;
  restoreMinutes: number;
  restoreTargetMinutes: number;
  restoreMet: boolean | null;
  restoreOpen: boolean;
  restoreDueBy: string;
}

/** The monthly SLA report, as published at /clients/<client>/api/sla/<YYYY-MM>.json. */
export interface MonthlyReport {
  client: string;
  month: Month;
  timeZone: string;
  periodStart: string;
  /** Exclusive. */
  periodEnd: string;
  /** Where counting stopped: min(periodEnd, now). */
  asOf: string;
  /** False while the month is still running: figures cover [periodStart, asOf) only. */
  complete: boolean;
  uptime: { target: number; met: boolean; components: ReportComponent[] };
  incidents: ReportIncidentLine[];
  /** Maintenance windows that overlap the month. */
  maintenance: Array<{ id: string; title: string; start: string; end: string; components: string[] }>;
  summary: {
    /** Incidents reported in the month. */
    incidents: number;
    /** How many met the response target (open ones not yet decided are not counted). */
    responseMet: number;
    /** How many met the restore target. */
    restoreMet: number;
    /** Whether every SLA component met the uptime target. */
    uptimeMet: boolean;
    /** How many missed the response target (including open ones already past it). */
    responseMissed: number;
    /** How many missed the restore target. */
    restoreMissed: number;
    /** How many still have a clock running. */
    open: number;
  };
}

/** One SLA component's timeline over a month, and its days known only by a total: what its figures are computed from. */
export interface MonthTimeline {
  id: string;
  name: string;
  segments: StatusSegment[];
  totals: TotalDay[];
}

/**
 * Each SLA component's timeline over the month in the client's zone, up to `now`, in slaComponents order: computed
 * once and shared by the report (monthlyReport) and what shows it day by day (the report page's chart and spans), so
 * the two cannot disagree. Throws for an SLA component id the client does not list.
 */
export function monthTimelines(input: MonthlyReportInput): MonthTimeline[] {
  const { clientId, client, histories, incidents, maintenance, month, now } = input;
  const period = monthPeriod(month, client.timeZone);
  return client.slaComponents.map((id) => {
    const component = client.components.find((c) => c.id === id);
    if (!component) throw new Error(`client "${clientId}": slaComponents lists "${id}", which is not one of its components`);
    const sources = { componentId: id, history: histories[id], incidents, maintenance, from: period.start, to: period.end, now };
    // Days known only by a source's total count whole in the month holding their midday (src/lib/timeline/day-totals.ts).
    return { id, name: component.name, segments: componentTimeline(sources), totals: totalDays(sources) };
  });
}

/**
 * The monthly SLA report for one client: availability of each SLA component over the calendar month in the client's
 * zone, against the uptime target; every incident reported in that month against its priority's response and restore
 * targets (measured to the event even if it falls in a later month, or to `now` while open). Pure: the same input
 * always gives the same report. Throws IncidentContentError for an incident that cannot be measured, and an Error
 * for an SLA component id the client does not list.
 *
 * @example
 * monthlyReport({ clientId: 'acme', client, histories, incidents, maintenance, month: '2026-03', now })
 * // → { client: 'acme', month: '2026-03', timeZone: 'Europe/London', periodStart: '2026-03-01T00:00:00.000Z',
 * //     periodEnd: '2026-03-31T23:00:00.000Z', uptime: { target: 99.9, met: true, components: [...] }, incidents: [...],
 * //     summary: { incidents: 1, responseMet: 1, restoreMet: 1, uptimeMet: true, … }, … }
 */
export function monthlyReport(input: MonthlyReportInput, timelines: readonly MonthTimeline[] = monthTimelines(input)): MonthlyReport {
  const { clientId, client, incidents, maintenance, month, now } = input;
  const period = monthPeriod(month, client.timeZone);
  const start = period.start.getTime();
  const end = period.end.getTime();

  const components = timelines.map(({ id, name, segments, totals }): ReportComponent => {
    const f = availability(segments, { from: period.start, to: period.end, now }, totals);
    return {
      id,
      name,
      availability: f.availability,
      weightedDownMinutes: f.weightedDownMinutes,
      maintenanceMinutes: f.maintenanceMinutes,
      noDataMinutes: f.noDataMinutes,
      eligibleMinutes: f.eligibleMinutes,
      coverage: f.coverage,
      met: meetsAvailabilityTarget(f, client.uptimeTarget),
      errorBudget: errorBudget({ targetPercent: client.uptimeTarget, ...f }),
    };
  });

  const context = { supportHours: client.supportHours, timeZone: client.timeZone, now };
  const lines = incidents
    .filter((i) => {
      const t = Date.parse(i.reportedAt);
      return t >= start && t < end && t <= now.getTime();
    })
    .sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id.localeCompare(b.id))
    .map((i): ReportIncidentLine => {
      const m = measureIncident(i, client.priorities[i.priority], context);
      return {
        id: i.id,
        title: i.title,
        priority: i.priority,
        clock: m.clock,
        reportedAt: m.reportedAt,
        respondedAt: m.respondedAt,
        restoredAt: m.restoredAt,
        responseMinutes: m.response.minutes,
        responseTargetMinutes: m.response.targetMinutes,
        responseMet: m.response.met,
        responseOpen: m.response.open,
        responseDueBy: m.response.dueBy.toISOString(),
        restoreMinutes: m.restore.minutes,
        restoreTargetMinutes: m.restore.targetMinutes,
        restoreMet: m.restore.met,
        restoreOpen: m.restore.open,
        restoreDueBy: m.restore.dueBy.toISOString(),
      };
    });

  const uptimeMet = components.length > 0 && components.every((c) => c.met);
  const asOf = Math.max(start, Math.min(end, now.getTime()));
  return {
    client: clientId,
    month,
    timeZone: client.timeZone,
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    asOf: new Date(asOf).toISOString(),
    complete: now.getTime() >= end,
    uptime: { target: client.uptimeTarget, met: uptimeMet, components },
    incidents: lines,
    maintenance: maintenance
      .filter((m) => Date.parse(m.start) < end && Date.parse(m.end) > start)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
      .map((m) => ({ id: m.id, title: m.title, start: m.start, end: m.end, components: [...m.components] })),
    summary: {
      incidents: lines.length,
      responseMet: lines.filter((l) => l.responseMet === true).length,
      restoreMet: lines.filter((l) => l.restoreMet === true).length,
      uptimeMet,
      responseMissed: lines.filter((l) => l.responseMet === false).length,
      restoreMissed: lines.filter((l) => l.restoreMet === false).length,
      open: lines.filter((l) => l.responseOpen || l.restoreOpen).length,
    },
  };
}

/**
 * The months a client has reports for, oldest first: from the month (in the client's zone) of its first data — a
 * history check or observed period, or an incident's start, report or impact — to the month of `now`. Empty when
 * there is no data at or before `now`.
 *
 * @example
 * reportMonths({ client, histories, incidents, now: new Date('2026-03-10T12:00Z') }) // → ['2026-01', '2026-02', '2026-03']
 */
export function reportMonths(input: Pick<ClientData, 'client' | 'histories' | 'incidents'> & { now: Date }): Month[] {
  const { client, histories, incidents, now } = input;
  const limit = now.getTime();
  let first = Number.POSITIVE_INFINITY;
  const consider = (iso: string | undefined) => {
    if (!iso) return;
    const t = Date.parse(iso);
    if (t <= limit && t < first) first = t;
  };
  for (const h of Object.values(histories)) {
    if (!h) continue;
    consider(h.timeline[0]?.from);
    const firstTotal = h.dayTotals?.[0];
    if (firstTotal) consider(`${firstTotal.date}T12:00:00.000Z`);
  }
  for (const i of incidents) {
    consider(i.reportedAt);
    consider(i.startedAt);
    for (const c of i.components) consider(c.from);
  }
  if (first === Number.POSITIVE_INFINITY) return [];
  return monthRange(monthOf(new Date(first), client.timeZone), monthOf(now, client.timeZone));
}
