import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Empties the output folder without making the build wait for it. Before it bundles, Astro deletes everything in
 * `outDir` with a synchronous rmSync on the main thread: 2.6 s of every scheduled build at 200 clients (~20,000
 * files; the main thread is what a build waits for: docs/performance.md, issue 12). This integration moves the old
 * folder aside when the build starts (a rename, instant) and deletes it in a worker thread while the build runs, so
 * Astro finds no folder to empty. The build ends only when the old folder is gone; a folder left by a build that
 * crashed is deleted by the next one.
 *
 * It steps aside, leaving Astro's own emptying, when the folder holds `.git` (Astro keeps it: a dist/ deployed as a
 * git work tree), when `vite.build.emptyOutDir` is false, or when the rename fails (another file system).
 */
export function clearOutDirInBackground(): AstroIntegration {
  let outDir: string | undefined;
  let deleting: Promise<string[]> | undefined;
  return {
    name: 'upkeep:clear-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.vite?.build?.emptyOutDir === false ? undefined : fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        moveAside(outDir, process.pid, Date.now());
        // This build's old output and any an earlier build left (a crash, a kill): all are moved-aside folders.
        const folders = leftovers(outDir);
        if (folders.length === 0) return;
        deleting = deleteInWorker(folders).catch((error: Error) => {
          // The site is unaffected (the old files are outside outDir); only disk space is at stake.
          logger.warn(`could not delete the previous build's files (${folders.join(', ')}): ${error.message}`);
          return [];
        });
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
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
