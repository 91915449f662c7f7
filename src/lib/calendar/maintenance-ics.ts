import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MaintenanceData } from '../../schemas/maintenance.ts';
import { maintenanceState, type MaintenanceState } from '../maintenance/state.ts';
import { describeWindow, latestNotice, maintenanceNotices } from '../notices/notices.ts';

/**
 * A client's maintenance calendar (RFC 5545), made with ical-generator: one VEVENT per window, upcoming and past.
 * - UID: the window's file slug and the client, at the site's host: stable for as long as the file keeps its name.
 * - SEQUENCE: how many times the window has moved (`rescheduled` in its frontmatter), so a subscribed calendar
 *   replaces the event instead of keeping a stale copy (RFC 5545 §3.8.7.4).
 * - DTSTART/DTEND in UTC; the client's zone is named by X-WR-TIMEZONE and in each description, in local time.
 * - DTSTAMP and LAST-MODIFIED: the window's latest notice by now, so an unchanged window reads the same each build.
 * - The maintenance notification convention's X-MAINTNOTE-* properties (BCOP "Maintenance Notifications",
 *   https://github.com/jda/maintnote-std): provider, account, maintenance id, one object id per component, impact
 *   and status.
 */

/** Window state → X-MAINTNOTE-STATUS. */
export const MAINTNOTE_STATUS: Record<MaintenanceState, string> = { scheduled: 'CONFIRMED', in_progress: 'IN-PROCESS', completed: 'COMPLETED' };

/**
 * X-MAINTNOTE-IMPACT for every window: Upkeep's windows name the components "taken down or at risk" and count their
 * minutes as maintenance, without saying how much service remains, so the calendar states the worst case.
 */
export const MAINTNOTE_IMPACT = 'OUTAGE';

export interface CalendarInput {
  clientId: string;
  clientName: string;
  timeZone: string;
  /** The agency (X-MAINTNOTE-PROVIDER, ORGANIZER). */
  provider: { name: string; email?: string };
  /** The site's host, the right-hand side of every UID. */
  host: string;
  now: Date;
  /** Component names by id, for descriptions. */
  componentNames: ReadonlyMap<string, string>;
  maintenance: ReadonlyArray<Pick<MaintenanceData, 'title' | 'components' | 'start' | 'end' | 'description' | 'announcedAt' | 'rescheduled'> & { id: string; url: string }>;
}

/** The UID of one window's VEVENT. */
export const maintenanceUid = (clientId: string, maintenanceId: string, host: string): string => `maintenance-${maintenanceId}.${clientId}@${host}`;

/** The calendar's text (CRLF line endings, folded at 75 octets, as RFC 5545 asks). */
export function maintenanceCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: `${input.clientName}: maintenance`,
    description: `Scheduled maintenance for ${input.clientName}, from ${input.provider.name}. Times are in UTC; ${input.clientName}'s time zone is ${input.timeZone}.`,
    prodId: { company: 'Upkeep', product: 'Maintenance calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    x: [['X-WR-TIMEZONE', input.timeZone]],
  });
  for (const m of input.maintenance) {
    const notices = maintenanceNotices(m, input.timeZone, input.now);
    const changed = new Date(latestNotice(notices) ?? input.now.toISOString());
    const names = m.components.map((c) => input.componentNames.get(c) ?? c);
    calendar.createEvent({
      id: maintenanceUid(input.clientId, m.id, input.host),
      sequence: m.rescheduled?.length ?? 0,
      start: new Date(m.start),
      end: new Date(m.end),
      stamp: changed,
      lastModified: changed,
      ...(m.announcedAt && { created: new Date(m.announcedAt) }),
      summary: `${input.clientName}: ${m.title}`,
      description: `${m.description}\n\nWhen: ${describeWindow(m, input.timeZone)} (${input.timeZone}).\nAffects: ${names.join(', ')}.\nDetails: ${m.url}`,
      url: m.url,
      status: ICalEventStatus.CONFIRMED,
      ...(input.provider.email && { organizer: { name: input.provider.name, email: input.provider.email } }),
      x: [
        ['X-MAINTNOTE-PROVIDER', input.provider.name],
        ['X-MAINTNOTE-ACCOUNT', input.clientName],
        ['X-MAINTNOTE-MAINTENANCE-ID', m.id],
        ...m.components.map((c): [string, string] => ['X-MAINTNOTE-OBJECT-ID', c]),
        ['X-MAINTNOTE-IMPACT', MAINTNOTE_IMPACT],
        ['X-MAINTNOTE-STATUS', MAINTNOTE_STATUS[maintenanceState(m, input.now)]],
      ],
    });
  }
  return calendar.toString();
}
