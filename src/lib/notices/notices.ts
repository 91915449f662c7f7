import type { IncidentData } from '../../schemas/incident.ts';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import type { IncidentUpdateStatus } from '../../vocabulary/status.ts';
import { formatDateTime } from '../format/datetime.ts';
import { INCIDENT_UPDATE_LABEL } from '../format/labels.ts';
import { en } from '../i18n/en.ts';
import { messages } from '../i18n/index.ts';

/**
 * The public notices of incidents and maintenance windows: what the feeds list, what the Statuspage API calls
 * `incident_updates`, and what the incident and maintenance pages anchor as `#update-<n>` / `#notice-<n>`. Written
 * once here so the feeds, the API and the pages show the same notices with the same times.
 */

/** A maintenance notice's status, in Statuspage's vocabulary for scheduled maintenances. */
export type MaintenanceNoticeStatus = 'scheduled' | 'in_progress' | 'completed';

export interface Notice<S extends string = IncidentUpdateStatus | MaintenanceNoticeStatus> {
  /** Position among all the record's notices, oldest first, from 1: the stable part of its anchor and feed id. */
  n: number;
  /** When it was posted, ISO in UTC. */
  at: string;
  /** The record's status as of this notice. */
  status: S;
  /** The status in words, as the feed title shows it: "Resolved", "Rescheduled". */
  label: string;
  /** What was said. */
  text: string;
  /**
   * The part of `text` staff wrote (its end), where the rest is the site's own words: a page in another language
   * marks it as English. Absent when the notice is the site's words alone or staff's alone.
   */
  authored?: string;
}

/**
 * An incident's updates posted by `now`, oldest first, numbered by their place in the frontmatter (1 = first).
 *
 * @example
 * incidentNotices({ updates: [{ at: '2026-11-22T09:49:00Z', status: 'investigating', text: 'Looking.' }] }, now)
 * // → [{ n: 1, at: '2026-11-22T09:49:00.000Z', status: 'investigating', label: 'Investigating', text: 'Looking.' }]
 */
export function incidentNotices(incident: Pick<IncidentData, 'updates'>, now: Date): Array<Notice<IncidentUpdateStatus>> {
  return incident.updates
    .map((u, i) => ({ n: i + 1, at: new Date(u.at).toISOString(), status: u.status, label: INCIDENT_UPDATE_LABEL[u.status], text: u.text }))
    .filter((u) => Date.parse(u.at) <= now.getTime());
}

/**
 * Notices newest first, as every status page lists an incident's updates (issue 10 §3): by time, then by their place
 * in the file for two posted at the same instant. A new array; the numbering (`n`, the anchors) stays as it was.
 *
 * @example newestFirst([{ n: 1, at: '…T09:49Z' }, { n: 2, at: '…T11:10Z' }]) // → [{ n: 2, … }, { n: 1, … }]
 */
export function newestFirst<T extends Pick<Notice, 'n' | 'at'>>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.n - a.n);
}

/** Statuspage's own wording for the notices it posts when a window starts and ends. */
export const MAINTENANCE_NOTICE_TEXT = { in_progress: en.maintenanceNotice.in_progress, completed: en.maintenanceNotice.completed } as const;

/** The window's times in words, in the client's zone: "8 Dec 2026, 02:00 GMT to 8 Dec 2026, 04:00 GMT". */
export function describeWindow(window: { start: string; end: string }, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return messages(locale).maintenanceNotice.window(formatDateTime(window.start, timeZone, locale), formatDateTime(window.end, timeZone, locale));
}

/**
 * A maintenance window's notices posted by `now`, oldest first:
 * 1. `scheduled`, at `announcedAt` (else the start of the window first announced): the window as announced, and the
 *    description;
 * 2. one `scheduled` notice labelled "Rescheduled" per entry of `rescheduled`, at its `at`: from which window to which;
 * 3. `in_progress` at the start; 4. `completed` at the end.
 * Numbers are positions in that full list, so a notice keeps its number (and its feed id) from build to build.
 * In English unless a `locale` is given: the feeds, the API and the calendar are English; a client's page is in its own.
 *
 * @example
 * maintenanceNotices({ title, components, description: 'Upgrade.', start: '2026-12-08T02:00:00Z', end: '2026-12-08T04:00:00Z',
 *   announcedAt: '2026-11-20T10:00:00Z' }, 'Europe/London', new Date('2026-12-08T03:00Z'))
 * // → [{ n: 1, status: 'scheduled', label: 'Scheduled', at: '2026-11-20T10:00:00.000Z', … },
 * //    { n: 2, status: 'in_progress', label: 'In progress', at: '2026-12-08T02:00:00.000Z', … }]
 */
export function maintenanceNotices(
  m: Pick<MaintenanceData, 'start' | 'end' | 'description' | 'announcedAt' | 'rescheduled'>,
  timeZone: string,
  now: Date,
  locale: Locale = DEFAULT_LOCALE,
): Array<Notice<MaintenanceNoticeStatus>> {
  const t = messages(locale);
  const words = t.maintenanceNotice;
  const windows = [...(m.rescheduled ?? []), { start: m.start, end: m.end }];
  const first = windows[0]!;
  const utc = (at: string) => new Date(at).toISOString();
  const all: Array<Omit<Notice<MaintenanceNoticeStatus>, 'n'>> = [
    {
      at: utc(m.announcedAt ?? first.start),
      status: 'scheduled',
      label: t.maintenanceState.scheduled,
      text: `${words.scheduledFor(describeWindow(first, timeZone, locale))} ${m.description}`,
      authored: m.description,
    },
    ...(m.rescheduled ?? []).map((r, i) => ({
      at: utc(r.at),
      status: 'scheduled' as const,
      label: words.rescheduledLabel,
      text: words.rescheduled(describeWindow(r, timeZone, locale), describeWindow(windows[i + 1]!, timeZone, locale)),
    })),
    { at: utc(m.start), status: 'in_progress', label: t.maintenanceState.in_progress, text: words.in_progress },
    { at: utc(m.end), status: 'completed', label: t.maintenanceState.completed, text: words.completed },
  ];
  return all.map((notice, i) => ({ n: i + 1, ...notice })).filter((notice) => Date.parse(notice.at) <= now.getTime());
}

/** The latest of the notices' times, or undefined for none. */
export function latestNotice(notices: ReadonlyArray<Pick<Notice, 'at'>>): string | undefined {
  let latest: string | undefined;
  for (const n of notices) if (latest === undefined || Date.parse(n.at) > Date.parse(latest)) latest = n.at;
  return latest;
}
