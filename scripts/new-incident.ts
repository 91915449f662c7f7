// npm run new:incident -- --client <id> --title "…" [--priority P1] [--components a,b|a:major_outage,b]
//   [--severity critical] [--reported 2026-10-03T14:05] [--text "First public update"]
// Creates content/clients/<id>/incidents/YYYY-MM-DD-<slug>.mdx from the postmortem template. In a terminal it asks for
// what is missing, offering the client's own components and priorities. It never overwrites a file.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/config/env.ts';
import { chooseClient, chooseComponents, checkWritten, input, need, nowIn, select, timeIn, UsageError } from '../src/import/cli.ts';
import { localDate } from '../src/import/draft.ts';
import { incidentFileText, SEVERITY_OF } from '../src/import/scaffold.ts';
import { freeFileName, shown, writeNew } from '../src/import/write.ts';
import { readContent } from '../src/validate/read-content.ts';
import { INCIDENT_IMPACTS, PRIORITIES, SEVERITIES, type IncidentImpact, type Priority, type Severity } from '../src/vocabulary/status.ts';

const IMPACT_OF: Record<Priority, IncidentImpact> = { P1: 'major_outage', P2: 'partial_outage', P3: 'degraded_performance', P4: 'degraded_performance' };

try {
  const { values } = parseArgs({
    options: {
      client: { type: 'string' },
      title: { type: 'string' },
      priority: { type: 'string' },
      components: { type: 'string' },
      severity: { type: 'string' },
      reported: { type: 'string' },
      text: { type: 'string' },
    },
  });
  const root = contentRoot();
  const content = readContent(root, process.cwd(), { history: false });
  const { id, client, priorities } = await chooseClient(content, values.client);
  const title = await need(values.title, '--title "…"', () => input({ message: 'Title (short, public)', required: true }));
  const priority = (await need(values.priority, '--priority P1|P2|P3|P4', () =>
    select({ message: 'Priority', choices: PRIORITIES.map((p) => ({ value: p, name: `${p} ${priorities[p]?.name ?? ''}`.trim() })) }),
  )) as Priority;
  if (!PRIORITIES.includes(priority)) throw new UsageError(`--priority: expected one of ${PRIORITIES.join(', ')}, got "${priority}"`);
  const severity = (values.severity ?? SEVERITY_OF[priority]) as Severity;
  if (!SEVERITIES.includes(severity)) throw new UsageError(`--severity: expected one of ${SEVERITIES.join(', ')}, got "${severity}"`);
  const components = (await chooseComponents(client, values.components)).map((c) => {
    const [cid, impact = IMPACT_OF[priority]] = c.split(':') as [string, string?];
    if (!(INCIDENT_IMPACTS as readonly string[]).includes(impact)) throw new UsageError(`--components: impact "${impact}" is not one of ${INCIDENT_IMPACTS.join(', ')}`);
    return { id: cid, impact: impact as IncidentImpact };
  });
  const reportedAt = values.reported ? timeIn(values.reported, client.timeZone, '--reported') : nowIn(client.timeZone);
  const firstUpdate = values.text ?? (interactiveText() ? await input({ message: 'First public update', default: 'We are investigating.' }) : 'We are investigating.');
  const dir = join(root, 'clients', id, 'incidents');
  const path = join(dir, freeFileName(dir, localDate(new Date(reportedAt).toISOString(), client.timeZone), title, new Set()));
  writeNew(path, incidentFileText({ title, components, severity, priority, reportedAt, firstUpdate }));
  console.log(`Created ${shown(path)}\nEdit the summary and the postmortem, add updates with npm run new:update -- ${shown(path)}, then commit it.`);
  const problems = await checkWritten(root, shown(path));
  if (problems) {
    console.error(problems);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\nusage: npm run new:incident -- --client <id> --title "…" [--priority P1] [--components a,b]`);
  process.exit(2);
}

function interactiveText() {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}
