import { open, readdir, rename as fsRename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic replacement of a file: the new content goes to a temporary file beside it, which is flushed to disk
 * (fsync) and then renamed over the target. rename(2) within one directory is atomic on POSIX file systems, so
 * a reader (or a crash) sees either the whole old file or the whole new one, never a torn write.
 */

/** The rename step, injectable so a test can simulate a crash between the write and the rename. */
export type RenameFn = (from: string, to: string) => Promise<void>;

/** Suffix of temporary files; `*.tmp` is git-ignored and matches no content collection. */
const TMP_SUFFIX = '.tmp';

/** Writes `text` to `path` atomically. A failure before the rename leaves `path` as it was. */
export async function writeFileAtomic(path: string, text: string, options: { rename?: RenameFn } = {}): Promise<void> {
  const tmp = `${path}.${process.pid}${TMP_SUFFIX}`;
  const handle = await open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await (options.rename ?? fsRename)(tmp, path);
  await syncDir(dirname(path));
}

/** Flushes a directory entry (the rename) to disk; not every platform allows opening a directory, so best effort. */
async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows and some file systems refuse; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

/** Removes temporary files a crashed write left in `dir` (call only while holding the pull lock). */
export async function removeStaleTemporaryFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => n.endsWith(TMP_SUFFIX) && /\.jsonl?\.\d+\.tmp$/.test(n)).map((n) => join(dir, n));
  await Promise.all(stale.map((p) => rm(p, { force: true })));
  return stale.map((p) => basename(p));
}
