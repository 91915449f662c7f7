import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { clientSchema } from '../schemas/client.ts';
import { checkAll, formatProblems, type Problem } from '../validate/check-content.ts';
import { parseEntry, readContent, type RawContent } from '../validate/read-content.ts';
import { cstateDrafts } from './cstate.ts';
import { ComponentResolver, type Draft, type ImportTarget, type Skipped } from './draft.ts';
import { statuspageDrafts, statuspageRecords } from './statuspage.ts';
import { freeFileName, mdxFile, shown, writeNew } from './write.ts';

/** The exports `npm run import` reads. */
export const IMPORT_KINDS = ['statuspage', 'cstate'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  kind: ImportKind;
  /** A file or a folder of the export. */
  path: string;
  clientId: string;
  /** The content folder (content/, or UPKEEP_CONTENT). */
  root: string;
  /** Report what would be written, write nothing. */
  dryRun?: boolean;
  /** A YAML mapping file: `components: { <source code or name>: <component id> | null }`. */
  mapFile?: string;
  /** The component for records that name none. */
  component?: string;
  /** cState only: the zone its times (written without one) are in; default the client's. */
  sourceTimeZone?: string;
  cwd?: string;
}

export interface ImportReport {
  /** Files written (or, in a dry run, that would be), each with its draft. */
  written: Array<{ file: string; draft: Draft }>;
  skipped: Skipped[];
  /** Components the files name that client.yaml does not have: the lines to add under `components:`. */
  missingComponents: string;
  /** What `npm run check` says about the new files, as they are (empty when they pass). */
  problems: Problem[];
  dryRun: boolean;
}

/** Thrown for what stops an import before it reads anything: a missing client, an unreadable path or mapping file. */
export class ImportError extends Error {}

function readMapping(file: string | undefined): Map<string, string | null> {
  if (!file) return new Map();
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`mapping file ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const map = (data as { components?: unknown } | null)?.components ?? data;
  if (!map || typeof map !== 'object' || Array.isArray(map)) {
    throw new ImportError(`mapping file ${file}: expected "components:" with one "<source code or name>: <component id>" per line (null to leave one out)`);
  }
  return new Map(Object.entries(map as Record<string, unknown>).map(([k, v]) => [k, v === null ? null : String(v)]));
}

function sourceFiles(path: string, suffix: string): string[] {
  if (!existsSync(path)) throw new ImportError(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(path, f));
}

/** Reads the export, makes drafts, writes the files that are new (unless a dry run) and checks them as `npm run check` does. */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const cwd = options.cwd ?? process.cwd();
  const content = readContent(options.root, cwd, { history: false });
  const files = content.clients.get(options.clientId);
  if (!files?.client) throw new ImportError(`client "${options.clientId}" has no content/clients/${options.clientId}/client.yaml; expected one of: ${[...content.clients.keys()].join(', ')}`);
  const client = clientSchema.safeParse(files.client.data);
  if (!client.success) throw new ImportError(`${files.client.file} is not valid; run npm run check and fix it first`);
  if (options.component && !client.data.components.some((c) => c.id === options.component)) {
    throw new ImportError(`--component "${options.component}" is not a component of ${options.clientId}; expected one of: ${client.data.components.map((c) => c.id).join(', ')}`);
  }
  const target: ImportTarget = {
    clientId: options.clientId,
    timeZone: client.data.timeZone,
    components: client.data.components,
    mapping: readMapping(options.mapFile),
    ...(options.component ? { fallbackComponent: options.component } : {}),
  };
  const resolver = new ComponentResolver(target);

  let result: { drafts: Draft[]; skipped: Skipped[] };
  if (options.kind === 'statuspage') {
    const records = sourceFiles(options.path, '.json').flatMap((file) => {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new ImportError(`${file}: not JSON (${(error as Error).message})`);
      }
      try {
        return statuspageRecords(data, file);
      } catch (error) {
        throw new ImportError((error as Error).message);
      }
    });
    result = statuspageDrafts(records, target, resolver);
  } else {
    const issues = sourceFiles(options.path, '.md').map((file) => ({ name: basename(file), text: readFileSync(file, 'utf8') }));
    result = cstateDrafts(issues, target, resolver, options.sourceTimeZone ?? target.timeZone, Boolean(options.sourceTimeZone));
  }

  // Idempotent: a record already imported (its importedFrom in a file) is skipped, never written again.
  const imported = new Map<string, string>();
  for (const entry of [...files.incidents, ...files.maintenance]) {
    const from = (entry.data as { importedFrom?: unknown } | undefined)?.importedFrom;
    if (typeof from === 'string') imported.set(from, entry.file);
  }
  const skipped = [...result.skipped];
  const planned: Array<{ path: string; file: string; text: string; draft: Draft }> = [];
  const taken = new Set<string>();
  for (const draft of result.drafts) {
    const already = imported.get(draft.externalId) ?? planned.find((p) => p.draft.externalId === draft.externalId)?.file;
    if (already) {
      skipped.push({ externalId: draft.externalId, title: draft.title, reason: `already imported as ${already}` });
      continue;
    }
    const dir = join(options.root, 'clients', options.clientId, draft.kind === 'incident' ? 'incidents' : 'maintenance');
    const name = freeFileName(dir, draft.date, draft.title, taken);
    taken.add(name);
    const path = join(dir, name);
    planned.push({ path, file: shown(path, cwd), text: mdxFile(draft.data, draft.body), draft });
  }

  // Check the new files with the rest of the content, as `npm run check` would once they are written.
  const withNew: RawContent = { ...content, clients: new Map(content.clients) };
  const mine = { ...files, incidents: [...files.incidents], maintenance: [...files.maintenance] };
  for (const p of planned) (p.draft.kind === 'incident' ? mine.incidents : mine.maintenance).push(parseEntry(p.file, p.text, 'frontmatter'));
  withNew.clients.set(options.clientId, mine);
  const newFiles = new Set(planned.map((p) => p.file));
  const problems = (await checkAll(withNew)).filter((p) => newFiles.has(p.file));

  if (!options.dryRun) for (const p of planned) writeNew(p.path, p.text);
  return {
    written: planned.map((p) => ({ file: p.file, draft: p.draft })),
    skipped,
    missingComponents: resolver.linesToAdd(),
    problems,
    dryRun: Boolean(options.dryRun),
  };
}

/** The report for a terminal: every file with what lost precision, skips with reasons, components to add, problems. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const verb = report.dryRun ? 'Would write' : 'Wrote';
  for (const { file, draft } of report.written) {
    lines.push(`${verb} ${file}  (${draft.externalId})`);
    for (const note of draft.notes) lines.push(`    - ${note}`);
  }
  for (const s of report.skipped) lines.push(`Skipped ${s.externalId} "${s.title}": ${s.reason}`);
  if (report.missingComponents) {
    lines.push('', 'Components not yet in client.yaml; add these lines under "components:" (and set group, monitor as needed):', report.missingComponents);
  }
  if (report.problems.length) {
    lines.push('', `These files will not pass npm run check until this is fixed:`, formatProblems(report.problems));
  }
  const files = new Set(report.problems.map((p) => p.file)).size;
  lines.push('', `Imported ${report.written.length}${report.dryRun ? ' (dry run: nothing written)' : ''}, skipped ${report.skipped.length}, problems ${report.problems.length}${files ? ` in ${files} file(s)` : ''}.`);
  return lines.join('\n');
}
