import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HistoryV1 } from '../../schemas/history.ts';
import { writeFileAtomic, type RenameFn } from './atomic-write.ts';
import { HistoryFormatError, parseHistoryV1 } from '../../history/migrate.ts';
import { serializeHistoryV1 as serializeHistory } from '../../history/serialize.ts';

/** content/history/<client>/<component>.json */
export const historyPath = (historyRoot: string, clientId: string, componentId: string) =>
  join(historyRoot, clientId, `${componentId}.json`);

/** A history file as found on disk: its parsed (and migrated) content and its exact text. */
export interface StoredHistory {
  history: HistoryV1;
  text: string;
}

/**
 * Reads and migrates a history file. Undefined if there is none; HistoryFormatError (naming `label`) if it cannot
 * be read, in which case the pull must leave it alone.
 */
export async function readHistoryFile(path: string, label = path): Promise<StoredHistory | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryFormatError(label, `not valid JSON (${(error as Error).message})`);
  }
  return { history: parseHistoryV1(data, label), text };
}

/**
 * Writes a history in its canonical layout, atomically, only if the bytes differ from `previousText`.
 * Returns whether the file changed.
 */
export async function writeHistoryFile(
  path: string,
  history: HistoryV1,
  options: { previousText?: string; rename?: RenameFn } = {},
): Promise<boolean> {
  const text = serializeHistory(history);
  if (text === options.previousText) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text, { rename: options.rename });
  return true;
}
