// npm run new:maintenance -- --client <id> --title "…" --components a,b --start 2026-12-02T06:00 --end 2026-12-02T07:00
//   --description "What users will notice"
// Creates content/clients/<id>/maintenance/YYYY-MM-DD-<slug>.mdx. Times without an offset are in the client's zone.
// In a terminal it asks for what is missing, offering the client's components. It never overwrites a file.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/config/env.ts';
import { chooseClient, chooseComponents, checkWritten, input, need, timeIn, UsageError } from '../src/import/cli.ts';
import { localDate } from '../src/import/draft.ts';
import { maintenanceFileText } from '../src/import/scaffold.ts';
import { freeFileName, shown, writeNew } from '../src/import/write.ts';
import { readContent } from '../src/validate/read-content.ts';

try {
  const { values } = parseArgs({
    options: {
      client: { type: 'string' },
      title: { type: 'string' },
      components: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      description: { type: 'string' },
    },
  });
  const root = contentRoot();
  const content = readContent(root, process.cwd(), { history: false });
  const { id, client } = await chooseClient(content, values.client);
  const title = await need(values.title, '--title "…"', () => input({ message: 'Title', required: true }));
  const components = await chooseComponents(client, values.components);
  const zone = client.timeZone;
  const start = timeIn(await need(values.start, '--start <time>', () => input({ message: `Start (${zone}), such as 2026-12-02T06:00`, required: true })), zone, '--start');
  const end = timeIn(await need(values.end, '--end <time>', () => input({ message: `End (${zone})`, required: true })), zone, '--end');
  if (Date.parse(end) <= Date.parse(start)) throw new UsageError(`--end (${end}) must be after --start (${start})`);
  const description = await need(values.description, '--description "…"', () => input({ message: 'What users will notice (one or two sentences)', required: true }));
  const dir = join(root, 'clients', id, 'maintenance');
  const path = join(dir, freeFileName(dir, localDate(new Date(start).toISOString(), zone), title, new Set()));
  writeNew(path, maintenanceFileText({ title, components, start, end, description }));
  console.log(`Created ${shown(path)}`);
  const problems = await checkWritten(root, shown(path));
  if (problems) {
    console.error(problems);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\nusage: npm run new:maintenance -- --client <id> --title "…" --components a,b --start <time> --end <time> --description "…"`);
  process.exit(2);
}
