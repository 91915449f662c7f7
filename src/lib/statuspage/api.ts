import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import {
  STATUSPAGE_LIST_LIMIT,
  type StatuspageAffectedComponent,
  type StatuspageComponent,
  type StatuspageComponentStatus,
  type StatuspageIncident,
  type StatuspageIncidentStatus,
  type StatuspageIncidentUpdate,
  type StatuspagePage,
  type StatuspageScheduledMaintenance,
  type StatuspageStatus,
} from '../../schemas/statuspage.ts';
import { STATUS_RANK, type ComponentStatus, type Severity } from '../../vocabulary/status.ts';
import { incidentState } from '../incidents/state.ts';
import { maintenanceState } from '../maintenance/state.ts';
import { incidentNotices, latestNotice, maintenanceNotices, type Notice } from '../notices/notices.ts';
import { incidentSpans } from '../timeline/layers.ts';
import { statuspageId } from './ids.ts';

/**
 * Upkeep's view of one client, mapped to Atlassian Statuspage's public API v2 (https://developer.statuspage.io/),
 * field for field. Pure: every figure comes in from the view models that the status page renders (src/data), so the
 * API cannot disagree with the page.
 */

/** Upkeep's component statuses in Statuspage's words. Statuspage has no "unknown": see COMPONENT_STATUS_TO_STATUSPAGE. */
export const COMPONENT_STATUS_TO_STATUSPAGE: Record<ComponentStatus, StatuspageComponentStatus> = {
  operational: 'operational',
  degraded_performance: 'degraded_performance',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
  under_maintenance: 'under_maintenance',
  // A Statuspage component's status is what staff have declared, and `operational` is "nothing declared": a component
  // with no monitor data and no open incident is that. The page says "No data" for it, and the overall description
  // reads "Status Unknown" when nothing at all is known (OVERALL_STATUS in src/lib/status/rollup.ts).
  no_data: 'operational',
};

/** An incident's severity as Statuspage's impact (the same three words, plus `none`, which Upkeep never declares). */
export const SEVERITY_TO_IMPACT: Record<Severity, StatuspageIncident['impact']> = { critical: 'critical', major: 'major', minor: 'minor' };

/** A component as the status view has it (src/data/status.ts), with the times Statuspage wants. */
export interface ApiComponent {
  id: string;
  name: string;
  group: string;
  description?: string;
  status: ComponentStatus;
  /** First known of it: its first observation, else the client's. */
  createdAt: Date;
  /** Its last change or observation by now. */
  updatedAt: Date;
  /** The day its history starts (client's zone), `YYYY-MM-DD`; null without history. */
  startDate: string | null;
}

export interface ApiIncident extends Pick<IncidentData, 'title' | 'severity' | 'components' | 'startedAt' | 'reportedAt' | 'restoredAt' | 'resolvedAt' | 'updates'> {
  /** The file slug. */
  id: string;
  /** The incident page's absolute URL. */
  url: string;
  /** The postmortem's text (the MDX body) once the incident is resolved and it has one. */
  postmortem?: string;
}

export interface ApiMaintenance extends Pick<MaintenanceData, 'title' | 'components' | 'start' | 'end' | 'description' | 'announcedAt' | 'rescheduled'> {
  id: string;
  /** The maintenance page's absolute URL. */
  url: string;
}

export interface ApiInput {
  clientId: string;
  /** The client's name: the page's. */
  name: string;
  /** The client's status page, absolute. */
  url: string;
  timeZone: string;
  now: Date;
  /** The status view's overall indicator and description (rollup). */
  status: StatuspageStatus;
  /** In client.yaml order; groups in order of first appearance, as the status page shows them. */
  components: ApiComponent[];
  incidents: ApiIncident[];
  maintenance: ApiMaintenance[];
  /** When the page's data last changed (monitor data, notices); the latest of these and the notices is used. */
  updatedAt: Date;
}

/** The eight files of `api/v2/`, by path below it. */
export interface StatuspageDocuments {
  'summary.json': { page: StatuspagePage; components: StatuspageComponent[]; incidents: StatuspageIncident[]; scheduled_maintenances: StatuspageScheduledMaintenance[]; status: StatuspageStatus };
  'status.json': { page: StatuspagePage; status: StatuspageStatus };
  'components.json': { page: StatuspagePage; components: StatuspageComponent[] };
  'incidents.json': { page: StatuspagePage; incidents: StatuspageIncident[] };
  'incidents/unresolved.json': { page: StatuspagePage; incidents: StatuspageIncident[] };
  'scheduled-maintenances.json': { page: StatuspagePage; scheduled_maintenances: StatuspageScheduledMaintenance[] };
  'scheduled-maintenances/upcoming.json': { page: StatuspagePage; scheduled_maintenances: StatuspageScheduledMaintenance[] };
  'scheduled-maintenances/active.json': { page: StatuspagePage; scheduled_maintenances: StatuspageScheduledMaintenance[] };
}
export type StatuspagePath = keyof StatuspageDocuments;
export const STATUSPAGE_PATHS = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const satisfies readonly StatuspagePath[];

/** The stable ids of a client's records: the same parts always give the same id. */
export const ids = {
  page: (clientId: string) => statuspageId('page', clientId),
  component: (clientId: string, componentId: string) => statuspageId('component', clientId, componentId),
  group: (clientId: string, group: string) => statuspageId('group', clientId, group),
  incident: (clientId: string, incidentId: string) => statuspageId('incident', clientId, incidentId),
  maintenance: (clientId: string, maintenanceId: string) => statuspageId('maintenance', clientId, maintenanceId),
  update: (recordId: string, n: number) => statuspageId('update', recordId, String(n)),
};

const utc = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();
const END_OF_TIME = new Date(8.64e15);

/**
 * An incident's Statuspage status at `now`: its latest update's until it is resolved, then `resolved`, or
 * `postmortem` once the postmortem is written. An update saying "resolved" before `resolvedAt` has come (a build
 * pinned between the two) reads as `monitoring`.
 *
 * @example
 * incidentStatus({ reportedAt, resolvedAt: '2026-10-25T10:15:00Z', updates }, now, true) // → 'postmortem'
 */
export function incidentStatus(incident: Pick<ApiIncident, 'reportedAt' | 'resolvedAt' | 'updates'>, now: Date, postmortem: boolean): StatuspageIncidentStatus {
  if (incidentState(incident, now) === 'resolved') return postmortem ? 'postmortem' : 'resolved';
  const latest = incidentNotices(incident, now).at(-1)?.status ?? 'investigating';
  return latest === 'resolved' ? 'monitoring' : latest;
}

/**
 * What an incident declares for one component at instant `t`: its impact while its span for that component runs
 * ([from ?? startedAt ?? reportedAt, to ?? restoredAt)), operational otherwise. The same spans as the timeline's.
 */
export function declaredStatus(incident: Pick<ApiIncident, 'components' | 'startedAt' | 'reportedAt' | 'restoredAt'>, componentId: string, t: number): StatuspageComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of incidentSpans([incident], componentId, END_OF_TIME)) {
    if (s.start <= t && t < s.end && STATUS_RANK[s.status] > STATUS_RANK[worst]) worst = s.status;
  }
  return COMPONENT_STATUS_TO_STATUSPAGE[worst];
}

/** Maps one client's view to the eight documents of Statuspage's API v2. */
export function statuspageDocuments(input: ApiInput): StatuspageDocuments {
  const { clientId, now } = input;
  const pageId = ids.page(clientId);
  const components = statuspageComponents(input, pageId);
  const byId = new Map(components.filter((c) => !c.group).map((c) => [c.id, c]));
  const names = new Map(input.components.map((c) => [c.id, c.name]));
  const componentsOf = (list: ReadonlyArray<string>) =>
    [...new Set(list)].map((id) => byId.get(ids.component(clientId, id))).filter((c): c is StatuspageComponent => c !== undefined);

  const incidents = input.incidents
    .filter((i) => incidentState(i, now) !== 'not_reported')
    .map((i) => statuspageIncident(i, { clientId, pageId, now, names, componentsOf }))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
  const maintenances = input.maintenance
    .map((m) => statuspageMaintenance(m, { clientId, pageId, now, timeZone: input.timeZone, names, componentsOf }))
    .sort((a, b) => Date.parse(b.scheduled_for) - Date.parse(a.scheduled_for));

  const noticeTimes = [...incidents, ...maintenances].flatMap((r) => r.incident_updates.map((u) => ({ at: u.display_at })));
  const latest = latestNotice([...noticeTimes, { at: utc(input.updatedAt) }])!;
  const page: StatuspagePage = { id: pageId, name: input.name, url: input.url, time_zone: input.timeZone, updated_at: latest };

  const unresolved = incidents.filter((i) => i.status !== 'resolved' && i.status !== 'postmortem');
  // Upcoming soonest first and active ones as Statuspage lists them: by scheduled_for.
  const upcoming = maintenances.filter((m) => m.status === 'scheduled').reverse();
  const active = maintenances.filter((m) => m.status === 'in_progress' || m.status === 'verifying').reverse();
  const recent = <T>(list: T[]) => list.slice(0, STATUSPAGE_LIST_LIMIT);
  return {
    'summary.json': { page, components, incidents: unresolved, scheduled_maintenances: [...active, ...upcoming], status: input.status },
    'status.json': { page, status: input.status },
    'components.json': { page, components },
    'incidents.json': { page, incidents: recent(incidents) },
    'incidents/unresolved.json': { page, incidents: recent(unresolved) },
    'scheduled-maintenances.json': { page, scheduled_maintenances: recent(maintenances) },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: recent(upcoming) },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: recent(active) },
  };
}

/**
 * Components and their groups, as Statuspage lists them: each group (a component with `group: true` and its members'
 * ids), then its members with `group_id`. Positions count from 1 within each level. A group's status is the worst of
 * its members' (the status page's rollup), its times the earliest creation and latest update among them.
 */
function statuspageComponents(input: ApiInput, pageId: string): StatuspageComponent[] {
  const groups = new Map<string, ApiComponent[]>();
  for (const c of input.components) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const out: StatuspageComponent[] = [];
  let groupPosition = 0;
  for (const [name, members] of groups) {
    const groupId = ids.group(input.clientId, name);
    const worst = members.reduce<ComponentStatus>((w, m) => (STATUS_RANK[m.status] > STATUS_RANK[w] ? m.status : w), 'no_data');
    out.push({
      id: groupId,
      name,
      status: COMPONENT_STATUS_TO_STATUSPAGE[worst],
      created_at: utc(new Date(Math.min(...members.map((m) => m.createdAt.getTime())))),
      updated_at: utc(new Date(Math.max(...members.map((m) => m.updatedAt.getTime())))),
      position: ++groupPosition,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: members.map((m) => ids.component(input.clientId, m.id)),
    });
    members.forEach((m, i) =>
      out.push({
        id: ids.component(input.clientId, m.id),
        name: m.name,
        status: COMPONENT_STATUS_TO_STATUSPAGE[m.status],
        created_at: utc(m.createdAt),
        updated_at: utc(m.updatedAt),
        position: i + 1,
        description: m.description ?? null,
        // Every component's 90-day bars are shown on the status page.
        showcase: true,
        start_date: m.startDate,
        group_id: groupId,
        page_id: pageId,
        group: false,
        only_show_if_degraded: false,
      }),
    );
  }
  return out;
}

interface RecordContext {
  clientId: string;
  pageId: string;
  now: Date;
  names: Map<string, string>;
  componentsOf: (ids: ReadonlyArray<string>) => StatuspageComponent[];
}

function update(recordId: string, notice: Notice, affected: StatuspageAffectedComponent[] | null): StatuspageIncidentUpdate {
  return {
    id: ids.update(recordId, notice.n),
    status: notice.status,
    body: notice.text,
    incident_id: recordId,
    created_at: notice.at,
    updated_at: notice.at,
    display_at: notice.at,
    affected_components: affected,
  };
}

function statuspageIncident(incident: ApiIncident, ctx: RecordContext): StatuspageIncident {
  const id = ids.incident(ctx.clientId, incident.id);
  const notices = incidentNotices(incident, ctx.now);
  const postmortem = incidentState(incident, ctx.now) === 'resolved' && incident.postmortem?.trim() ? incident.postmortem.trim() : undefined;
  const componentIds = [...new Set(incident.components.map((c) => c.id))];
  // Each update records what the incident declared for its components then, against what it declared at the
  // previous update (operational before the first), as Statuspage's affected_components do.
  const updates = notices.map((notice, i) => {
    const before = i === 0 ? undefined : Date.parse(notices[i - 1]!.at);
    const at = Date.parse(notice.at);
    const affected = componentIds.map((c) => ({
      code: ids.component(ctx.clientId, c),
      name: ctx.names.get(c) ?? c,
      old_status: before === undefined ? ('operational' as const) : declaredStatus(incident, c, before),
      new_status: declaredStatus(incident, c, at),
    }));
    return update(id, notice, affected);
  });
  const monitoring = notices.find((n) => n.status === 'monitoring');
  const resolved = incidentState(incident, ctx.now) === 'resolved' ? utc(incident.resolvedAt!) : null;
  const times = [incident.reportedAt, ...notices.map((n) => n.at), ...(resolved ? [resolved] : [])];
  return {
    id,
    name: incident.title,
    status: incidentStatus(incident, ctx.now, postmortem !== undefined),
    created_at: utc(incident.reportedAt),
    updated_at: latestNotice(times.map((at) => ({ at: utc(at) })))!,
    monitoring_at: monitoring ? monitoring.at : null,
    resolved_at: resolved,
    impact: SEVERITY_TO_IMPACT[incident.severity],
    shortlink: incident.url,
    started_at: utc(incident.startedAt ?? incident.reportedAt),
    page_id: ctx.pageId,
    incident_updates: updates.reverse(),
    components: ctx.componentsOf(componentIds),
    ...(postmortem !== undefined && { postmortem_body: postmortem, postmortem_published_at: resolved! }),
  };
}

function statuspageMaintenance(m: ApiMaintenance, ctx: RecordContext & { timeZone: string }): StatuspageScheduledMaintenance {
  const id = ids.maintenance(ctx.clientId, m.id);
  const notices = maintenanceNotices(m, ctx.timeZone, ctx.now);
  const componentIds = [...new Set(m.components)];
  // The window puts its components under maintenance when it starts and hands them back when it ends.
  const affected = (notice: Notice): StatuspageAffectedComponent[] | null => {
    if (notice.status !== 'in_progress' && notice.status !== 'completed') return null;
    const starting = notice.status === 'in_progress';
    return componentIds.map((c) => ({
      code: ids.component(ctx.clientId, c),
      name: ctx.names.get(c) ?? c,
      old_status: starting ? 'operational' : 'under_maintenance',
      new_status: starting ? 'under_maintenance' : 'operational',
    }));
  };
  const state = maintenanceState(m, ctx.now);
  const first = notices[0]?.at ?? utc(m.announcedAt ?? m.start);
  return {
    id,
    name: m.title,
    status: state,
    created_at: first,
    updated_at: latestNotice(notices) ?? first,
    monitoring_at: null,
    resolved_at: state === 'completed' ? utc(m.end) : null,
    impact: 'maintenance',
    shortlink: m.url,
    started_at: utc(m.start),
    page_id: ctx.pageId,
    incident_updates: notices.map((n) => update(id, n, affected(n))).reverse(),
    components: ctx.componentsOf(componentIds),
    scheduled_for: utc(m.start),
    scheduled_until: utc(m.end),
  };
}
