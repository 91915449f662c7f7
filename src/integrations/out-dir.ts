import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * What happens to the last build's output folder (issue 12: a scheduled build at 200 clients writes ~17,500 files,
 * most of them unchanged since the last tick).
 *
 * - **Kept**, when the last build in this folder finished and the build is incremental: Astro's incremental build
 *   (https://docs.astro.build/en/reference/experimental-flags/incremental-build/) skips a page whose key and code are
 *   unchanged, and leaves it in place when outDir still has it ("cached") instead of copying it from its cache
 *   ("restored"). When the build is done, every file it neither wrote nor skipped is deleted: a page no longer built,
 *   an old bundle, a file gone from public/. A scheduled build at 200 clients: 43 s instead of 50–52 s.
 * - **Cleared** otherwise (a first build, one after a crash or a kill, a build that is not incremental): the old
 *   folder is moved aside when the build starts (a rename) and deleted in a worker thread while the build runs, so
 *   Astro's own emptying (a synchronous rmSync on the main thread, 2.6 s at 200 clients) finds nothing to do.
 *
 * A file the build left untouched is told from one it wrote by its modification time, size and inode, taken when the
 * build starts. "Finished" is a marker in Astro's cacheDir, deleted when a build starts and written when one ends (the
 * last integration's last hook) with a digest of the folder's files: a build that stops half-way leaves no marker, and
 * a folder that is not as the finished build left it (restored from another run's cache, edited) is not trusted; the
 * next build then starts from an empty folder. Both integrations step aside, leaving the folder to Astro, when it holds `.git` (Astro keeps it: a dist/
 * deployed as a git work tree) or when `vite.build.emptyOutDir` is false.
 *
 * @returns two integrations, one early in the list and one last, and what the build left untouched (./search-text.ts
 * leaves those pages alone: the last build spaced them).
 */
export function outDirBetweenBuilds(): OutDirBetweenBuilds {
  let outDir: string | undefined;
  let marker: string | undefined;
  let keep = false;
  let before = new Map<string, string>();
  let deleting: Promise<string[]> | undefined;
  /** The files the prune found as the last build left them and kept: what later hooks may leave alone. */
  const keptAsIs = new Set<string>();
  const isUntouched = (file: string) => {
    const signature = before.get(file);
    return signature !== undefined && signature === signatureOf(file);
  };
  const first: AstroIntegration = {
    name: 'upkeep:out-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.vite?.build?.emptyOutDir === false) return;
        outDir = fileURLToPath(config.outDir);
        if (existsSync(join(outDir, '.git'))) return (outDir = undefined);
        marker = fileURLToPath(new URL(MARKER, config.cacheDir));
        if (config.experimental?.incrementalBuild === true && existsSync(outDir)) {
          const files = signatures(outDir);
          keep = finishedHere(marker, outDir, files);
          if (keep) before = files;
        }
        // From here on, the folder is a build in progress.
        rmSync(marker, { force: true });
        // Astro empties outDir unless told not to; a kept folder is pruned when the build is done instead.
        if (keep) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        if (!keep) moveAside(outDir, process.pid, Date.now());
        // The old output (when cleared) and any folder an earlier build left aside (a crash, a kill).
        const folders = leftovers(outDir);
        if (folders.length === 0) return;
        deleting = deleteInWorker(folders).catch((error: Error) => {
          // The site is unaffected (the old files are outside outDir); only disk space is at stake.
          logger.warn(`could not delete the previous build's files (${folders.join(', ')}): ${error.message}`);
          return [];
        });
      },
      'astro:build:done': ({ assets, logger }) => {
        if (!outDir || !keep) return;
        // Astro lists every route's files, the ones it skipped included; anything else the build left untouched is old.
        const outputs = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = prune(outDir, (file) => {
          if (!isUntouched(file)) return true;
          if (outputs.has(file)) keptAsIs.add(file);
          return outputs.has(file);
        });
        if (removed > 0) logger.info(`removed ${removed} file(s) of the last build that no route of this one made`);
      },
    },
  };
  const last: AstroIntegration = {
    name: 'upkeep:out-dir-finished',
    hooks: {
      'astro:build:done': async () => {
        await deleting;
        if (!outDir || !marker) return;
        mkdirSync(dirname(marker), { recursive: true });
        const finished: Marker = { outDir, files: digest(outDir, signatures(outDir)), finishedAt: new Date().toISOString() };
        writeFileSync(marker, JSON.stringify(finished));
      },
    },
  };
  return { first, last, untouched: (file) => keptAsIs.has(file) };
}

export interface OutDirBetweenBuilds {
  /** Early in the integrations: decides, clears or prunes (before anything reads dist/ when the build is done). */
  first: AstroIntegration;
  /** Last: marks the build finished. */
  last: AstroIntegration;
  /** Whether this build left `file` as the last build wrote it (known once the kept folder is pruned). */
  untouched(file: string): boolean;
}

/**
 * A file's modification time, size and inode: a build that writes or copies a file changes its time, whatever the
 * clocks say (no comparison with the build's start, which a file system with another clock would defeat).
 */
function signatureOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** The signature of every file under `dir`, by path. */
function signatures(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path, signatureOf(path)!);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The marker's name in Astro's cacheDir. */
const MARKER = 'upkeep-out-dir.json';

/** What the marker holds: the folder and a digest of every file in it as the finished build left it. */
interface Marker {
  outDir: string;
  files: string;
  finishedAt: string;
}

/**
 * Whether the last build that wrote `marker` finished into this same `outDir`, and left it as it is now (`files`, its
 * signatures): a folder restored from another run's cache, or edited by hand, is cleared instead of trusted. The search
 * index (pagefind/, written after the build by `npm run build`) is left out: the build deletes it, and pagefind writes
 * it again.
 */
export function finishedHere(marker: string, outDir: string, files: Map<string, string>): boolean {
  if (!existsSync(marker)) return false;
  try {
    const last = JSON.parse(readFileSync(marker, 'utf8')) as Partial<Marker>;
    return last.outDir === outDir && last.files === digest(outDir, files);
  } catch {
    return false;
  }
}

/** A digest of the files' paths and signatures, the search index aside. */
function digest(outDir: string, files: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, signature] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = relative(outDir, path);
    if (!name.startsWith('pagefind/')) hash.update(`${name}\u0000${signature}\n`);
  }
  return hash.digest('hex');
}

/** Deletes every file under `dir` that `keepFile` refuses, then every folder left empty; returns how many files it deleted. */
export function prune(dir: string, keepFile: (path: string) => boolean): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (keepFile(path)) empty = false;
      else {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir);
  return removed;
}

/** The prefix of the folders the old output is moved to: hidden, beside outDir, on the same file system. */
const asidePrefix = (outDir: string) => `.${basename(outDir)}-previous-`;

/**
 * Renames outDir to a hidden sibling and returns the sibling's path; undefined when there is nothing to move, when
 * outDir holds `.git`, or when the rename fails (Astro then empties outDir itself, as it always did).
 */
export function moveAside(outDir: string, pid: number, now: number): string | undefined {
  if (!existsSync(outDir) || existsSync(join(outDir, '.git'))) return undefined;
  const aside = join(dirname(outDir), `${asidePrefix(outDir)}${pid}-${now}`);
  try {
    renameSync(outDir, aside);
    return aside;
  } catch {
    return undefined;
  }
}

/** Every folder moved aside from outDir and not yet deleted. */
export function leftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  const prefix = asidePrefix(outDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(prefix))
    .map((entry) => join(parent, entry.name));
}

/** Deletes the folders in a worker thread (rmSync is native and blocks only that thread); resolves with them. */
export function deleteInWorker(folders: string[]): Promise<string[]> {
  const code = `const { rmSync } = require('node:fs'); const { workerData } = require('node:worker_threads');
for (const folder of workerData) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: folders });
    worker.once('error', reject);
    worker.once('exit', (status) => (status === 0 ? resolve(folders) : reject(new Error(`the deleting thread exited with code ${status}`))));
  });
}
