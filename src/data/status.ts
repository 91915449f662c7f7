import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { componentStatusNow, rollup, type Rollup } from '../lib/status/rollup.ts';
import type { ComponentStatus } from '../vocabulary/status.ts';
import { lastDays } from '../lib/time/day.ts';
import { componentTimeline } from '../lib/timeline/component-timeline.ts';
import { totalDays } from '../lib/timeline/day-totals.ts';
import { incidentState, resolvedWithin } from '../lib/incidents/state.ts';
import { maintenanceState } from '../lib/maintenance/state.ts';
import { RECENTLY_RESOLVED_DAYS, STATUS_HISTORY_DAYS, STATUS_HISTORY_WINDOWS } from '../lib/status/windows.ts';
import { eventsByDay } from '../lib/status/day-events.ts';
import { lastUpdated } from '../lib/status/freshness.ts';
import { availability } from '../lib/uptime/availability.ts';
import { dailyBars, type DailyBar } from '../lib/uptime/daily-bars.ts';
import { auditInForce } from '../lib/audit/current.ts';
import { withDependencyGroup } from '../lib/status/dependencies.ts';
import { publishedAudit } from '../lib/audit/public.ts';
import type { HistoryAudit } from '../schemas/history.ts';
import { getClientData } from './client-data.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { getMaintenance, type Maintenance } from './maintenance.ts';
import { groupDays } from '../lib/status/group-bars.ts';
import { statusLayout, type StatusLayout } from '../lib/status/layout.ts';
import { messages } from '../lib/i18n/index.ts';
import type { Locale } from '../vocabulary/locale.ts';

/** One component row on the status page. */
export interface ComponentView {
  id: string;
  name: string;
  group: string;
  description?: string;
  status: ComponentStatus;
  /** Whether the uptime SLA covers it. */
  covered: boolean;
  /** An upstream provider's component (client.yaml `dependency`), shown in its own group. */
  dependency: boolean;
  /** Oldest first, STATUS_HISTORY_DAYS bars ending today (client's zone). */
  bars: DailyBar[];
  /** Availability over the bars' span, unrounded; null when nothing was eligible. */
  availability: number | null;
  /** Per bar, the incidents and maintenance windows that touched the component that day (for the bar's details). */
  events: DayEvents[];
  /** Availability and coverage over each of STATUS_HISTORY_WINDOWS (30, 60, 90 days), shortest first, unrounded. */
  windows: Array<{ days: number; availability: number | null; coverage: number | null }>;
  monitored: boolean;
  /** The probe's security findings, only for a client that publishes them (`publishSecurityAudit`). */
  audit?: HistoryAudit;
}

/** What touched one component on one day, as links and names. */
export interface DayEvents {
  incidents: Array<{ id: string; title: string }>;
  maintenance: Array<{ id: string; title: string }>;
}

export interface StatusView {
  now: Date;
  /** When the monitor data was last updated: the newest observation across the client's components; null if none. */
  lastUpdated: Date | null;
  /** Days of history bars (STATUS_HISTORY_DAYS). */
  historyDays: number;
  /** Days in which resolved incidents are listed (RECENTLY_RESOLVED_DAYS). */
  recentDays: number;
  rollup: Rollup<ComponentView>;
  activeIncidents: Incident[];
  /** Maintenance in progress now. */
  activeMaintenance: Maintenance[];
  /** Maintenance scheduled after now, soonest first. */
  upcomingMaintenance: Maintenance[];
  /** Incidents resolved in the last RECENTLY_RESOLVED_DAYS days, newest first. */
  recentIncidents: Incident[];
}

const cache = new Map<string, Promise<StatusView>>();

/** The status page of one client at `now`: current status, 90-day bars, incidents and maintenance. Computed once per build. */
export function getStatusView(client: ResolvedClient, now: Date): Promise<StatusView> {
  const key = `${client.id}@${now.toISOString()}`;
  let view = cache.get(key);
  if (!view) {
    view = computeStatusView(client, now);
    cache.set(key, view);
  }
  return view;
}

async function computeStatusView(client: ResolvedClient, now: Date): Promise<StatusView> {
  const data = await getClientData(client);
  const days = lastDays(STATUS_HISTORY_DAYS, now, client.timeZone);
  const from = days[0]!.start;
  // Upstream providers last, in a group of their own (src/lib/status/dependencies.ts).
  const components = withDependencyGroup(client.components).map((c): ComponentView => {
    const sources = { componentId: c.id, history: data.histories[c.id], incidents: data.incidents, maintenance: data.maintenance };
    const segments = componentTimeline({ ...sources, from, to: now, now });
    const totals = totalDays({ ...sources, from, to: now, now });
    const bars = dailyBars(segments, { days: STATUS_HISTORY_DAYS, now, timeZone: client.timeZone, totals });
    const named = ({ id, title }: { id: string; title: string }) => ({ id, title });
    return {
      id: c.id,
      name: c.name,
      group: c.group,
      description: c.description,
      status: componentStatusNow({ ...sources, now }),
      covered: client.slaComponents.includes(c.id),
      dependency: c.dependency === true,
      bars,
      events: eventsByDay(days, { ...sources, now }).map((d) => ({ incidents: d.incidents.map(named), maintenance: d.maintenance.map(named) })),
      windows: STATUS_HISTORY_WINDOWS.map((n) => {
        const figures = availability(segments, { from: days[days.length - n]!.start, to: now, now }, totals);
        return { days: n, availability: figures.availability, coverage: figures.coverage };
      }),
      availability: availability(segments, { from, to: now, now }, totals).availability,
      monitored: Boolean(c.monitor),
      // Only with the client's opt-in (src/lib/audit/public.ts), and only while it speaks for the latest probe that got
      // an answer (src/lib/audit/current.ts); staff read every finding with `npm run audit`.
      audit: publishedAudit(client, auditInForce(data.histories[c.id], c.monitor)),
    };
  });
  const incidents = await getIncidents(client.id);
  const maintenance = await getMaintenance(client.id);
  return {
    now,
    lastUpdated: lastUpdated(client.components.map((c) => data.histories[c.id]), now),
    historyDays: STATUS_HISTORY_DAYS,
    recentDays: RECENTLY_RESOLVED_DAYS,
    rollup: rollup(components),
    activeIncidents: incidents.filter((i) => incidentState(i, now) === 'active'),
    activeMaintenance: maintenance.filter((m) => maintenanceState(m, now) === 'in_progress'),
    upcomingMaintenance: maintenance.filter((m) => maintenanceState(m, now) === 'scheduled'),
    recentIncidents: resolvedWithin(incidents, { now, days: RECENTLY_RESOLVED_DAYS }),
  };
}

/** A row of bars for several components (a group, or all): each day the member that fared worst. */
export interface MergedRow {
  /** An id for the row's elements (not a component's). */
  id: string;
  name: string;
  bars: DailyBar[];
  events: DayEvents[];
  /** The uptime figures shown beside the row: the member with the lowest 90-day availability. */
  windows: ComponentView['windows'];
  lowest: string;
  /** Per day, the member whose bar it is and how many of the row's members were affected. */
  days: Array<{ componentId: string; label: string }>;
}

/** The status page's components as its layout shows them (src/lib/status/layout.ts). */
export interface StatusRows {
  layout: StatusLayout;
  /** Rows of bars for groups or for all components; empty when each component has its own row. */
  merged: MergedRow[];
}

/** How the status page shows `view`'s components, and the merged rows of bars when components do not get one each. */
export function statusRows(view: StatusView, locale?: Locale): StatusRows {
  const all = view.rollup.groups.flatMap((g) => g.components);
  const withBars = all.filter((c) => !c.dependency);
  const layout = statusLayout({ withBars: withBars.length, total: all.length, groups: view.rollup.groups.filter((g) => g.components.some((c) => !c.dependency)).length });
  if (layout.bars === 'component') return { layout, merged: [] };
  const t = messages(locale).manyComponents;
  const row = (id: string, name: string, members: ComponentView[]): MergedRow => {
    const days = groupDays(members, mergeEvents);
    const lowest = members.reduce((a, b) => ((b.availability ?? 101) < (a.availability ?? 101) ? b : a));
    return {
      id,
      name,
      bars: days.map((d) => d.bar),
      events: days.map((d) => d.events),
      windows: lowest.windows,
      lowest: t.lowest(lowest.name),
      // Named only on days something happened: "worst: X (0 of 5 affected)" on a quiet day says nothing, and costs weight.
      days: days.map((d) => ({ componentId: d.member.id, label: d.affected > 0 ? t.worstOf(d.member.name, d.affected, members.length) : '' })),
    };
  };
  if (layout.bars === 'all') return { layout, merged: [row('all-components', t.allComponents, withBars)] };
  const merged = view.rollup.groups
    .map((g, i) => ({ g, i, members: g.components.filter((c) => !c.dependency) }))
    .filter(({ members }) => members.length > 0)
    .map(({ g, i, members }) => row(`group-${i + 1}`, g.name, members));
  return { layout, merged };
}

/** The incidents and maintenance of several components' same day, each once, in order of first mention. */
function mergeEvents(days: DayEvents[]): DayEvents {
  const once = <T extends { id: string }>(lists: T[][]) => [...new Map(lists.flat().map((e) => [e.id, e])).values()];
  return { incidents: once(days.map((d) => d.incidents)), maintenance: once(days.map((d) => d.maintenance)) };
}
