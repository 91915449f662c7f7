/**
 * Atlassian Statuspage's public API v2 (https://developer.statuspage.io/#tag/pages … #tag/scheduled-maintenances), as
 * documented and as real pages serve it (test/fixtures/statuspage/: GitHub's status page). Field names, nesting
 * and vocabularies are Statuspage's, letter for letter, so any Statuspage client reads Upkeep's files unchanged.
 *
 * Every schema is built twice from one description:
 * - `statuspage` (loose objects) accepts what real Statuspage pages send, extra fields and all
 *   (`deliver_notifications`, `tweet_id`, `reminder_intervals` …);
 * - `statuspageExact` (strict objects) is what Upkeep publishes: exactly the documented fields, no others. Every
 *   JSON file the build writes under `api/v2/` is checked against it: the build fails on a mismatch
 *   (src/integrations/outputs.ts, src/lib/outputs/check.ts), and test/e2e/outputs.spec.ts checks what is served.
 */
import { z } from 'astro/zod';

/** Statuspage's component statuses (https://developer.statuspage.io/#operation/getComponents). No "unknown". */
export const STATUSPAGE_COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export type StatuspageComponentStatus = (typeof STATUSPAGE_COMPONENT_STATUSES)[number];

/** The page indicator. The documentation lists none/minor/major/critical; pages under maintenance send `maintenance`. */
export const STATUSPAGE_PAGE_INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;

/** An incident's status, in the order it moves through them; `postmortem` once the postmortem is published. */
export const STATUSPAGE_INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;
export type StatuspageIncidentStatus = (typeof STATUSPAGE_INCIDENT_STATUSES)[number];

/** A scheduled maintenance's status. */
export const STATUSPAGE_MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type StatuspageMaintenanceStatus = (typeof STATUSPAGE_MAINTENANCE_STATUSES)[number];

/** An incident's impact; `maintenance` is a scheduled maintenance's. */
export const STATUSPAGE_IMPACTS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export type StatuspageImpact = (typeof STATUSPAGE_IMPACTS)[number];

/** The most recent incidents or maintenances a list endpoint holds (Statuspage: "the 50 most recent"). */
export const STATUSPAGE_LIST_LIMIT = 50;

type ObjectOf = <S extends z.core.$ZodLooseShape>(shape: S) => z.ZodObject<S, z.core.$strip | z.core.$loose | z.core.$strict>;

/** An ISO 8601 instant as Statuspage writes it (`2023-01-10T18:14:45.860Z`, sometimes with an offset). */
const timestamp = z.iso.datetime({ offset: true });
/** A component's `start_date`: a calendar date. */
const date = z.iso.date();

function schemas<O extends ObjectOf>(object: O) {
  /** The page every response starts with. */
  const page = object({
    /** The page's id. */
    id: z.string().min(1),
    /** The page's name (Upkeep: the client's). */
    name: z.string().min(1),
    /** The status page's address. */
    url: z.url(),
    /** The page's IANA time zone (`Etc/UTC`, `Europe/London`). */
    time_zone: z.string().min(1),
    /** When anything on the page last changed. */
    updated_at: timestamp,
  });

  /** The page's overall status. */
  const status = object({
    /** none | minor | major | critical (| maintenance). */
    indicator: z.enum(STATUSPAGE_PAGE_INDICATORS),
    /** "All Systems Operational", "Partial System Outage", … */
    description: z.string().min(1),
  });

  const componentFields = {
    /** The component's id. */
    id: z.string().min(1),
    /** Name shown on the page. */
    name: z.string().min(1),
    /** Current status. */
    status: z.enum(STATUSPAGE_COMPONENT_STATUSES),
    /** When the component was created. */
    created_at: timestamp,
    /** When its status last changed. */
    updated_at: timestamp,
    /** Order within its level (top level, or within its group), from 1. */
    position: z.number().int().nonnegative(),
    /** One line on what it is. */
    description: z.string().nullable(),
    /** Whether the page shows its uptime bars. */
    showcase: z.boolean(),
    /** The day uptime is shown from. */
    start_date: date.nullable(),
    /** The id of the group it belongs to. */
    group_id: z.string().nullable(),
    /** The page's id. */
    page_id: z.string().min(1),
    /** True for a group; a group lists its members' ids in `components`. */
    group: z.boolean(),
    /** Whether the page shows it only while it is not operational. */
    only_show_if_degraded: z.boolean(),
  };
  /** A component or a group of components. */
  const component = object({
    ...componentFields,
    /** A group's members, by id (groups only). */
    components: z.array(z.string().min(1)).optional(),
  });

  /**
   * A page's components as Statuspage lists them: a group (`group: true`) lists its members' ids in `components`, each
   * member exists and names the group in `group_id`; a component that is not a group has no `components`.
   */
  const componentList = z.array(component).superRefine((list, ctx) => {
    const byId = new Map(list.map((c) => [c.id, c]));
    list.forEach((c, i) => {
      if (!c.group) {
        if (c.components !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'components'], message: 'only a group (group: true) lists components' });
        if (c.group_id !== null && byId.get(c.group_id)?.group !== true) ctx.addIssue({ code: 'custom', path: [i, 'group_id'], message: `expected the id of a group on the page, got "${c.group_id}"` });
        return;
      }
      if (c.components === undefined) ctx.addIssue({ code: 'custom', path: [i, 'components'], message: 'a group lists its members\' ids' });
      for (const member of c.components ?? []) {
        if (byId.get(member)?.group_id !== c.id) ctx.addIssue({ code: 'custom', path: [i, 'components'], message: `member "${member}" is not on the page with group_id "${c.id}"` });
      }
    });
  });

  /** A component's status change posted with an update. */
  const affectedComponent = object({
    /** The component's id. */
    code: z.string().min(1),
    name: z.string().min(1),
    old_status: z.enum(STATUSPAGE_COMPONENT_STATUSES),
    new_status: z.enum(STATUSPAGE_COMPONENT_STATUSES),
  });

  /** One update posted on an incident or a maintenance, newest first in its list. */
  const incidentUpdate = object({
    id: z.string().min(1),
    /** The incident's (or maintenance's) status as of this update. */
    status: z.enum([...STATUSPAGE_INCIDENT_STATUSES, ...STATUSPAGE_MAINTENANCE_STATUSES]),
    /** What was said. */
    body: z.string(),
    incident_id: z.string().min(1),
    created_at: timestamp,
    updated_at: timestamp,
    /** When the page shows it as posted. */
    display_at: timestamp,
    /** Components whose status the update set; null when it set none. */
    affected_components: z.array(affectedComponent).nullable(),
  });

  const incidentFields = {
    id: z.string().min(1),
    name: z.string().min(1),
    status: z.enum(STATUSPAGE_INCIDENT_STATUSES),
    created_at: timestamp,
    updated_at: timestamp,
    /** When it first went to `monitoring`. */
    monitoring_at: timestamp.nullable(),
    resolved_at: timestamp.nullable(),
    impact: z.enum(STATUSPAGE_IMPACTS),
    /** A link to the incident's page. */
    shortlink: z.url(),
    /** When the problem began. */
    started_at: timestamp,
    page_id: z.string().min(1),
    incident_updates: z.array(incidentUpdate),
    /** The components it affects, as the components endpoint shows them. */
    components: z.array(component),
    /** The postmortem, once it is published. */
    postmortem_body: z.string().optional(),
    /** When the postmortem was published. */
    postmortem_published_at: timestamp.optional(),
  };
  /** An incident. */
  const incident = object({ ...incidentFields, impact: z.enum(['none', 'minor', 'major', 'critical']) });

  /** A scheduled maintenance: an incident with a window, impact `maintenance` and the maintenance statuses. */
  const scheduledMaintenance = object({
    ...incidentFields,
    status: z.enum(STATUSPAGE_MAINTENANCE_STATUSES),
    impact: z.literal('maintenance'),
    /** Start of the window. */
    scheduled_for: timestamp,
    /** End of the window. */
    scheduled_until: timestamp,
  });

  const list = <T extends z.ZodType>(item: T) => z.array(item).max(STATUSPAGE_LIST_LIMIT);
  /** An unresolved incident: investigating, identified or monitoring (Statuspage: "incidents/unresolved"). */
  const unresolvedIncident = object({ ...incident.shape, status: z.enum(['investigating', 'identified', 'monitoring']) });
  /** An upcoming maintenance: `scheduled` only. */
  const upcomingMaintenance = object({ ...scheduledMaintenance.shape, status: z.literal('scheduled') });
  /** An active maintenance: `in_progress` or `verifying` only. */
  const activeMaintenance = object({ ...scheduledMaintenance.shape, status: z.enum(['in_progress', 'verifying']) });
  return {
    page,
    status,
    component,
    affectedComponent,
    incidentUpdate,
    incident,
    scheduledMaintenance,
    /** `api/v2/summary.json`: everything at once. `incidents` are the unresolved ones; maintenances the upcoming and active. */
    summary: object({ page, components: componentList, incidents: z.array(unresolvedIncident), scheduled_maintenances: z.array(z.union([activeMaintenance, upcomingMaintenance])), status }),
    /** `api/v2/status.json`. */
    statusResponse: object({ page, status }),
    /** `api/v2/components.json`. */
    components: object({ page, components: componentList }),
    /** `api/v2/incidents.json`: the 50 most recent. */
    incidents: object({ page, incidents: list(incident) }),
    /** `api/v2/incidents/unresolved.json`. */
    unresolvedIncidents: object({ page, incidents: list(unresolvedIncident) }),
    /** `api/v2/scheduled-maintenances.json`: the 50 most recent. */
    scheduledMaintenances: object({ page, scheduled_maintenances: list(scheduledMaintenance) }),
    /** `api/v2/scheduled-maintenances/upcoming.json`. */
    upcomingMaintenances: object({ page, scheduled_maintenances: list(upcomingMaintenance) }),
    /** `api/v2/scheduled-maintenances/active.json`. */
    activeMaintenances: object({ page, scheduled_maintenances: list(activeMaintenance) }),
    /** One incident with its page, as Statuspage exports it (the shape of the sample). */
    incidentExport: object({ page, incident }),
  };
}

/** Statuspage's API as real pages serve it: unknown fields are accepted (and kept). */
export const statuspage = schemas(z.looseObject as ObjectOf);
/** What Upkeep publishes: the documented fields exactly, no others. */
export const statuspageExact = schemas(z.strictObject as ObjectOf);

export type StatuspagePage = z.infer<typeof statuspageExact.page>;
export type StatuspageStatus = z.infer<typeof statuspageExact.status>;
export type StatuspageComponent = z.infer<typeof statuspageExact.component>;
export type StatuspageAffectedComponent = z.infer<typeof statuspageExact.affectedComponent>;
export type StatuspageIncidentUpdate = z.infer<typeof statuspageExact.incidentUpdate>;
export type StatuspageIncident = z.infer<typeof statuspageExact.incident>;
export type StatuspageScheduledMaintenance = z.infer<typeof statuspageExact.scheduledMaintenance>;
export type StatuspageSummary = z.infer<typeof statuspageExact.summary>;

/**
 * `/api/v2/clients.json`: Upkeep's agency directory in Statuspage's manner, public clients only. Not a Statuspage
 * endpoint (Statuspage has one page per account); each entry's `api` is the base a Statuspage client is pointed at.
 */
export const clientDirectorySchema = z.strictObject({
  /** The agency's page. */
  page: statuspageExact.page,
  clients: z.array(
    z.strictObject({
      /** The client's page id (the same as its own `page.id`). */
      id: z.string().min(1),
      /** The client's slug, as in its URLs. */
      slug: z.string().min(1),
      name: z.string().min(1),
      /** Its status page. */
      url: z.url(),
      /** The base a Statuspage client is pointed at: `<api>/api/v2/summary.json` is its summary. */
      api: z.url(),
      /** Its own status domain's address, when it has one. */
      status_domain_url: z.url().nullable(),
      status: statuspageExact.status,
    }),
  ),
});
export type ClientDirectory = z.infer<typeof clientDirectorySchema>;

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export const shieldsEndpointSchema = z.strictObject({
  /** Always 1. */
  schemaVersion: z.literal(1),
  /** Left-hand text. */
  label: z.string(),
  /** Right-hand text. */
  message: z.string().min(1),
  /** A shields colour name or hex. */
  color: z.string().min(1),
});
export type ShieldsEndpoint = z.infer<typeof shieldsEndpointSchema>;
