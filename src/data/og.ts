import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { formatMinutes, formatMonth } from '../lib/format/datetime.ts';
import { INCIDENT_STATE_LABEL } from '../lib/format/labels.ts';
import type { OgCard } from '../lib/og/card.ts';
import type { Month } from '../lib/time/month.ts';
import { getAgency } from './agency.ts';
import { buildNow } from './clock.ts';
import { getIncidentPageView } from './incident-pages.ts';
import type { Incident } from './incidents.ts';
import { ogCacheKey, prefetchOgPng } from './og-render.ts';
import { getMonthlyReport } from './reports.ts';
import { siteUrl } from './site.ts';
import { getStatusView } from './status.ts';

/** The cards of the Open Graph images, from the pages' own view models; rendering and the cache: ./og-render.ts. */
export { ogPng, pngResponse } from './og-render.ts';

/**
 * An OG route's static paths, each keyed by its card's hash for the incremental build (ogCacheKey). In a build, the
 * images not yet cached start rendering now, beside the HTML pages (prefetchOgPng); `astro dev` renders on request.
 */
export async function keyedByCard<P extends { props: object }>(paths: readonly P[], cardOf: (props: P['props']) => Promise<OgCard>): Promise<Array<P & { cacheKey: string }>> {
  const keyed = [];
  for (const path of paths) {
    const card = await cardOf(path.props);
    if (!import.meta.env.DEV) prefetchOgPng(card);
    keyed.push({ ...path, cacheKey: ogCacheKey(card) });
  }
  return keyed;
}

const footer = () => new URL(siteUrl()).host;

/** The agency's card, used by every page without one of its own. */
export async function agencyCard(): Promise<OgCard> {
  const agency = await getAgency();
  return { eyebrow: 'Service standards and status', title: agency.name, detail: 'Standards, status pages, postmortems and reports', footer: footer() };
}

/** A status page's card: the client's current overall status, as its banner says it. */
export async function statusCard(client: ResolvedClient): Promise<OgCard> {
  const agency = await getAgency();
  const view = await getStatusView(client, await buildNow());
  return { eyebrow: agency.name, title: `${client.name}: status`, detail: view.rollup.description, status: view.rollup.status, footer: footer() };
}

/** A postmortem's card: its title, state, priority and duration, coloured by its worst declared impact. */
export async function incidentCard(client: ResolvedClient, incident: Incident): Promise<OgCard> {
  const view = getIncidentPageView(client, incident, await buildNow());
  const duration = `${formatMinutes(view.duration.minutes)}${view.duration.running ? ' so far' : ''}`;
  return {
    eyebrow: `${client.name} · incident`,
    title: incident.title,
    detail: `${INCIDENT_STATE_LABEL[view.state]} · ${incident.priority} · ${duration}`,
    status: view.state === 'active' ? incident.impact : 'operational',
    footer: footer(),
  };
}

/** A monthly report's card: whether the uptime target was met, and how many incidents there were. */
export async function reportCard(client: ResolvedClient, month: Month): Promise<OgCard> {
  const report = await getMonthlyReport(client, month);
  const incidents = report.summary.incidents;
  const verdict = report.complete ? (report.summary.uptimeMet ? 'Uptime target met' : 'Uptime target missed') : 'Month in progress';
  return {
    eyebrow: `${client.name} · service report`,
    title: formatMonth(month),
    detail: `${verdict} (${report.uptime.target}%) · ${incidents} ${incidents === 1 ? 'incident' : 'incidents'}`,
    status: report.summary.uptimeMet ? 'operational' : 'major_outage',
    footer: footer(),
  };
}
