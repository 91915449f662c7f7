import { isMap, isSeq, parseDocument } from 'yaml';
import type { IncidentImpact, IncidentUpdateStatus, Priority, Severity } from '../vocabulary/status.ts';
import { splitFrontmatter } from '../validate/frontmatter.ts';
import { mdxFile } from './write.ts';

/**
 * The scaffolders' files: a postmortem that follows the agency's incident process (discover, restore, investigate,
 * monitor, report), a maintenance notice, and a new update appended to an open incident with the rest of the file
 * kept as it was (comments and formatting too: yaml's Document API).
 */

export interface NewIncident {
  title: string;
  components: Array<{ id: string; impact: IncidentImpact }>;
  severity: Severity;
  priority: Priority;
  /** When it was reported (ISO); the first update is posted then too unless `respondedAt` is given. */
  reportedAt: string;
  /** The first public update's text. */
  firstUpdate: string;
}

/** Severity that goes with a priority, when none is given. */
export const SEVERITY_OF: Record<Priority, Severity> = { P1: 'critical', P2: 'major', P3: 'minor', P4: 'minor' };

const POSTMORTEM = `## Summary

What happened, to whom, for how long, in two or three sentences. Write it for the client: no jargon.

## Impact

- **Component:** what users saw, and for how long (major outage, partial outage or degraded performance).

## Timeline

Times in the client's time zone, with the zone named. Follow the incident process:

- **Discover** When it started, and how we found out (monitor alert, client report). Reported.
- **Restore** First response; what was done to restore service, and when it was restored.
- **Investigate** When the cause was identified.
- **Monitor** How long we watched before closing.
- **Report** When the incident was closed and this postmortem published.

## Detection

How the problem was detected, how long that took, and what would have caught it sooner.

## Root cause

Why it happened: the cause, not only the trigger.

## Resolution

What fixed it, and what was changed afterwards.

## Action items

Listed in the frontmatter (\`actionItems\`: text, owner, due, done; add a \`theme\` to group them in the lessons log).

## Lessons

Listed in the frontmatter (\`lessons\`).
`;

/** The text of a new incident file: frontmatter with the first update, and the postmortem template. */
export function incidentFileText(incident: NewIncident): string {
  return mdxFile(
    {
      title: incident.title,
      summary: `${incident.title}. (One sentence for lists and feeds: replace this.)`,
      components: incident.components,
      severity: incident.severity,
      priority: incident.priority,
      reportedAt: incident.reportedAt,
      respondedAt: incident.reportedAt,
      updates: [{ at: incident.reportedAt, status: 'investigating', text: incident.firstUpdate }],
      actionItems: [],
      lessons: [],
    },
    POSTMORTEM,
  );
}

export interface NewMaintenance {
  title: string;
  components: string[];
  start: string;
  end: string;
  description: string;
}

/** The text of a new maintenance notice. */
export function maintenanceFileText(m: NewMaintenance): string {
  return mdxFile(
    { title: m.title, components: m.components, start: m.start, end: m.end, description: m.description },
    'Optional longer notice: what will be done, what users will notice, and who to contact.\n',
  );
}

/** Why an update cannot be appended (the incident is resolved, or has no updates list), or undefined. */
export class UpdateError extends Error {}

/**
 * Appends a timestamped update to an open incident's frontmatter, keeping everything else byte for byte where yaml
 * can (comments, key order, the body). A "resolved" update also sets resolvedAt (and restoredAt when it is missing).
 *
 * @example appendUpdate(text, { at: '2026-11-22T12:30:00Z', status: 'monitoring', text: 'A fix is in place.' })
 */
export function appendUpdate(fileText: string, update: { at: string; status: IncidentUpdateStatus; text: string }): string {
  const split = splitFrontmatter(fileText);
  if (split.yaml === undefined) throw new UpdateError('expected YAML frontmatter between --- lines at the top');
  const doc = parseDocument(split.yaml);
  if (doc.errors.length) throw new UpdateError(`the frontmatter could not be parsed: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new UpdateError('expected the frontmatter to be a mapping');
  if (doc.has('resolvedAt')) throw new UpdateError(`the incident is resolved (resolvedAt ${String(doc.get('resolvedAt'))}): updates go to open incidents only`);
  const updates = doc.get('updates');
  if (!isSeq(updates)) throw new UpdateError('expected an "updates" list in the frontmatter');
  updates.add(doc.createNode({ at: update.at, status: update.status, text: update.text }));
  if (update.status === 'resolved') {
    if (!doc.has('restoredAt')) doc.set('restoredAt', update.at);
    doc.set('resolvedAt', update.at);
  }
  // yaml may respace a flow collection (`[{ a }]` → `[ { a } ]`); keys, values, comments and order stay.
  const yaml = doc.toString({ lineWidth: 0 });
  const newline = fileText.includes('\r\n') ? '\r\n' : '\n';
  return `---${newline}${yaml.replace(/\n/g, newline)}---${newline}${split.body}`;
}
