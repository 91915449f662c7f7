import type { Component } from '../../schemas/client.ts';
import type { History } from '../../schemas/history.ts';
import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import type { Priorities, SupportHours } from '../../schemas/support.ts';

/** The parts of a resolved client (agency defaults applied, see lib/clients/resolve.ts) that SLA figures read. */
export interface ReportClient {
  name: string;
  /** IANA zone: SLA months and support hours are read in it. */
  timeZone: string;
  supportHours: SupportHours;
  priorities: Priorities;
  /** Monthly availability target for the SLA components, in percent. */
  uptimeTarget: number;
  components: Component[];
  /** Ids of the components the uptime SLA covers, in report order. */
  slaComponents: string[];
  /** When given, `unlisted` clients are left out of agency-wide figures. */
  visibility?: 'public' | 'unlisted';
}

/** An incident with its id (the file slug). */
export type ReportIncident = IncidentData & { id: string };
/** A maintenance notice with its id (the file slug). */
export type ReportMaintenance = MaintenanceData & { id: string };

/** One client's data, as loaded from content/: what every SLA figure is computed from. */
export interface ClientData {
  clientId: string;
  client: ReportClient;
  /** History by component id; undefined for a component without a history file. */
  histories: Record<string, History | undefined>;
  incidents: ReportIncident[];
  maintenance: ReportMaintenance[];
}
