// npm run new:update -- <incident> --status identified --text "…" [--at 2026-10-03T14:40]
// Appends a timestamped update to an open incident (a file path, or <client>/<file slug>), keeping the rest of the
// file as it was. --status resolved also sets resolvedAt (and restoredAt if missing). --at defaults to now.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/config/env.ts';
import { checkWritten, chooseClient, input, need, nowIn, select, timeIn, UsageError } from '../src/import/cli.ts';
import { appendUpdate, UpdateError } from '../src/import/scaffold.ts';
import { shown } from '../src/import/write.ts';
import { readContent } from '../src/validate/read-content.ts';
import { INCIDENT_UPDATE_STATUSES, type IncidentUpdateStatus } from '../src/vocabulary/status.ts';

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { status: { type: 'string' }, text: { type: 'string' }, at: { type: 'string' } } });
  const root = contentRoot();
  const ref = await need(positionals[0], '<incident> (a file, or <client>/<file slug>)', () => input({ message: 'Incident file', required: true }));
  const path = existsSync(ref) ? ref : join(root, 'clients', ref.split('/')[0]!, 'incidents', `${ref.split('/').slice(1).join('/').replace(/\.mdx$/, '')}.mdx`);
  if (!existsSync(path)) throw new UsageError(`no incident file "${ref}"`);
  const clientId = /clients\/([^/]+)\/incidents\//.exec(path.split('\\').join('/'))?.[1];
  const { client } = await chooseClient(readContent(root, process.cwd(), { history: false }), clientId);
  const status = (await need(values.status, `--status ${INCIDENT_UPDATE_STATUSES.join('|')}`, () =>
    select({ message: 'Status', choices: INCIDENT_UPDATE_STATUSES.map((s) => ({ value: s })) }),
  )) as IncidentUpdateStatus;
  if (!INCIDENT_UPDATE_STATUSES.includes(status)) throw new UsageError(`--status: expected one of ${INCIDENT_UPDATE_STATUSES.join(', ')}, got "${status}"`);
  const text = await need(values.text, '--text "…"', () => input({ message: 'Update (public)', required: true }));
  const at = values.at ? timeIn(values.at, client.timeZone, '--at') : nowIn(client.timeZone);
  writeFileSync(path, appendUpdate(readFileSync(path, 'utf8'), { at, status, text }));
  console.log(`Added a "${status}" update at ${at} to ${shown(path)}`);
  const problems = await checkWritten(root, shown(path));
  if (problems) {
    console.error(problems);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof UpdateError)) throw error;
  console.error(`${error.message}\nusage: npm run new:update -- <incident> --status <status> --text "…" [--at <time>]`);
  process.exit(2);
}
