import { DateTime } from 'luxon';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { incidentState } from '../lib/incidents/state.ts';
import { lessonsLog, type LessonsLog, type LessonSource } from '../lib/lessons/log.ts';
import { getAgency } from './agency.ts';
import { getPublicClients } from './clients.ts';
import { buildNow } from './clock.ts';
import { getIncidents } from './incidents.ts';

/** A lessons-learned log page: the log at the build's now, and the day it counts overdue from. */
export interface LessonsView extends LessonsLog {
  /** The build's today (YYYY-MM-DD in `timeZone`): actions due before it and not done are overdue. */
  today: string;
  timeZone: string;
}

async function sourcesOf(client: ResolvedClient, now: Date): Promise<LessonSource[]> {
  return (await getIncidents(client.id))
    .filter((i) => incidentState(i, now) !== 'not_reported')
    .map((i) => ({ clientId: client.id, clientName: client.name, incidentId: i.id, incidentTitle: i.title, reportedAt: i.reportedAt, lessons: i.lessons, actionItems: i.actionItems }));
}

const todayIn = (now: Date, timeZone: string) => DateTime.fromJSDate(now).setZone(timeZone).toISODate()!;

/** The agency's log (`/lessons/`): public clients only; unlisted clients never appear on agency pages. */
export async function getAgencyLessons(): Promise<LessonsView> {
  const [now, agency, clients] = await Promise.all([buildNow(), getAgency(), getPublicClients()]);
  const sources = (await Promise.all(clients.map((c) => sourcesOf(c, now)))).flat();
  const today = todayIn(now, agency.timeZone);
  return { ...lessonsLog(sources, today), today, timeZone: agency.timeZone };
}

/** One client's log (`/clients/<client>/lessons/`), overdue counted in the client's time zone. */
export async function getClientLessons(client: ResolvedClient): Promise<LessonsView> {
  const now = await buildNow();
  const today = todayIn(now, client.timeZone);
  return { ...lessonsLog(await sourcesOf(client, now), today), today, timeZone: client.timeZone };
}

