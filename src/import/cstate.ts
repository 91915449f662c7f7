import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import type { IncidentImpact, IncidentUpdateStatus, Priority, Severity } from '../vocabulary/status.ts';
import { ComponentResolver, type Draft, type ImportTarget, type Skipped } from './draft.ts';
import { htmlToText, mdxSafe } from './html.ts';
import { incidentDraft } from './incident.ts';

/**
 * cState issues (`content/issues/*.md` of a cState Hugo site): front matter (title, date without a zone, resolved,
 * resolvedWhen, severity, affected as a flow or block list, informational) and a body of updates, each
 * `*Status* - text {{< track "YYYY-MM-DD HH:MM:SS" >}}`, newest first.
 */

const SEVERITY: Record<string, { impact: IncidentImpact; severity: Severity; priority: Priority }> = {
  down: { impact: 'major_outage', severity: 'critical', priority: 'P1' },
  disrupted: { impact: 'partial_outage', severity: 'major', priority: 'P2' },
  notice: { impact: 'degraded_performance', severity: 'minor', priority: 'P3' },
};
const STATUS: Record<string, IncidentUpdateStatus> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  update: 'identified',
  updated: 'identified',
};

/** One cState issue file as read: its name and text. */
export interface CstateFile {
  name: string;
  text: string;
}

/**
 * A cState time (`2018-05-25 04:13:00`, no zone, or with one) as an ISO instant, read in `timeZone` when it has no
 * zone of its own. YAML may have parsed it to a Date already (then it was read as UTC).
 */
export function cstateTime(value: unknown, timeZone: string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  // A one-digit hour ("2023-12-04T8:00:00-00:00", written by hand in real cState sites) is read as Hugo reads it: Go's
  // time layout "15" takes one or two digits (https://pkg.go.dev/time#pkg-constants).
  const text = value.trim().replace(' ', 'T').replace(/T(\d)(?=:)/, 'T0$1');
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const at = DateTime.fromISO(text, zoned ? { setZone: true } : { zone: timeZone });
  return at.isValid ? at.toUTC().toISO()! : undefined;
}

const UPDATE_START = /^\*([^*\n]+)\*[ \t]*-[ \t]*/gm;
const TRACK = /\{\{<\s*track\s+"([^"]+)"\s*>\}\}/;

/**
 * The updates in a cState body, in the order written (newest first): each `*Status* - text`, up to the next one, with
 * the time of its `{{< track "…" >}}` when it has one. `rest` is the body without them (a post-mortem, a note).
 */
export function cstateUpdates(body: string): { updates: Array<{ status: string; text: string; when?: string }>; rest: string } {
  const starts = [...body.matchAll(UPDATE_START)];
  const updates = starts.map((m, i) => {
    const end = starts[i + 1]?.index ?? body.length;
    const block = body.slice(m.index + m[0].length, end);
    const track = TRACK.exec(block);
    const text = block.replace(TRACK, '').replace(/\s+/g, ' ').trim();
    return { status: m[1]!.trim(), text, ...(track ? { when: track[1]! } : {}) };
  });
  const rest = (starts.length ? body.slice(0, starts[0]!.index) : body).trim();
  return { updates, rest };
}

/** Drafts for every issue file, or why each was skipped. */
export function cstateDrafts(files: readonly CstateFile[], target: ImportTarget, resolver: ComponentResolver, sourceZone: string, zoneGiven: boolean): { drafts: Draft[]; skipped: Skipped[] } {
  const drafts: Draft[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    const result = issueDraft(file, target, resolver, sourceZone, zoneGiven);
    if ('reason' in result) skipped.push(result);
    else drafts.push(result);
  }
  return { drafts, skipped };
}

function issueDraft(file: CstateFile, target: ImportTarget, resolver: ComponentResolver, zone: string, zoneGiven: boolean): Draft | Skipped {
  const externalId = `cstate:${file.name.replace(/\.md$/, '')}`;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text);
  if (!match) return { externalId, title: file.name, reason: 'no front matter between --- lines' };
  let fm: Record<string, unknown>;
  try {
    fm = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return { externalId, title: file.name, reason: `front matter could not be parsed: ${(error as Error).message.split('\n')[0]}` };
  }
  const title = typeof fm.title === 'string' && fm.title.trim() ? fm.title.trim() : file.name;
  const notes: string[] = [];
  if (fm.informational === true) return { externalId, title, reason: 'informational: a notice, not an incident' };
  const date = cstateTime(fm.date, zone);
  if (!date) return { externalId, title, reason: `date ${JSON.stringify(fm.date)} is not a date and time` };
  if (typeof fm.date === 'string' && /[T ]\d:/.test(fm.date.trim())) notes.push(`date "${fm.date}" has a one-digit hour; read as ${date} (as Hugo reads it)`);
  if (typeof fm.date === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/.test(fm.date.trim())) {
    notes.push(`times have no zone in cState; read in ${zone}${zoneGiven ? ' (--source-time-zone)' : ', the default: give --source-time-zone if the site used another'}`);
  }
  const named = /^(\d{4}-\d{2}-\d{2})/.exec(file.name)?.[1];
  const local = DateTime.fromISO(date).setZone(zone).toISODate();
  if (named && named !== local) notes.push(`the file name's date (${named}) disagrees with date (${local}); the file is named by date`);

  const severityName = typeof fm.severity === 'string' ? fm.severity : 'disrupted';
  const mapped = SEVERITY[severityName] ?? SEVERITY.disrupted!;
  if (!SEVERITY[severityName]) notes.push(`severity "${severityName}" is not cState's (down, disrupted, notice); read as disrupted`);
  notes.push(`priority ${mapped.priority} from severity "${severityName}": cState has no priorities; check it against the client's P1–P4`);

  const affected = Array.isArray(fm.affected) ? fm.affected.map(String) : typeof fm.affected === 'string' ? fm.affected.split(',').map((s) => s.trim()) : [];
  const components: Array<{ id: string; impact: IncidentImpact }> = [];
  for (const name of affected.filter(Boolean)) {
    const { id, how } = resolver.resolve({ name });
    if (id === null) notes.push(`component "${name}" left out, as the mapping file says`);
    else if (!components.some((c) => c.id === id)) {
      components.push({ id, impact: mapped.impact });
      if (how === 'mapping') notes.push(`component "${name}" is mapped to "${id}"`);
    }
  }
  if (components.length > 0) notes.push(`every affected component has the severity's impact (${severityName} → ${mapped.impact}): cState does not say per component`);
  if (components.length === 0 && target.fallbackComponent) {
    components.push({ id: target.fallbackComponent, impact: mapped.impact });
    notes.push(`the issue names no affected component; it is filed under "${target.fallbackComponent}" (--component)`);
  }
  if (components.length === 0) return { externalId, title, reason: 'no affected component; give --component <id>' };

  const resolved = fm.resolved === true;
  const resolvedWhenRaw = cstateTime(fm.resolvedWhen, zone);
  if (!resolved) notes.push('resolved: false in cState, so it is imported as an open incident; add resolvedAt (and restoredAt) if it is over');
  const parsed = cstateUpdates(match[2] ?? '');
  const updates: Array<{ at: string; status: IncidentUpdateStatus; text: string }> = [];
  let untimed = 0;
  parsed.updates.forEach((u, i) => {
    let at = u.when ? cstateTime(u.when, zone) : undefined;
    if (u.when && !at) notes.push(`an update's time "${u.when}" is not a date and time; it is dated as an update without a time`);
    if (!at) {
      untimed++;
      // Written newest first: the oldest stands at the issue's date, later ones at resolvedWhen when resolved.
      const isOldest = i === parsed.updates.length - 1;
      at = !isOldest && resolved && resolvedWhenRaw && Date.parse(resolvedWhenRaw) >= Date.parse(date) ? resolvedWhenRaw : date;
    }
    const key = u.status.toLowerCase();
    const status = STATUS[key] ?? 'identified';
    if (!STATUS[key]) notes.push(`an update's status "${u.status}" is not one of Upkeep's; read as identified`);
    if (!u.text) notes.push(`the "${u.status}" update has no text`);
    updates.push({ at, status, text: htmlToText(u.text) });
  });
  if (untimed) notes.push(`${untimed} update(s) have no {{< track >}} time; the oldest is dated at date, later ones at resolvedWhen (or date)`);
  const rest = parsed.rest.replace(/^-{3,}\s*$/gm, '').trim();
  if (rest) notes.push('text outside the update lines (such as a post-mortem) is kept in the body');

  const resolvedWhen = resolved ? resolvedWhenRaw : undefined;
  if (resolved && !resolvedWhen) notes.push('resolved without a resolvedWhen; resolvedAt is the last update');
  const summary = `Imported from cState (${file.name}).`;
  return incidentDraft(
    {
      externalId,
      title,
      severity: mapped.severity,
      priority: mapped.priority,
      components,
      createdAt: date,
      ...(resolvedWhen ? { resolvedAt: resolvedWhen } : resolved && updates.length ? { resolvedAt: updates[0]!.at } : {}),
      updates,
      body: `## Summary\n\n${summary} Write the impact, timeline, root cause and lessons here.\n${rest ? `\n${mdxSafe(rest)}\n` : ''}`,
      notes,
      names: { created: 'date', started: 'date', resolved: 'resolvedWhen' },
    },
    target.timeZone,
  );
}
