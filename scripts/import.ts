// npm run import -- <statuspage|cstate> <file or folder> --client <id> [--dry-run] [--map mapping.yaml]
//   [--component <id>] [--source-time-zone <zone>]
// Writes incident (and maintenance) MDX for one client from another status tool's export. Never overwrites; a record
// already imported (importedFrom) is skipped. Prints what each file lost in precision, the skips, the components to
// add to client.yaml and whether the new files pass npm run check. Exit 0 when they do, 1 when not, 2 on bad usage.
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/config/env.ts';
import { formatImportReport, IMPORT_KINDS, ImportError, runImport, type ImportKind } from '../src/import/run.ts';

const USAGE = 'usage: npm run import -- <statuspage|cstate> <file or folder> --client <id> [--dry-run] [--map mapping.yaml] [--component <id>] [--source-time-zone <zone>]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      client: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      map: { type: 'string' },
      component: { type: 'string' },
      'source-time-zone': { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [kind, path] = parsed.positionals;
const { values } = parsed;
if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind) || !path || !values.client) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const report = await runImport({
    kind: kind as ImportKind,
    path,
    clientId: values.client,
    root: contentRoot(),
    dryRun: values['dry-run'],
    ...(values.map ? { mapFile: values.map } : {}),
    ...(values.component ? { component: values.component } : {}),
    ...(values['source-time-zone'] ? { sourceTimeZone: values['source-time-zone'] } : {}),
  });
  console.log(formatImportReport(report));
  process.exit(report.problems.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exit(2);
}
