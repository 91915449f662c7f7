import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../config/env.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYamlSource, type ParseProblem } from './yaml-source.ts';

export type { ParseProblem };

/** One content file as read from disk, before validation. `data` is undefined when it could not be parsed. */
export interface RawEntry {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** Parsed YAML, frontmatter or JSON. */
  data: unknown;
  /** Why the file could not be parsed as a whole, if it could not (a missing frontmatter block, JSON that is not). */
  parseError?: string;
  /**
   * Problems found while parsing, each with its line and field where known: YAML syntax errors and duplicate keys.
   * A file with duplicate keys still has `data` (the last value wins, as YAML readers do), so its schema is checked too.
   */
  parseProblems?: ParseProblem[];
  /** The line of the field at `path` (or of the nearest enclosing field written in the file), for YAML and frontmatter. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** For MDX files: the body after the frontmatter, and the line of the file it starts on. */
  body?: { text: string; line: number };
}

/** One raw day file of a component's checks, as text (only `npm run check` reads these; the build never does). */
export interface CheckDayFile {
  file: string;
  /** The UTC day its name says, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** Everything staff and the pull have written under content/, keyed the way the site uses it. */
export interface RawContent {
  agency?: RawEntry;
  standards: RawEntry[];
  /** By client id (folder name). `standards` is the optional content/clients/<client>/standards.mdx. */
  clients: Map<string, { client?: RawEntry; standards?: RawEntry; incidents: RawEntry[]; maintenance: RawEntry[] }>;
  /** content/history/<client>/<component>.json, with the raw day files beside it (<component>/<YYYY-MM-DD>.jsonl). */
  history: Array<RawEntry & { clientId: string; componentId: string; checkDays?: CheckDayFile[] }>;
}

function readEntry(path: string, cwd: string, kind: 'yaml' | 'frontmatter' | 'json'): RawEntry {
  const file = relative(cwd, path);
  return parseEntry(file, readFileSync(path, 'utf8'), kind);
}

/**
 * Parses one file's text as validation reads it. Never throws: what cannot be parsed is reported on the entry.
 *
 * @example parseEntry('content/agency.yaml', 'name: A\nname: B\n', 'yaml').parseProblems
 * // → [{ field: 'name', line: 2, message: 'duplicate key "name" (first set on line 1): keep one' }]
 */
export function parseEntry(file: string, text: string, kind: 'yaml' | 'frontmatter' | 'json'): RawEntry {
  if (kind === 'json') {
    try {
      return { file, data: JSON.parse(text) };
    } catch (error) {
      return { file, data: undefined, parseError: `could not be parsed: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  let yaml = text;
  let firstLine = 1;
  let body: RawEntry['body'];
  if (kind === 'frontmatter') {
    const split = splitFrontmatter(text);
    if (split.yaml === undefined) {
      const message = /^---\r?\n/.test(text)
        ? 'expected YAML frontmatter between --- lines at the top: the closing --- line is missing'
        : 'expected YAML frontmatter between --- lines at the top';
      return { file, data: undefined, parseError: message, body: { text, line: 1 } };
    }
    yaml = split.yaml;
    firstLine = 2;
    body = { text: split.body, line: split.bodyLine };
  }
  const source = parseYamlSource(yaml, firstLine);
  return {
    file,
    data: source.data,
    ...(source.problems.length ? { parseProblems: source.problems } : {}),
    lineOf: source.lineOf,
    ...(body ? { body } : {}),
  };
}

const list = (dir: string, suffix: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : [];
const dirs = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort() : [];

/** What readContent reads besides the authored content. */
export interface ReadContentOptions {
  /**
   * Read content/history/<client>/<component>.json too (default true, for `npm run check`). The build passes false:
   * it validates each history file as it loads it (src/data/client-data.ts), so nothing reads all history at config time.
   */
  history?: boolean;
}

/** Reads every content file under `root` (content/, or UPKEEP_CONTENT). Never throws on bad content: problems are reported by checkContent. */
export function readContent(root = contentRoot(), cwd = process.cwd(), options: ReadContentOptions = {}): RawContent {
  const agencyPath = join(root, 'agency.yaml');
  const content: RawContent = {
    agency: existsSync(agencyPath) ? readEntry(agencyPath, cwd, 'yaml') : undefined,
    standards: list(join(root, 'standards'), '.mdx').map((f) => readEntry(join(root, 'standards', f), cwd, 'frontmatter')),
    clients: new Map(),
    history: [],
  };
  for (const id of dirs(join(root, 'clients'))) {
    const dir = join(root, 'clients', id);
    const clientPath = join(dir, 'client.yaml');
    const standardsPath = join(dir, 'standards.mdx');
    content.clients.set(id, {
      client: existsSync(clientPath) ? readEntry(clientPath, cwd, 'yaml') : undefined,
      ...(existsSync(standardsPath) ? { standards: readEntry(standardsPath, cwd, 'frontmatter') } : {}),
      incidents: list(join(dir, 'incidents'), '.mdx').map((f) => readEntry(join(dir, 'incidents', f), cwd, 'frontmatter')),
      maintenance: list(join(dir, 'maintenance'), '.mdx').map((f) =>
        readEntry(join(dir, 'maintenance', f), cwd, 'frontmatter'),
      ),
    });
  }
  if (options.history === false) return content;
  for (const clientId of dirs(join(root, 'history'))) {
    for (const f of list(join(root, 'history', clientId), '.json')) {
      const entry = readEntry(join(root, 'history', clientId, f), cwd, 'json');
      const componentId = f.replace(/\.json$/, '');
      const dayDir = join(root, 'history', clientId, componentId);
      const checkDays = list(dayDir, '.jsonl').map((d) => ({
        file: relative(cwd, join(dayDir, d)),
        date: d.replace(/\.jsonl$/, ''),
        text: readFileSync(join(dayDir, d), 'utf8'),
      }));
      content.history.push({ ...entry, clientId, componentId, ...(checkDays.length ? { checkDays } : {}) });
    }
  }
  return content;
}

/**
 * The agency's `siteUrl` for Astro's `site`, only when it is a valid http(s) URL. Astro refuses an invalid `site` with
 * "[config] Invalid URL" before any integration runs, which would hide every other content problem; left out, the
 * validation integration reports it with the rest (file, field, what was expected).
 *
 * @example siteUrlOf(readContent()) // → 'https://status.corbelfinch.example'
 */
export function siteUrlOf(content: Pick<RawContent, 'agency'>): string | undefined {
  const value = (content.agency?.data as { siteUrl?: unknown } | undefined)?.siteUrl;
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  return /^https?:$/.test(new URL(value).protocol) ? value : undefined;
}
