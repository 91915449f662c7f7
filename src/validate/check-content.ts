import type { z } from 'astro/zod';
import { agencySchema } from '../schemas/agency.ts';
import { clientSchema, type Client } from '../schemas/client.ts';
import { slug } from '../schemas/common.ts';
import { migrateHistory } from '../history/migrate.ts';
import { incidentSchema, type IncidentData } from '../schemas/incident.ts';
import { maintenanceSchema } from '../schemas/maintenance.ts';
import { clientStandardsSchema, standardSchema } from '../schemas/standard.ts';
import { parseCheckDay } from '../history/serialize.ts';
import type { RawContent, RawEntry } from './read-content.ts';
import { issueField, issueMessage } from '../lib/format/zod-issues.ts';
import { checkHistory, type CheckDay } from './check-history.ts';
import { checkMdxBody } from './mdx.ts';
import { findHandTypedFigures } from './standards-figures.ts';
import { unzonedTimes } from '../lib/incidents/zoned-times.ts';
import { knownKeysAt, unknownKeyMessage } from './unknown-keys.ts';

/** One thing wrong with the content: which file, which field, what was expected. */
export interface Problem {
  file: string;
  /** Dotted path to the field, such as `updates.2.at`; empty for the file as a whole. */
  field: string;
  /** The line in the file where the field is written (or the problem is), where it can be told. */
  line?: number;
  message: string;
}

/** What the checks compare with. */
export interface CheckOptions {
  /**
   * "Now" for history (nothing observed after it): the pinned or real now (validationNow). Default: the demo's asOf
   * for demo content, else the real time.
   */
  now?: Date;
}

/**
 * Validates all content at once and returns every problem, not just the first: schema errors, references to
 * clients or components that do not exist, and impossible timelines. The build fails if this returns any.
 */
export function checkContent(content: RawContent, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const parse = <S extends z.ZodType>(entry: RawEntry, schema: S): z.output<S> | undefined => {
    if (entry.parseError) {
      problems.push({ file: entry.file, field: '', message: entry.parseError });
      return undefined;
    }
    for (const p of entry.parseProblems ?? []) problems.push({ file: entry.file, ...p });
    // Broken YAML has no data; duplicate keys still do (the last value wins), so the schema still runs on it.
    if (entry.data === undefined) return undefined;
    const result = schema.safeParse(entry.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown key, on its own line, with the nearest known key as a hint.
        const known = knownKeysAt(schema, issue.path, entry.data) ?? [];
        const here = issueField(issue);
        const missing = result.error.issues
          .filter((i) => i.path.length === issue.path.length + 1 && issueField({ path: i.path.slice(0, -1) }) === here)
          .filter((i) => valueAt(entry.data, i.path) === undefined)
          .map((i) => String(i.path.at(-1)));
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push(withLine(entry, path, { file: entry.file, field: path.map(String).join('.'), message: unknownKeyMessage(key, known, missing) }));
        }
        continue;
      }
      // Zod's message plus what was actually found, so staff see both sides.
      problems.push(withLine(entry, issue.path, { file: entry.file, field: issueField(issue), message: issueMessage(issue, entry.data) }));
    }
    return undefined;
  };
  const lined = (entry: RawEntry, list: Problem[]) => list.map((p) => (p.line === undefined && p.field ? withLine(entry, p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), p) : p));

  const agency = content.agency ? parse(content.agency, agencySchema) : undefined;
  if (!content.agency) problems.push({ file: 'content/agency.yaml', field: '', message: 'is missing' });
  for (const entry of content.standards) {
    parse(entry, standardSchema);
    // One source for targets, hours and contacts: the standards render them from agency.yaml (issue 10 §3).
    if (!agency || !entry.body) continue;
    for (const f of findHandTypedFigures(entry.body.text, agency)) {
      problems.push({ file: entry.file, field: 'body', line: f.line + entry.body.line - 1, message: `expected no figure of content/agency.yaml typed by hand: "${f.text.slice(0, 80)}"; use ${f.use}` });
    }
  }

  const componentsByClient = new Map<string, Set<string>>();
  for (const [clientId, files] of content.clients) {
    const where = files.client?.file ?? `content/clients/${clientId}/client.yaml`;
    if (!slug.safeParse(clientId).success) {
      problems.push({ file: where, field: '', message: `client folder "${clientId}" must be a lower-case slug` });
    }
    if (!files.client) {
      problems.push({ file: where, field: '', message: 'is missing: every client folder needs a client.yaml' });
      continue;
    }
    if (files.standards) parse(files.standards, clientStandardsSchema);
    const client = parse(files.client, clientSchema);
    if (!client) {
      // Without a valid client.yaml, references to its components cannot be checked; schemas still are.
      for (const entry of [...files.incidents, ...files.maintenance]) checkFileName(entry.file, problems);
      files.incidents.forEach((e) => parse(e, incidentSchema));
      files.maintenance.forEach((e) => parse(e, maintenanceSchema));
      continue;
    }
    const clientProblems: Problem[] = [];
    const ids = checkClientComponents(client, files.client.file, clientProblems);
    problems.push(...lined(files.client, clientProblems));
    componentsByClient.set(clientId, ids);

    for (const entry of files.incidents) {
      checkFileName(entry.file, problems);
      // Timeline and reference checks run on every field that is valid on its own, so one bad field does not
      // hide the other problems of the file.
      const incident = parse(entry, incidentSchema) ?? validFields(incidentSchema, entry.data);
      const found: Problem[] = [];
      (incident.components ?? []).forEach((c, i) => {
        if (!ids.has(c.id)) found.push(unknownComponent(entry.file, `components.${i}.id`, c.id, clientId, ids));
      });
      checkIncidentTimeline(incident, entry.file, found);
      problems.push(...lined(entry, found));
    }
    for (const entry of files.maintenance) {
      checkFileName(entry.file, problems);
      const window = parse(entry, maintenanceSchema);
      if (!window) continue;
      const found: Problem[] = [];
      window.components.forEach((id, i) => {
        if (!ids.has(id)) found.push(unknownComponent(entry.file, `components.${i}`, id, clientId, ids));
      });
      if (Date.parse(window.end) <= Date.parse(window.start)) {
        found.push({ file: entry.file, field: 'end', message: `expected end (${window.end}) after start (${window.start})` });
      }
      problems.push(...lined(entry, found));
    }
  }

  const now = options.now ?? defaultNow(content);
  for (const entry of content.history) {
    const ids = componentsByClient.get(entry.clientId);
    if (!content.clients.has(entry.clientId)) {
      problems.push({ file: entry.file, field: '', message: `history for client "${entry.clientId}", which has no content/clients/${entry.clientId}/client.yaml` });
    } else if (ids && !ids.has(entry.componentId)) {
      problems.push(unknownComponent(entry.file, '', entry.componentId, entry.clientId, ids));
    }
    // Older formats are migrated on read, as the pull does (docs/history-format.md); then what the schema cannot say
    // (order, overlaps, the clock, lastCheckAt) is checked on the result.
    let history;
    try {
      history = migrateHistory(entry.data, entry.file).history;
    } catch (error) {
      problems.push({ file: entry.file, field: '', message: (error as Error).message.replace(`${entry.file}: `, '') });
      continue;
    }
    const days: CheckDay[] = [];
    for (const day of entry.checkDays ?? []) {
      try {
        days.push({ file: day.file, date: day.date, checks: parseCheckDay(day.text, day.file) });
      } catch (error) {
        problems.push({ file: day.file, field: '', message: (error as Error).message.replace(`${day.file}: `, '') });
      }
    }
    for (const p of checkHistory(history, { now, ...(days.length ? { days } : {}) })) {
      problems.push({ file: p.file ?? entry.file, field: p.field, message: p.message });
    }
  }
  return problems;
}

/**
 * Everything checkContent checks, plus each MDX body compiled as the build compiles it (syntax errors with their
 * line). `npm run check` and the build's validation integration both run this.
 */
export async function checkAll(content: RawContent, options: CheckOptions = {}): Promise<Problem[]> {
  const problems = checkContent(content, options);
  const mdx = [
    ...content.standards,
    ...[...content.clients.values()].flatMap((c) => [...(c.standards ? [c.standards] : []), ...c.incidents, ...c.maintenance]),
  ];
  const compiled = await Promise.all(mdx.map(async (entry) => (entry.body ? { entry, problem: await checkMdxBody(entry.body.text, entry.body.line) } : undefined)));
  for (const c of compiled) {
    if (c?.problem) problems.push({ file: c.entry.file, field: 'body', ...(c.problem.line ? { line: c.problem.line } : {}), message: c.problem.message });
  }
  return problems;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** The problem with the line of its field, when the file can tell it and the problem has none yet. */
function withLine(entry: RawEntry, path: readonly PropertyKey[], problem: Problem): Problem {
  if (problem.line !== undefined || !entry.lineOf) return problem;
  const line = entry.lineOf(path);
  return line === undefined ? problem : { ...problem, line };
}

/** "Now" for demo content is its asOf, so the demo validates the same whenever it is checked. */
function defaultNow(content: RawContent): Date {
  const asOf = (content.agency?.data as { demo?: { asOf?: unknown } } | undefined)?.demo?.asOf;
  const at = asOf instanceof Date ? asOf : typeof asOf === 'string' ? new Date(asOf) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

function checkClientComponents(client: Client, file: string, problems: Problem[]): Set<string> {
  const ids = new Set<string>();
  client.components.forEach((c, i) => {
    if (ids.has(c.id)) problems.push({ file, field: `components.${i}.id`, message: `duplicate component id "${c.id}"` });
    ids.add(c.id);
  });
  client.slaComponents.forEach((id, i) => {
    if (!ids.has(id)) problems.push({ file, field: `slaComponents.${i}`, message: `expected one of the client's component ids (${[...ids].join(', ')}), got "${id}"` });
  });
  return ids;
}

function unknownComponent(file: string, field: string, id: string, clientId: string, ids: Set<string>): Problem {
  return {
    file,
    field,
    message: `component "${id}" does not exist for client "${clientId}"; expected one of: ${[...ids].join(', ')}`,
  };
}

function checkFileName(file: string, problems: Problem[]) {
  const name = file.split(/[\\/]/).at(-1)!;
  if (!/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    problems.push({ file, field: '', message: 'expected a file name like YYYY-MM-DD-short-slug.mdx' });
  }
}

/** Times must run forwards: started ≤ reported ≤ responded ≤ restored ≤ resolved, and updates in order. */
function checkIncidentTimeline(incident: Partial<IncidentData>, file: string, problems: Problem[]) {
  const order = ['startedAt', 'reportedAt', 'respondedAt', 'restoredAt', 'resolvedAt'] as const;
  let previous: (typeof order)[number] | undefined;
  for (const field of order) {
    const value = incident[field];
    if (!value) continue;
    if (previous && Date.parse(value) < Date.parse(incident[previous]!)) {
      problems.push({ file, field, message: `expected ${field} (${value}) not before ${previous} (${incident[previous]})` });
    }
    previous = field;
  }
  if (incident.resolvedAt) {
    for (const field of ['respondedAt', 'restoredAt'] as const) {
      if (!incident[field]) problems.push({ file, field, message: `is required once the incident is resolved (resolvedAt is set)` });
    }
  }
  if (incident.restoredAt && !incident.respondedAt) {
    problems.push({ file, field: 'respondedAt', message: 'is required once service is restored (restoredAt is set)' });
  }
  const updates = incident.updates ?? [];
  updates.forEach((u, i) => {
    const before = updates[i - 1];
    if (before && Date.parse(u.at) < Date.parse(before.at)) {
      problems.push({ file, field: `updates.${i}.at`, message: `expected updates oldest first: ${u.at} is before the previous update (${before.at})` });
    }
  });
  // Updates are posted while the incident is open: not before it was reported, not after it was resolved (an import
  // that maps a 59-second restore onto 101 minutes of updates is caught here).
  updates.forEach((u, i) => {
    if (incident.reportedAt && Date.parse(u.at) < Date.parse(incident.reportedAt)) {
      problems.push({ file, field: `updates.${i}.at`, message: `expected no update before reportedAt (${incident.reportedAt}), got ${u.at}` });
    }
    if (incident.resolvedAt && Date.parse(u.at) > Date.parse(incident.resolvedAt)) {
      problems.push({ file, field: `updates.${i}.at`, message: `expected no update after resolvedAt (${incident.resolvedAt}), got ${u.at}` });
    }
  });
  // Every time shows its zone (issue 10 §5): a time of day in an update's text names it ("16:10 BST"), since readers
  // are in other zones and the page cannot tell which one the writer meant.
  updates.forEach((u, i) => {
    for (const t of unzonedTimes(u.text ?? '')) {
      problems.push({ file, field: `updates.${i}.text`, message: `expected the time "${t.time}" to name its time zone, such as "${t.time} GMT" or "${t.time} UTC"` });
    }
  });
  const last = updates.at(-1);
  if (incident.resolvedAt && last && last.status !== 'resolved') {
    problems.push({ file, field: `updates.${updates.length - 1}.status`, message: `expected the last update of a resolved incident to be "resolved", got "${last.status}"` });
  }
  if (!incident.resolvedAt && updates.some((u) => u.status === 'resolved')) {
    problems.push({ file, field: 'resolvedAt', message: 'is required: an update says "resolved"' });
  }
  (incident.components ?? []).forEach((c, i) => {
    if (c.from && c.to && Date.parse(c.to) <= Date.parse(c.from)) {
      problems.push({ file, field: `components.${i}.to`, message: `expected to (${c.to}) after from (${c.from})` });
    }
  });
}

/** The fields of `data` that are valid on their own, for checks that should still run when others are not. */
function validFields<S extends z.ZodObject>(schema: S, data: unknown): Partial<z.output<S>> {
  if (data === null || typeof data !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse((data as Record<string, unknown>)[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out as Partial<z.output<S>>;
}

/** Formats problems for a terminal: one line each, grouped by file. */
export function formatProblems(problems: Problem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const lines = [`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const p of list) {
      const where = [p.field, p.line === undefined ? '' : `(line ${p.line})`].filter(Boolean).join(' ');
      lines.push(`    - ${where ? `${where}: ` : ''}${p.message}`);
    }
  }
  return lines.join('\n');
}
