import { mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { History, HistoryCheck } from '../../schemas/history.ts';
import { containsSecret } from '../redact.ts';
import { removeStaleTemporaryFiles, writeFileAtomic, type RenameFn } from './atomic-write.ts';
import { dayFileName } from './days.ts';
import { listDayFiles, readDayFile, readHistoryFile, type StoredHistory } from './files.ts';
import { applyTick, fileChanges, planTick, type TickInput, type TickOptions } from './tick.ts';

/**
 * One component's history on disk, updated by one tick: the I/O around the pure steps of tick.ts.
 *
 * Order of writes, so that a crash at any point leaves a state the next pull repairs:
 * 1. changed day files, each atomically (a crash here leaves day files ahead of the component file: the next tick
 *    recomputes the timeline from the newest check the component file knows, so it takes them in);
 * 2. the component file, atomically (the build reads only this one);
 * 3. deletions of folded day files (a crash here leaves day files on or before foldedThrough, which are ignored and
 *    deleted by the next tick).
 */

/** Where a component's files are, and how messages name them. */
export interface ComponentPaths {
  /** content/history/<client>/<component>.json */
  file: string;
  /** content/history/<client>/<component>/ */
  folder: string;
  /** The component file as messages name it (relative to the working directory); day files are named beside it. */
  label: string;
}

/** A component's history as read at the start of a tick. */
export interface OpenedComponent {
  paths: ComponentPaths;
  stored: StoredHistory | undefined;
  /** The component file's content (migrated), if there is one. */
  history: History | undefined;
  /** Dates of the day files on disk. */
  dayFiles: string[];
}

/**
 * Reads a component file (migrating an older version) and lists its day files; removes temporary files a crashed
 * write left in its folder (call it under the pull lock). HistoryFormatError if the component file cannot be read.
 */
export async function openComponent(paths: ComponentPaths): Promise<OpenedComponent> {
  const stored = await readHistoryFile(paths.file, paths.label);
  await removeStaleTemporaryFiles(paths.folder);
  return { paths, stored, history: stored?.history, dayFiles: await listDayFiles(paths.folder) };
}

export interface UpdateOptions extends TickOptions {
  /** Secret values (every encoding): a text containing one is never written. */
  secrets?: readonly string[];
  /** Asked just before the first write; a message stops the update with nothing written (the pull lock was lost). */
  guard?: () => string | undefined;
  /** The rename step of atomic writes (tests simulate a crash). */
  rename?: RenameFn;
}

export type UpdateOutcome =
  | { status: 'unchanged'; history: History | undefined }
  | { status: 'written'; history: History; written: string[]; deleted: string[] }
  | { status: 'refused'; reason: string };

const dayLabel = (paths: ComponentPaths, date: string) => join(paths.label.replace(/\.json$/, ''), dayFileName(date));

/**
 * Applies one tick to a component opened with openComponent: reads the day files the tick needs, merges, folds and
 * writes only what changed, atomically, in the order above. HistoryFormatError if a day file cannot be read (nothing
 * is written then); a write error is thrown as it is.
 *
 * @example
 * const component = await openComponent({ file, folder, label });
 * const since = component.history && lastObservation(component.history);
 * await updateComponent(component, { observations }, { now, intervalSeconds: 60, retentionDays: 35 });
 */
export async function updateComponent(component: OpenedComponent, input: TickInput, options: UpdateOptions): Promise<UpdateOutcome> {
  const { paths, stored } = component;
  const plan = planTick({ history: component.history, migratedChecks: stored?.migratedChecks ?? [], dayFiles: component.dayFiles }, input, options);
  const texts = new Map<string, string>();
  const loaded = new Map<string, HistoryCheck[]>();
  await Promise.all(
    plan.read.map(async (date) => {
      const day = await readDayFile(paths.folder, date, dayLabel(paths, date));
      texts.set(date, day.text);
      loaded.set(date, day.checks);
    }),
  );
  const result = applyTick(plan, loaded);
  if (!result.history) return { status: 'unchanged', history: undefined };
  const changes = fileChanges(result, { component: stored?.text, days: texts });
  if (changes.days.length === 0 && changes.component === undefined && changes.deletes.length === 0) {
    return { status: 'unchanged', history: result.history };
  }

  const secrets = options.secrets ?? [];
  const candidates = [...(changes.component === undefined ? [] : [changes.component]), ...changes.days.map((w) => w.text)];
  if (secrets.length > 0 && candidates.some((t) => containsSecret(t, secrets))) {
    return { status: 'refused', reason: 'refused to write history that would contain a secret; history left as it was' };
  }
  const stop = options.guard?.();
  if (stop) return { status: 'refused', reason: stop };

  const written: string[] = [];
  if (changes.days.length > 0) await mkdir(paths.folder, { recursive: true });
  for (const w of changes.days) {
    await writeFileAtomic(join(paths.folder, dayFileName(w.date)), w.text, { rename: options.rename });
    written.push(dayLabel(paths, w.date));
  }
  if (changes.component !== undefined) {
    await mkdir(dirname(paths.file), { recursive: true });
    await writeFileAtomic(paths.file, changes.component, { rename: options.rename });
    written.push(paths.label);
  }
  const deleted: string[] = [];
  for (const date of changes.deletes) {
    await rm(join(paths.folder, dayFileName(date)), { force: true });
    deleted.push(dayLabel(paths, date));
  }
  if (deleted.length > 0) await rmdir(paths.folder).catch(() => {}); // only if it is now empty
  return { status: 'written', history: result.history, written, deleted };
}
