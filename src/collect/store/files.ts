import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { History, HistoryCheck } from '../../schemas/history.ts';
import { HistoryFormatError, migrateHistory } from '../../history/migrate.ts';
import { parseCheckDay } from '../../history/serialize.ts';
import { DAY_FILE, dayFileName, normalizeCheck } from './days.ts';

/**
 * Where a component's history lives and how its files are read (docs/history-format.md):
 * content/history/<client>/<component>.json, the component file the build reads, and
 * content/history/<client>/<component>/<YYYY-MM-DD>.jsonl, one day file per retained UTC day of raw checks.
 */

/** content/history/<client>/<component>.json */
export const historyPath = (historyRoot: string, clientId: string, componentId: string) =>
  join(historyRoot, clientId, `${componentId}.json`);

/** content/history/<client>/<component>/, the folder of its day files. */
export const dayFolder = (historyRoot: string, clientId: string, componentId: string) => join(historyRoot, clientId, componentId);

/** A component file as found on disk: its content (migrated to the current version), its exact text. */
export interface StoredHistory {
  history: History;
  text: string;
  /** Raw checks an older version held inline (empty for version 2); the next write files them by day. */
  migratedChecks: HistoryCheck[];
}

/** A file's text, or undefined if there is none. */
async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads and migrates a component file. Undefined if there is none; HistoryFormatError (naming `label`) if it cannot
 * be read, in which case the pull must leave the component alone.
 */
export async function readHistoryFile(path: string, label = path): Promise<StoredHistory | undefined> {
  const text = await readText(path);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryFormatError(label, `not valid JSON (${(error as Error).message})`);
  }
  const { history, checks } = migrateHistory(data, label);
  return { history, text, migratedChecks: checks };
}

/** The dates of the day files in a component's folder, sorted; none if the folder does not exist. */
export async function listDayFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((n) => DAY_FILE.exec(n)?.[1] ?? []).sort();
}

/** A day file's checks and exact text. HistoryFormatError (naming `label` and the line) if it cannot be read. */
export async function readDayFile(folder: string, date: string, label: string): Promise<{ checks: HistoryCheck[]; text: string }> {
  const text = (await readText(join(folder, dayFileName(date)))) ?? '';
  // Instants are made canonical: the store compares them as strings.
  const checks = parseCheckDay(text, label).map(normalizeCheck);
  for (const [i, c] of checks.entries()) {
    if (c.at.slice(0, 10) !== date) throw new HistoryFormatError(label, `line ${i + 1}: ${c.at} is not on ${date}`);
  }
  return { checks, text };
}
