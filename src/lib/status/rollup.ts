import { combineLayers } from '../timeline/combine.ts';
import type { ComponentTimelineInput } from '../timeline/component-timeline.ts';
import { incidentSpans, maintenanceSpans, monitorSpans } from '../timeline/layers.ts';
import { worstStatus, type ComponentStatus } from '../../vocabulary/status.ts';

/** Statuspage's page indicator (https://developer.statuspage.io/#operation/getStatus), plus `maintenance`. */
export const STATUSPAGE_INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export type StatuspageIndicator = (typeof STATUSPAGE_INDICATORS)[number];

/**
 * The one table from a page's overall status to Statuspage's indicator and description. The descriptions are
 * Statuspage's own ("All Systems Operational", "Partial System Outage", "Major Service Outage", …).
 * `no_data` (nothing monitored or declared anywhere) has no Statuspage equivalent: the indicator stays `none`
 * (no incident is known) and the description says plainly that the status is unknown rather than claim health.
 */
export const OVERALL_STATUS: Record<ComponentStatus, { indicator: StatuspageIndicator; description: string }> = {
  operational: { indicator: 'none', description: 'All Systems Operational' },
  degraded_performance: { indicator: 'minor', description: 'Minor Service Outage' },
  partial_outage: { indicator: 'major', description: 'Partial System Outage' },
  major_outage: { indicator: 'critical', description: 'Major Service Outage' },
  under_maintenance: { indicator: 'maintenance', description: 'Service Under Maintenance' },
  no_data: { indicator: 'none', description: 'Status Unknown' },
};

/** Latest instant a JavaScript Date can hold: the end of an incident that has not been restored. */
const END_OF_TIME = new Date(8.64e15);

/**
 * A component's status at the instant `now`, by the same rules as its timeline: a check that still stands
 * (observed less than 2 × interval ago), an incident not yet restored (or whose impact has not ended), a maintenance
 * window in progress (start ≤ now < end). `no_data` when nothing observed or declared covers that instant.
 *
 * @example
 * componentStatusNow({ componentId: 'www', history, incidents, maintenance, now }) // → 'operational'
 */
export function componentStatusNow(input: Omit<ComponentTimelineInput, 'from' | 'to'>): ComponentStatus {
  const { componentId, history, incidents = [], maintenance = [], now } = input;
  const t = now.getTime();
  const spans = [
    ...monitorSpans(history),
    // An open incident is still open at `now` itself, so its window does not stop there.
    ...incidentSpans(incidents, componentId, END_OF_TIME).filter((s) => s.start <= t),
    ...maintenanceSpans(maintenance, componentId),
  ];
  return combineLayers(spans, t, t + 1)[0]!.status;
}

/** A component's current status, as rollup takes it. */
export interface ComponentNow {
  id: string;
  /** Group shown on the status page ("Production", "Staging", …). */
  group: string;
  status: ComponentStatus;
}

/** A group's rolled-up status and its components, in the order given. */
export interface GroupNow<C extends ComponentNow = ComponentNow> {
  name: string;
  status: ComponentStatus;
  components: C[];
}

/** The page's rollup: groups, overall status, and Statuspage's indicator and description. */
export interface Rollup<C extends ComponentNow = ComponentNow> {
  groups: Array<GroupNow<C>>;
  status: ComponentStatus;
  indicator: StatuspageIndicator;
  description: string;
}

/**
 * Rolls current statuses up component → group → overall, each step the worst by STATUS_RANK (so `no_data` yields
 * to anything observed, and maintenance yields to any real problem). Groups keep the order they first appear in.
 *
 * @example
 * rollup([{ id: 'www', group: 'Production', status: 'operational' }, { id: 'uat', group: 'UAT', status: 'partial_outage' }])
 * // → { groups: [{ name: 'Production', status: 'operational', … }, { name: 'UAT', status: 'partial_outage', … }],
 * //     status: 'partial_outage', indicator: 'major', description: 'Partial System Outage' }
 */
export function rollup<C extends ComponentNow>(components: readonly C[]): Rollup<C> {
  const groups = new Map<string, C[]>();
  for (const c of components) {
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  const rolled = [...groups].map(([name, members]) => ({ name, status: worstStatus(members.map((m) => m.status)), components: members }));
  const status = worstStatus(rolled.map((g) => g.status));
  return { groups: rolled, status, ...OVERALL_STATUS[status] };
}
