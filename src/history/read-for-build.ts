import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { History } from '../schemas/history.ts';
import { HistoryFormatError } from './errors.ts';
import { migrateHistory } from './migrate.ts';

/**
 * The build's side of the history format (docs/history-format.md): it reads `content/history/<client>/<component>.json`
 * and nothing else, never the raw checks in `<component>/<date>.jsonl`, which only the pull reads.
 *
 * History is loaded per client from disk rather than through Astro's content layer, which would serialise every file
 * into data-store.json and one JavaScript module and parse it again (issue 12).
 */

/** Where the build reads a component's history: `<historyRoot>/<client>/<component>.json`. */
export const buildHistoryPath = (historyRoot: string, clientId: string, componentId: string) =>
  join(historyRoot, clientId, `${componentId}.json`);

/**
 * Reads one history file for the build, in any known version, migrated to the current one and validated as strictly
 * as the pull reads it. Returns undefined when there is no such file (a component without history yet). Throws
 * HistoryFormatError naming `label` (the file as shown to staff), the field and what was expected, when the file
 * cannot be read, is not JSON, or is not a valid history.
 *
 * @example
 * await readHistoryForBuild('/srv/upkeep/content/history/acme/www.json', 'content/history/acme/www.json')
 * // → { version: 2, intervalSeconds: 300, …, timeline: [{ from, to, status }, …], … }
 */
export async function readHistoryForBuild(path: string, label: string): Promise<History | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HistoryFormatError(label, `could not be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryFormatError(label, `expected JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  return migrateHistory(data, label).history;
}
