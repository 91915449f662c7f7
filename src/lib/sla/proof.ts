import type { Component } from '../../schemas/client.ts';
import { componentTimeline } from '../timeline/component-timeline.ts';
import { totalDays } from '../timeline/day-totals.ts';
import { inZone } from '../time/zone.ts';
import { addMs, availability, emptyMs, figuresFromMs } from '../uptime/availability.ts';
import { measureIncident } from './incident-targets.ts';
import type { ClientData } from './report-input.ts';

/** What agencyProof reads. */
export interface ProofInput {
  /**
   * The clients whose figures count. Unlisted clients must not reach agency pages (DESIGN.md): pass public clients
   * only; any given with `visibility: 'unlisted'` are left out here as well.
   */
  clients: readonly ClientData[];
  /** The present: the window is the `months` calendar months up to it. */
  now: Date;
  /** The agency's time zone, in which "12 months ago" is read; UTC if not given. */
  timeZone?: string;
  /** Window length in months; 12 if not given. */
  months?: number;
  /** Which components are production; by default those whose group is "Production" (any case). */
  isProduction?: (component: Component) => boolean;
}

/** The agency-wide proof behind the public standards. Unrounded; round for display only. */
export interface AgencyProof {
  /** Window start (ISO), inclusive. */
  from: string;
  /** Window end (ISO), exclusive: `now`. */
  to: string;
  availability: {
    /** Monitored production components counted. */
    components: number;
    /** 100 × (1 − Σ weighted down minutes / Σ eligible minutes); null when nothing was eligible. */
    percent: number | null;
    weightedDownMinutes: number;
    eligibleMinutes: number;
    maintenanceMinutes: number;
    noDataMinutes: number;
    /** Observed share of all those components' minutes, percent. */
    coverage: number | null;
    /**
     * The period actually observed: from the first to the last instant any counted component had an observation
     * (not `no_data`) inside the window; null when nothing was observed. A 12-month figure resting on a few months of
     * monitoring says so (issue 10 §3).
     */
    observed: { from: string; to: string } | null;
  };
  p1Restore: {
    /** P1 incidents reported in the window. */
    incidents: number;
    /** Of those, restored by `now`. */
    restored: number;
    /** Median restore time of the restored ones, minutes on each P1's clock; null when none. */
    medianMinutes: number | null;
    /** How many met their restore target. */
    met: number;
    /** Decided ones: restored, plus open ones already past their target. */
    decided: number;
    /** 100 × met / decided; null when none is decided. */
    metPercent: number | null;
  };
}

const defaultIsProduction = (c: Component) => c.group.trim().toLowerCase() === 'production';

/**
 * The median of a list of numbers (mean of the middle two for an even count); null for none.
 * @example median([300, 60, 120]) // → 120
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Agency-wide figures over the last 12 months to `now`: availability across every monitored production component
 * of every (public) client, as Σ weighted down minutes / Σ eligible minutes (so a long-monitored component weighs
 * more than a new one), and P1 restore times: the median and the share that met target, each P1 on its own client's
 * clock and target.
 *
 * @example
 * agencyProof({ clients: [acme, beta], now, timeZone: 'Europe/London' })
 * // → { from: '2025-04-15T…', to: '2026-04-15T…', availability: { components: 4, percent: 99.97…, … },
 * //     p1Restore: { incidents: 3, restored: 3, medianMinutes: 120, met: 2, decided: 3, metPercent: 66.6… } }
 */
export function agencyProof(input: ProofInput): AgencyProof {
  const { now, timeZone = 'UTC', months = 12, isProduction = defaultIsProduction } = input;
  const from = inZone(now, timeZone).minus({ months }).toJSDate();
  const clients = input.clients.filter((c) => c.client.visibility !== 'unlisted');

  let ms = emptyMs();
  let components = 0;
  let observedFrom: number | null = null;
  let observedTo: number | null = null;
  const restoreMinutes: number[] = [];
  let p1 = 0;
  let met = 0;
  let decided = 0;
  for (const data of clients) {
    for (const component of data.client.components) {
      // An upstream dependency is not the agency's to run: never in its figures, whatever its group.
      if (!component.monitor || component.dependency === true || !isProduction(component)) continue;
      const sources = { componentId: component.id, history: data.histories[component.id], incidents: data.incidents, maintenance: data.maintenance, from, to: now, now };
      const segments = componentTimeline(sources);
      const totals = totalDays(sources);
      ms = addMs(ms, availability(segments, { from, to: now, now }, totals).ms);
      components++;
      // Days counted from a source's daily total were observed too, at day resolution.
      for (const s of [...segments, ...totals.map((t) => ({ from: t.start, to: t.end, status: 'operational' as const }))]) {
        if (s.status === 'no_data') continue;
        const start = Math.max(s.from.getTime(), from.getTime());
        const end = Math.min(s.to.getTime(), now.getTime());
        if (end <= start) continue;
        if (observedFrom === null || start < observedFrom) observedFrom = start;
        if (observedTo === null || end > observedTo) observedTo = end;
      }
    }
    const context = { supportHours: data.client.supportHours, timeZone: data.client.timeZone, now };
    for (const incident of data.incidents) {
      const reported = Date.parse(incident.reportedAt);
      if (incident.priority !== 'P1' || reported < from.getTime() || reported > now.getTime()) continue;
      p1++;
      const { restore } = measureIncident(incident, data.client.priorities.P1, context);
      if (!restore.open) restoreMinutes.push(restore.minutes);
      if (restore.met !== null) decided++;
      if (restore.met === true) met++;
    }
  }
  const f = figuresFromMs(ms, { from, to: now, asOf: now });
  return {
    from: from.toISOString(),
    to: now.toISOString(),
    availability: {
      components,
      percent: f.availability,
      weightedDownMinutes: f.weightedDownMinutes,
      eligibleMinutes: f.eligibleMinutes,
      maintenanceMinutes: f.maintenanceMinutes,
      noDataMinutes: f.noDataMinutes,
      coverage: f.coverage,
      observed: observedFrom === null || observedTo === null ? null : { from: new Date(observedFrom).toISOString(), to: new Date(observedTo).toISOString() },
    },
    p1Restore: {
      incidents: p1,
      restored: restoreMinutes.length,
      medianMinutes: median(restoreMinutes),
      met,
      decided,
      metPercent: decided > 0 ? (100 * met) / decided : null,
    },
  };
}
