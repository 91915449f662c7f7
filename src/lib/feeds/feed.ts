import { Feed } from 'feed';
import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import { incidentState } from '../incidents/state.ts';
import { incidentNotices, maintenanceNotices } from '../notices/notices.ts';
import { incidentPath, maintenancePath } from '../outputs/paths.ts';

/**
 * The history feeds (Atom and RSS): one entry per incident update and per maintenance notice posted by `now`, newest
 * first. An entry's id is its anchor on the incident or maintenance page (`…/incidents/<id>/#update-<n>`), so it never
 * changes between builds and a feed reader shows each update once. Written with `feed` (npm), a maintained generator.
 */

export interface FeedEntry {
  /** Absolute URL of the update's anchor: the entry's id and link. */
  id: string;
  /** The status as of the update, in words: "Resolved", "Rescheduled". */
  label: string;
  /** The incident's or window's title. */
  subject: string;
  /** The update's text. */
  text: string;
  /** When it was posted. */
  date: Date;
  /** The client it belongs to (the agency feed prefixes titles with it). */
  clientName: string;
}

export interface FeedSource {
  clientId: string;
  clientName: string;
  timeZone: string;
  incidents: ReadonlyArray<Pick<IncidentData, 'title' | 'reportedAt' | 'resolvedAt' | 'updates'> & { id: string }>;
  maintenance: ReadonlyArray<Pick<MaintenanceData, 'title' | 'start' | 'end' | 'description' | 'announcedAt' | 'rescheduled'> & { id: string }>;
}

/**
 * A client's feed entries at `now`, newest first; `site` is the site's origin (`https://status.example`).
 *
 * @example
 * feedEntries({ clientId: 'acme', clientName: 'Acme', timeZone: 'Europe/London', incidents, maintenance: [] }, { site, now })
 * // → [{ id: 'https://status.example/clients/acme/incidents/2026-10-24-down/#update-3', label: 'Resolved', subject: 'Website down', … }, …]
 */
export function feedEntries(source: FeedSource, context: { site: string; now: Date }): FeedEntry[] {
  const { site, now } = context;
  const absolute = (path: string) => new URL(path, site).href;
  const entries: FeedEntry[] = [];
  for (const incident of source.incidents) {
    if (incidentState(incident, now) === 'not_reported') continue;
    for (const notice of incidentNotices(incident, now)) {
      entries.push({
        id: absolute(incidentPath(source.clientId, incident.id, notice.n)),
        label: notice.label,
        subject: incident.title,
        text: notice.text,
        date: new Date(notice.at),
        clientName: source.clientName,
      });
    }
  }
  for (const m of source.maintenance) {
    for (const notice of maintenanceNotices(m, source.timeZone, now)) {
      entries.push({
        id: absolute(maintenancePath(source.clientId, m.id, notice.n)),
        label: notice.label,
        subject: m.title,
        text: notice.text,
        date: new Date(notice.at),
        clientName: source.clientName,
      });
    }
  }
  return newestFirst(entries);
}

/** Entries newest first; equal times in id order, so the order is the same on every build. */
export function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed is about (the status page, or the home page). */
  link: string;
  /** The feeds' own absolute URLs. */
  atomUrl: string;
  rssUrl: string;
  /** When there are no entries, the feed is dated by this (the build's now). */
  now: Date;
  /** Prefix each title with the client's name (the agency-wide feed). */
  withClient?: boolean;
  /** The site's icon, absolute. */
  favicon?: string;
}

/**
 * Text as HTML. `feed` marks titles and content as HTML (`type="html"`, RSS descriptions are HTML by convention), and
 * an update is plain text: escaped, "<b>" in an update reads as "<b>", not as bold.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The feed in Atom 1.0 or RSS 2.0. The feed is dated by its newest entry (so an unchanged feed reads the same on every
 * build); the generator is named without a version.
 */
export function renderFeed(format: 'atom' | 'rss', meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: meta.link,
    title: meta.title,
    description: meta.description,
    link: meta.link,
    language: 'en-GB',
    updated: entries[0]?.date ?? meta.now,
    generator: 'Upkeep',
    feedLinks: { atom: meta.atomUrl, rss: meta.rssUrl },
    ...(meta.favicon && { favicon: meta.favicon }),
    copyright: '',
  });
  for (const e of entries) {
    feed.addItem({
      id: e.id,
      guid: e.id,
      link: e.id,
      title: escapeHtml(entryTitle(e, meta.withClient)),
      description: escapeHtml(e.text),
      content: `<p>${escapeHtml(e.text)}</p>`,
      date: e.date,
      published: e.date,
    });
  }
  return format === 'atom' ? feed.atom1() : feed.rss2();
}

/**
 * An entry's title: the status in brackets, then the subject; the agency-wide feed names the client too.
 * @example entryTitle({ label: 'Resolved', subject: 'Website down', clientName: 'Acme' }, true) // → '[Resolved] Acme: Website down'
 */
export function entryTitle(entry: Pick<FeedEntry, 'label' | 'subject' | 'clientName'>, withClient = false): string {
  return `[${entry.label}] ${withClient ? `${entry.clientName}: ` : ''}${entry.subject}`;
}
