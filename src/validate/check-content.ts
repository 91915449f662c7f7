import type { z } from 'astro/zod';
import { agencySchema } from '../schemas/agency.ts';
import { clientSchema, type Client } from '../schemas/client.ts';
import { slug } from '../schemas/common.ts';
import { migrateHistory } from '../history/migrate.ts';
import { incidentSchema, type IncidentData } from '../schemas/incident.ts';
import { maintenanceSchema } from '../schemas/maintenance.ts';
import { standardSchema } from '../schemas/standard.ts';
import type { RawContent, RawEntry } from './read-content.ts';
import { issueField, issueMessage } from '../lib/format/zod-issues.ts';

/** One thing wrong with the content: which file, which field, what was expected. */
export interface Problem {
  file: string;
  /** Dotted path to the field, such as `updates.2.at`; empty for the file as a whole. */
  field: string;
  message: string;
}

/**
 * Validates all content at once and returns every problem, not just the first: schema errors, references to
 * clients or components that do not exist, and impossible timelines. The build fails if this returns any.
 */
export function checkContent(content: RawContent): Problem[] {
  const problems: Problem[] = [];
  const parse = <S extends z.ZodType>(entry: RawEntry, schema: S): z.output<S> | undefined => {
    if (entry.parseError) {
      problems.push({ file: entry.file, field: '', message: entry.parseError });
      return undefined;
    }
    const result = schema.safeParse(entry.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // Zod's message plus what was actually found, so staff see both sides.
      problems.push({ file: entry.file, field: issueField(issue), message: issueMessage(issue, entry.data) });
    }
    return undefined;
  };

  if (!content.agency) problems.push({ file: 'content/agency.yaml', field: '', message: 'is missing' });
  else parse(content.agency, agencySchema);
  for (const entry of content.standards) parse(entry, standardSchema);

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
    const client = parse(files.client, clientSchema);
    if (!client) {
      // Without a valid client.yaml, references to its components cannot be checked; schemas still are.
      for (const entry of [...files.incidents, ...files.maintenance]) checkFileName(entry.file, problems);
      files.incidents.forEach((e) => parse(e, incidentSchema));
      files.maintenance.forEach((e) => parse(e, maintenanceSchema));
      continue;
    }
    const ids = checkClientComponents(client, files.client.file, problems);
    componentsByClient.set(clientId, ids);

    for (const entry of files.incidents) {
      checkFileName(entry.file, problems);
      // Timeline and reference checks run on every field that is valid on its own, so one bad field does not
      // hide the other problems of the file.
      const incident = parse(entry, incidentSchema) ?? validFields(incidentSchema, entry.data);
      (incident.components ?? []).forEach((c, i) => {
        if (!ids.has(c.id)) problems.push(unknownComponent(entry.file, `components.${i}.id`, c.id, clientId, ids));
      });
      checkIncidentTimeline(incident, entry.file, problems);
    }
    for (const entry of files.maintenance) {
      checkFileName(entry.file, problems);
      const window = parse(entry, maintenanceSchema);
      if (!window) continue;
      window.components.forEach((id, i) => {
        if (!ids.has(id)) problems.push(unknownComponent(entry.file, `components.${i}`, id, clientId, ids));
      });
      if (Date.parse(window.end) <= Date.parse(window.start)) {
        problems.push({ file: entry.file, field: 'end', message: `expected end (${window.end}) after start (${window.start})` });
      }
    }
  }

  for (const entry of content.history) {
    const ids = componentsByClient.get(entry.clientId);
    if (!content.clients.has(entry.clientId)) {
      problems.push({ file: entry.file, field: '', message: `history for client "${entry.clientId}", which has no content/clients/${entry.clientId}/client.yaml` });
    } else if (ids && !ids.has(entry.componentId)) {
      problems.push(unknownComponent(entry.file, '', entry.componentId, entry.clientId, ids));
    }
    // Older formats are migrated on read, as the pull does (docs/history-format.md).
    try {
      migrateHistory(entry.data, entry.file);
    } catch (error) {
      problems.push({ file: entry.file, field: '', message: (error as Error).message.replace(`${entry.file}: `, '') });
    }
  }
  return problems;
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
    for (const p of list) lines.push(`    - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}
