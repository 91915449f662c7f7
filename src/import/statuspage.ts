import { z } from 'astro/zod';
import { INCIDENT_IMPACTS, type IncidentImpact, type IncidentUpdateStatus, type Priority, type Severity } from '../vocabulary/status.ts';
import { ComponentResolver, localDate, worstImpact, type Draft, type ImportTarget, type Skipped } from './draft.ts';
import { hasHtml, htmlToMarkdown, htmlToText } from './html.ts';
import { incidentDraft } from './incident.ts';

/**
 * Atlassian Statuspage exports: the `incidents.json` list (`{ page, incidents: [...] }` or a bare array), a single
 * incident as `{ page, incident }`, and scheduled maintenances (`scheduled_maintenances`, or incidents with
 * `scheduled_for`). The shapes are read at the edge with zod, loosely: only the fields used are checked.
 */

const nullish = <T extends z.ZodType>(schema: T) => schema.nullish();
const affected = z.looseObject({ code: nullish(z.string()), name: nullish(z.string()), new_status: nullish(z.string()) });
const update = z.looseObject({
  id: nullish(z.string()),
  status: z.string(),
  body: nullish(z.string()),
  created_at: z.string(),
  display_at: nullish(z.string()),
  affected_components: nullish(z.array(affected)),
});
const incident = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  impact: nullish(z.string()),
  created_at: z.string(),
  started_at: nullish(z.string()),
  monitoring_at: nullish(z.string()),
  resolved_at: nullish(z.string()),
  scheduled_for: nullish(z.string()),
  scheduled_until: nullish(z.string()),
  shortlink: nullish(z.string()),
  postmortem_body: nullish(z.string()),
  incident_updates: z.array(update).default([]),
  components: nullish(z.array(z.looseObject({ id: nullish(z.string()), name: nullish(z.string()) }))),
});
export type StatuspageIncident = z.infer<typeof incident>;

/** Every incident and maintenance in one parsed export file, whatever its shape; throws naming what was expected. */
export function statuspageRecords(data: unknown, file: string): StatuspageIncident[] {
  const list: unknown[] = [];
  if (Array.isArray(data)) list.push(...data);
  else if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    if (o.incident) list.push(o.incident);
    if (Array.isArray(o.incidents)) list.push(...o.incidents);
    if (Array.isArray(o.scheduled_maintenances)) list.push(...o.scheduled_maintenances);
    if (!o.incident && !o.incidents && !o.scheduled_maintenances && 'incident_updates' in o) list.push(o);
  }
  if (list.length === 0) throw new Error(`${file}: expected a Statuspage export: { page, incident }, { incidents: [...] }, { scheduled_maintenances: [...] } or a list of incidents`);
  return list.map((item, i) => {
    const parsed = incident.safeParse(item);
    if (!parsed.success) throw new Error(`${file}: incident ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** Statuspage's incident impact → Upkeep's component impact, severity and a default priority. */
const IMPACT: Record<string, { impact: IncidentImpact; severity: Severity; priority: Priority }> = {
  critical: { impact: 'major_outage', severity: 'critical', priority: 'P1' },
  major: { impact: 'partial_outage', severity: 'major', priority: 'P2' },
  minor: { impact: 'degraded_performance', severity: 'minor', priority: 'P3' },
  none: { impact: 'degraded_performance', severity: 'minor', priority: 'P4' },
};
const UPDATE_STATUS: Record<string, IncidentUpdateStatus> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  postmortem: 'resolved',
};
const MAINTENANCE_STATUSES = new Set(['scheduled', 'in_progress', 'verifying', 'completed']);
// Old Statuspage exports list "No components were affected by this update." (a name, no code) where an update changed
// no component (real exports in test/fixtures/import/statuspage/): it is a placeholder, never a component.
const PLACEHOLDER = /^(|placeholder.*|(this is )?(a |an )?(sample|example|test) component|no components were affected by this update\.?)$/i;

const isMaintenance = (i: StatuspageIncident) => Boolean(i.scheduled_for) || MAINTENANCE_STATUSES.has(i.status);

/** Drafts for every record, or the reason each was skipped. */
export function statuspageDrafts(records: readonly StatuspageIncident[], target: ImportTarget, resolver: ComponentResolver): { drafts: Draft[]; skipped: Skipped[] } {
  const drafts: Draft[] = [];
  const skipped: Skipped[] = [];
  for (const record of records) {
    const result = isMaintenance(record) ? maintenanceDraft(record, target, resolver) : incidentFrom(record, target, resolver);
    if ('reason' in result) skipped.push(result);
    else drafts.push(result);
  }
  return { drafts, skipped };
}

/** The record's components with their impact, and notes; placeholders and mapped-out components dropped. */
function componentsOf(record: StatuspageIncident, fallback: IncidentImpact, fallbackName: string, target: ImportTarget, resolver: ComponentResolver, notes: string[]) {
  const seen = new Map<string, { name: string; statuses: IncidentImpact[] }>();
  const add = (code: string | null | undefined, name: string | null | undefined, status?: string | null) => {
    const label = (name ?? '').trim();
    if (PLACEHOLDER.test(label) && !code) {
      const note = `a placeholder component ("${label}") was left out`;
      if (!notes.includes(note)) notes.push(note);
      return;
    }
    if (PLACEHOLDER.test(label)) {
      if (!target.mapping.has(code!)) {
        notes.push(`a placeholder component (code ${code}, "${label}") was left out`);
        return;
      }
    }
    const { id, how } = resolver.resolve({ ...(code ? { code } : {}), name: label || code! });
    if (id === null) {
      notes.push(`component "${label || code}" left out, as the mapping file says`);
      return;
    }
    if (how === 'mapping' && label && id !== label) notes.push(`component "${label}"${code ? ` (${code})` : ''} is mapped to "${id}"`);
    const entry = seen.get(id) ?? { name: label || id, statuses: [] };
    if (status && (INCIDENT_IMPACTS as readonly string[]).includes(status)) entry.statuses.push(status as IncidentImpact);
    seen.set(id, entry);
  };
  for (const u of record.incident_updates) for (const a of u.affected_components ?? []) add(a.code, a.name, a.new_status);
  for (const c of record.components ?? []) add(c.id, c.name);
  const out: Array<{ id: string; impact: IncidentImpact }> = [];
  for (const [id, { name, statuses }] of seen) {
    const worst = worstImpact(statuses);
    if (!worst) notes.push(`"${name}" has no status worse than operational in the updates; its impact is the incident's (${fallbackName} → ${fallback})`);
    out.push({ id, impact: worst ?? fallback });
  }
  if (out.length === 0 && target.fallbackComponent) {
    notes.push(
      fallbackName === 'maintenance'
        ? `the maintenance names no component; it is filed under "${target.fallbackComponent}" (--component)`
        : `the incident names no component; it is filed under "${target.fallbackComponent}" (--component) with the incident's impact (${fallbackName} → ${fallback})`,
    );
    out.push({ id: target.fallbackComponent, impact: fallback });
  }
  return out;
}

function incidentFrom(record: StatuspageIncident, target: ImportTarget, resolver: ComponentResolver): Draft | Skipped {
  const externalId = `statuspage:${record.id}`;
  const notes: string[] = [];
  const impactName = record.impact ?? 'none';
  const mapped = IMPACT[impactName] ?? IMPACT.none!;
  if (!IMPACT[impactName]) notes.push(`impact "${impactName}" is not Statuspage's; read as none`);
  if (impactName === 'none') notes.push('impact "none": imported as a minor incident with degraded performance, which does not count as downtime');
  notes.push(`priority ${mapped.priority} from the impact (${impactName}): Statuspage has no priorities; check it against the client's P1–P4`);
  const components = componentsOf(record, mapped.impact, impactName, target, resolver, notes);
  if (components.length === 0) {
    return { externalId, title: record.name, reason: 'no component: the incident names none (or only placeholders); give --component <id> or a mapping file' };
  }

  let displayDiffers = 0;
  let htmlList = false;
  const updates = record.incident_updates.map((u) => {
    const at = u.display_at ?? u.created_at;
    if (u.display_at && u.display_at !== u.created_at) displayDiffers++;
    if (u.body && /<li\b/i.test(u.body)) htmlList = true;
    const status = UPDATE_STATUS[u.status] ?? 'investigating';
    if (!UPDATE_STATUS[u.status]) notes.push(`an update's status "${u.status}" is not one of Upkeep's; read as investigating`);
    if (u.status === 'postmortem') notes.push('a "postmortem" update is kept as a resolved update');
    return { at, status, text: htmlToText(u.body ?? '') };
  });
  if (displayDiffers) notes.push(`${displayDiffers} update(s) are dated by display_at (what the page showed), which differs from created_at`);
  if (htmlList) notes.push('an update holds a whole timeline as an HTML list; it is kept as Markdown text in that one update, not split');
  if (record.incident_updates.some((u) => u.body && hasHtml(u.body))) notes.push('HTML in update bodies was converted to Markdown');

  const link = record.shortlink ? ` (${record.shortlink})` : '';
  const body = record.postmortem_body
    ? `## Postmortem\n\n${htmlToMarkdown(record.postmortem_body)}\n`
    : `## Summary\n\nImported from Statuspage${link}. No postmortem was published there: write the summary, impact, timeline, root cause and lessons here.\n`;
  if (record.postmortem_body) notes.push('the postmortem body was converted from HTML to Markdown');

  const resolved = record.resolved_at ?? undefined;
  if (!resolved && (record.status === 'resolved' || record.status === 'postmortem')) notes.push('the incident is resolved but has no resolved_at');
  return incidentDraft(
    {
      externalId,
      title: record.name,
      severity: mapped.severity,
      priority: mapped.priority,
      components,
      createdAt: record.created_at,
      ...(record.started_at ? { startedAt: record.started_at } : {}),
      ...(record.monitoring_at ? { monitoringAt: record.monitoring_at } : {}),
      ...(resolved ? { resolvedAt: resolved } : {}),
      updates,
      body,
      notes,
      names: { created: 'created_at', started: 'started_at', resolved: 'resolved_at', monitoring: 'monitoring_at' },
    },
    target.timeZone,
  );
}

function maintenanceDraft(record: StatuspageIncident, target: ImportTarget, resolver: ComponentResolver): Draft | Skipped {
  const externalId = `statuspage:${record.id}`;
  const notes: string[] = [];
  if (!record.scheduled_for || !record.scheduled_until) {
    return { externalId, title: record.name, reason: 'a scheduled maintenance without scheduled_for and scheduled_until' };
  }
  if (Date.parse(record.scheduled_until) <= Date.parse(record.scheduled_for)) {
    return { externalId, title: record.name, reason: `scheduled_until (${record.scheduled_until}) is not after scheduled_for (${record.scheduled_for})` };
  }
  const components = componentsOf(record, 'degraded_performance', 'maintenance', target, resolver, notes).map((c) => c.id);
  if (components.length === 0) return { externalId, title: record.name, reason: 'no component: the maintenance names none; give --component <id>' };
  const updates = [...record.incident_updates].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  const first = updates[0]?.body ? htmlToText(updates[0].body) : '';
  const description = first || record.name;
  if (!first) notes.push('no update text; the description is the title');
  const list = updates
    .filter((u) => u.body)
    .map((u) => `- **${u.status.replace('_', ' ')}**, ${u.display_at ?? u.created_at}: ${htmlToMarkdown(u.body!).replace(/\n+/g, ' ')}`);
  const body = list.length ? `Updates posted on Statuspage:\n\n${list.join('\n')}\n` : '';
  const iso = (t: string) => new Date(Date.parse(t)).toISOString();
  return {
    kind: 'maintenance',
    externalId,
    title: record.name,
    date: localDate(iso(record.scheduled_for), target.timeZone),
    data: { title: record.name, components, start: iso(record.scheduled_for), end: iso(record.scheduled_until), description, importedFrom: externalId },
    body,
    notes,
  };
}
