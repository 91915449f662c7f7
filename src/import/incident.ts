import type { IncidentImpact, IncidentUpdateStatus, Priority, Severity } from '../vocabulary/status.ts';
import { formatTime } from '../lib/format/datetime.ts';
import { unzonedTimes, withZone } from '../lib/incidents/zoned-times.ts';
import { localDate, type Draft } from './draft.ts';

/**
 * One imported incident in source-neutral terms, and the rules that make a valid Upkeep incident of it: times that run
 * forwards (started ≤ reported ≤ responded ≤ restored ≤ resolved), updates oldest first and inside reported–resolved,
 * a resolved incident's last update saying so. Every rule that moves or fills a time adds a note.
 */
export interface SourceIncident {
  externalId: string;
  title: string;
  summary?: string;
  severity: Severity;
  priority: Priority;
  components: Array<{ id: string; impact: IncidentImpact }>;
  /** When the source recorded the incident: the report. */
  createdAt: string;
  startedAt?: string;
  /** When the incident moved to monitoring (a fix in place), if the source says. */
  monitoringAt?: string;
  resolvedAt?: string;
  updates: Array<{ at: string; status: IncidentUpdateStatus; text: string }>;
  body: string;
  notes: string[];
  /** Names for the times in notes ("created_at" for Statuspage, "date" for cState). */
  names: { created: string; started: string; resolved: string; monitoring?: string };
}

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

/** The draft of a valid incident file, with a note for every time it had to move or fill. */
export function incidentDraft(source: SourceIncident, timeZone: string): Draft {
  const notes = [...source.notes];
  const { names } = source;
  const updates = [...source.updates].sort((a, b) => ms(a.at) - ms(b.at));
  updates.forEach((u) => {
    if (!u.text.trim()) {
      u.text = `(The ${u.status} update had no text.)`;
      notes.push(`an update at ${u.at} had no text; written as "${u.text}"`);
    }
    // Every time shows its zone (npm run check requires it): the source's text names none, so the client's zone at the
    // update is written after each time, and noted for staff to check.
    if (unzonedTimes(u.text).length > 0) {
      const zone = formatTime(u.at, timeZone).split(' ').at(-1)!;
      u.text = withZone(u.text, zone);
      notes.push(`the update at ${u.at} gave times without a zone; ${zone} (${timeZone}) was written after them: check`);
    }
  });
  if (updates.length === 0) {
    updates.push({ at: iso(ms(source.createdAt)), status: 'investigating', text: source.title });
    notes.push(`the source has no updates; one "investigating" update with the title was added at ${names.created}`);
  }

  let reported = ms(source.createdAt);
  const first = ms(updates[0]!.at);
  if (first < reported) {
    notes.push(`the first update (${updates[0]!.at}) is before ${names.created} (${source.createdAt}); reportedAt is the first update`);
    reported = first;
  }
  let started: number | undefined;
  if (source.startedAt) {
    const s = ms(source.startedAt);
    if (s < reported) started = s;
    else if (s > reported) notes.push(`${names.started} (${source.startedAt}) is after ${names.created} (${source.createdAt}); startedAt left out`);
  }
  const responded = first;
  notes.push('respondedAt is the first public update: the source records no first response');

  let resolved = source.resolvedAt ? ms(source.resolvedAt) : undefined;
  const resolvedUpdate = updates.find((u) => u.status === 'resolved');
  if (resolved === undefined && resolvedUpdate) {
    resolved = ms(resolvedUpdate.at);
    notes.push(`an update says resolved but the source has no ${names.resolved}; resolvedAt is that update (${resolvedUpdate.at})`);
  }
  const last = ms(updates.at(-1)!.at);
  if (resolved !== undefined && last > resolved) {
    notes.push(`updates run until ${iso(last)}, after ${names.resolved} (${source.resolvedAt}); resolvedAt is the last update`);
    resolved = last;
  }
  if (resolved !== undefined && resolved < responded) resolved = responded;

  let restored: number | undefined;
  if (resolved !== undefined) {
    const firstMonitoring = updates.find((u) => u.status === 'monitoring');
    const monitoring = source.monitoringAt ? ms(source.monitoringAt) : firstMonitoring ? ms(firstMonitoring.at) : undefined;
    if (monitoring !== undefined && monitoring >= responded && monitoring <= resolved) {
      restored = monitoring;
      const from = source.monitoringAt ? (names.monitoring ?? 'monitoring') : 'the first "monitoring" update';
      notes.push(`restoredAt is when the incident moved to monitoring (${from}): the source records no restore time`);
    } else {
      restored = resolved;
      notes.push('restoredAt is resolvedAt: the source records no restore time, so the restore target is measured to resolution');
    }
    if (updates.at(-1)!.status !== 'resolved') {
      updates.push({ at: iso(resolved), status: 'resolved', text: 'This incident has been resolved.' });
      notes.push('the last update did not say resolved; a "resolved" update was added at resolvedAt');
    }
  }

  const data: Record<string, unknown> = {
    title: source.title,
    ...(source.summary ? { summary: source.summary } : {}),
    components: source.components,
    severity: source.severity,
    priority: source.priority,
    ...(started !== undefined ? { startedAt: iso(started) } : {}),
    reportedAt: iso(reported),
    respondedAt: iso(responded),
    ...(restored !== undefined ? { restoredAt: iso(restored) } : {}),
    ...(resolved !== undefined ? { resolvedAt: iso(resolved) } : {}),
    updates: updates.map((u) => ({ at: iso(ms(u.at)), status: u.status, text: u.text })),
    importedFrom: source.externalId,
  };
  return { kind: 'incident', externalId: source.externalId, title: source.title, date: localDate(iso(reported), timeZone), data, body: source.body, notes };
}
