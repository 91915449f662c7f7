import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../config/env.ts';
import { parseFrontmatter } from './frontmatter.ts';

/** One content file as read from disk, before validation. `data` is undefined when it could not be parsed. */
export interface RawEntry {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** Parsed YAML, frontmatter or JSON. */
  data: unknown;
  /** Why the file could not be parsed, if it could not. */
  parseError?: string;
}

/** Everything staff and the pull have written under content/, keyed the way the site uses it. */
export interface RawContent {
  agency?: RawEntry;
  standards: RawEntry[];
  /** By client id (folder name). */
  clients: Map<string, { client?: RawEntry; incidents: RawEntry[]; maintenance: RawEntry[] }>;
  /** content/history/<client>/<component>.json */
  history: Array<RawEntry & { clientId: string; componentId: string }>;
}

function readEntry(path: string, cwd: string, kind: 'yaml' | 'frontmatter' | 'json'): RawEntry {
  const file = relative(cwd, path);
  const text = readFileSync(path, 'utf8');
  try {
    if (kind === 'json') return { file, data: JSON.parse(text) };
    if (kind === 'yaml') return { file, data: parseYaml(text) };
    const data = parseFrontmatter(text);
    if (data === undefined) return { file, data: undefined, parseError: 'expected YAML frontmatter between --- lines at the top' };
    return { file, data };
  } catch (error) {
    return { file, data: undefined, parseError: `could not be parsed: ${(error as Error).message.split('\n')[0]}` };
  }
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
    content.clients.set(id, {
      client: existsSync(clientPath) ? readEntry(clientPath, cwd, 'yaml') : undefined,
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
      content.history.push({ ...entry, clientId, componentId: f.replace(/\.json$/, '') });
    }
  }
  return content;
}
