/**
 * The status vocabulary and its ordering: the one place where "which status is worse" is decided.
 * Names are Atlassian Statuspage's (https://developer.statuspage.io/#tag/components), plus `no_data`.
 */

/** Component statuses, from best to worst. `under_maintenance` and `no_data` sit outside the severity scale. */
export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
  'no_data',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** What a monitor can observe in one check. `no_data` is never observed: it is the absence of checks. */
export const OBSERVED_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
export type ObservedStatus = (typeof OBSERVED_STATUSES)[number];

/** The impact a staff incident can declare on a component. */
export const INCIDENT_IMPACTS = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

/**
 * Rank used when combining statuses (monitor with incident, component to group to overall): the higher rank wins.
 * `no_data` ranks lowest, so any real observation or declared impact replaces it; maintenance sits below any
 * outage so a group shows its worst real problem. (That maintenance overrides a minute's status inside a
 * scheduled window is a separate timeline rule, not a matter of rank.)
 */
export const STATUS_RANK: Record<ComponentStatus, number> = {
  no_data: 0,
  operational: 1,
  under_maintenance: 2,
  degraded_performance: 3,
  partial_outage: 4,
  major_outage: 5,
};

/** Weight of one minute in each status when counting weighted down minutes (DESIGN: rules the numbers follow). */
export const DOWNTIME_WEIGHT: Record<ObservedStatus, number> = {
  operational: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

/** Human labels, as Statuspage shows them. */
export const STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
  no_data: 'No data',
};

/** The worst of several statuses by STATUS_RANK; `no_data` for none. */
export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'no_data';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

/** Incident severities, from most to least severe. */
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Priority levels, P1 most urgent. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Incident update statuses, in the order an incident moves through them (Statuspage's). */
export const INCIDENT_UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentUpdateStatus = (typeof INCIDENT_UPDATE_STATUSES)[number];

/** Clocks a priority's targets can run on. */
export const CLOCKS = ['24x7', 'business'] as const;
export type Clock = (typeof CLOCKS)[number];
