import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { formatMinutes, formatMonth } from '../lib/format/datetime.ts';
import { INCIDENT_STATE_LABEL } from '../lib/format/labels.ts';
import { ogElement, OG_TEMPLATE_VERSION, type OgCard } from '../lib/og/card.ts';
import { OG_SIZE } from '../lib/outputs/paths.ts';
import type { Month } from '../lib/time/month.ts';
import { getAgency } from './agency.ts';
import { createOgPool } from './og-pool.ts';
import { buildNow } from './clock.ts';
import { getIncidentPageView } from './incident-pages.ts';
import type { Incident } from './incidents.ts';
import { getMonthlyReport } from './reports.ts';
import { siteUrl } from './site.ts';
import { getStatusView } from './status.ts';

/**
 * Open Graph images (1200 × 630 PNG) rendered with satori and resvg, cached by a hash of everything they show
 * (the card, the template version, the fonts) under node_modules/.cache/upkeep-og/, so a build renders only the
 * images whose content changed, in worker threads (og-pool.ts). A rendered image costs ~20 ms of CPU after the first
 * (STACK.md); a cached one is a file read.
 */

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'upkeep-og');
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

/** satori and resvg run in worker threads (og-pool.ts): images render on every core, beside the pages. */
const pool = createOgPool({ fontFiles: FONT_FILES, ...OG_SIZE });

/**
 * Wall time during which at least one image was in flight (several are at once: build.concurrency), so the figure
 * is what the images cost the build, not the sum of overlapping waits.
 */
function wallClock() {
  let inFlight = 0;
  let since = 0;
  let ms = 0;
  return {
    start: () => {
      if (inFlight++ === 0) since = performance.now();
    },
    end: () => {
      if (--inFlight === 0) ms += performance.now() - since;
    },
    get ms() {
      return ms;
    },
  };
}

/** What a build did with its images, printed once when the build's process ends (npm run bench reads the line). */
const stats = { rendered: 0, cached: 0, renderWall: wallClock(), cachedWall: wallClock() };
process.once('exit', () => {
  if (stats.rendered + stats.cached === 0) return;
  console.log(
    `[upkeep:og] ${stats.rendered} rendered in ${Math.round(stats.renderWall.ms)} ms, ${stats.cached} from cache in ${Math.round(stats.cachedWall.ms)} ms (wall time with any in flight; ${CACHE_DIR})`,
  );
});

/** Temporary file names of this process: several images are in flight at once (build.concurrency). */
let written = 0;
/** The cache folder, made once per build (a mkdir per image showed in the build's CPU profile). */
let cacheDirMade: Promise<unknown> | undefined;

/** The cache key: the card, the template's version and the fonts' names. */
export function ogHash(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify({ v: OG_TEMPLATE_VERSION, fonts: FONT_FILES, card })).digest('hex').slice(0, 32);
}

/** The PNG of a card: from the cache when an identical card was rendered before, else rendered and cached. */
export async function ogPng(card: OgCard): Promise<Uint8Array> {
  const file = join(CACHE_DIR, `${ogHash(card)}.png`);
  stats.cachedWall.start();
  try {
    const png = await readFile(file);
    stats.cached++;
    return new Uint8Array(png);
  } catch {
    // Not cached yet.
  } finally {
    stats.cachedWall.end();
  }
  stats.renderWall.start();
  try {
    const png = await pool.render(ogElement(card));
    await (cacheDirMade ??= mkdir(CACHE_DIR, { recursive: true }));
    // Written aside and renamed: another build running at the same time never reads half a file.
    const partial = `${file}.${process.pid}-${++written}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    stats.rendered++;
    return new Uint8Array(png);
  } finally {
    stats.renderWall.end();
  }
}

/** A PNG response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
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
